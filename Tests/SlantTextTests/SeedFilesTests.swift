import Foundation
import Testing

@Suite struct SeedFilesTests {
    /// The shipped seeds must stay byte-identical to the originals in ../shared when it is present.
    @Test func seedsMatchOriginals() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let shared = root.deletingLastPathComponent().appendingPathComponent("shared/seeds")
        guard FileManager.default.fileExists(atPath: shared.path) else {
            print("skipped: ../shared/seeds not present")
            return
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: shared.path).filter { $0.hasSuffix(".txt") }
        #expect(names.count == 5)
        for name in names {
            let original = try Data(contentsOf: shared.appendingPathComponent(name))
            let shipped = try Data(contentsOf: root.appendingPathComponent("seeds").appendingPathComponent(name))
            #expect(original == shipped, "seeds/\(name) differs from ../shared/seeds/\(name)")
        }
    }
}
