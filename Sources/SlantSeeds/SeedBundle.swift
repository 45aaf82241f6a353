import Foundation

/// Where the bundled seed articles live once installed: the package's `seeds/` folder,
/// shipped as a resource so the binary finds it wherever it is run from.
public enum SeedBundle {
    /// The folder holding the seed `.txt` files and `manifest.csv`, or nil if the resource is missing.
    public static var folder: URL? {
        Bundle.module.url(forResource: "seeds", withExtension: nil)
    }
}
