import Foundation

/// Loads a folder of `.txt` articles, one per file, sorted by file name.
///
/// The title is the first non-empty line; the id is the manifest's, or the file name without
/// `.txt`. Hidden files and other extensions are ignored.
struct TextFolderLoader {
    let path: String
    /// How files are named in messages (e.g. `seeds` instead of the bundle's absolute path).
    var displayPath: String

    func load(into session: inout LoadSession) throws(CorpusError) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: path)
        } catch {
            throw .unreadable(path: displayPath, reason: "cannot list the folder")
        }
        let textFiles = names.filter { !$0.hasPrefix(".") && $0.lowercased().hasSuffix(".txt") }
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        guard !textFiles.isEmpty else { throw .noTextFiles(directory: displayPath) }

        let manifestPath = join(path, "manifest.csv")
        var manifest: Manifest?
        if FileManager.default.fileExists(atPath: manifestPath) {
            manifest = try Manifest(path: manifestPath, displayPath: join(displayPath, "manifest.csv"), session: &session)
        }
        for name in textFiles {
            let origin = Origin(file: join(displayPath, name))
            let entry = manifest?.entries[name]
            guard let document = try TextFileLoader.read(path: join(path, name), origin: origin, session: &session) else {
                continue
            }
            var loaded = document
            if let entry {
                loaded.id = entry.id ?? loaded.id
                loaded.outlet = entry.outlet
                loaded.date = entry.date
                loaded.metadata.merge(entry.metadata) { _, fromManifest in fromManifest }
            }
            try session.add(loaded)
        }
        if let manifest {
            for (file, entry) in manifest.entries.sorted(by: { $0.key < $1.key }) where !textFiles.contains(file) {
                try session.report(.manifest(entry.origin, detail: "'\(file)' is not in the folder; row ignored"))
            }
        }
    }

    private func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}

/// Reads one `.txt` article: id from the file name, title from the first non-empty line.
enum TextFileLoader {
    /// The document, or nil when the file is binary (reported to `session`).
    static func read(path: String, origin: Origin, session: inout LoadSession) throws(CorpusError) -> Document? {
        let bytes = try FileByteSource.readAll(path: path)
        let text = try bytes.withUnsafeBufferPointer { (buffer) throws(CorpusError) -> String? in
            try session.decode(buffer, origin: origin)
        }
        guard let text else { return nil }
        var name = (path as NSString).lastPathComponent
        if name.lowercased().hasSuffix(".txt") { name.removeLast(4) }
        return Document(id: name, title: firstNonEmptyLine(of: text), text: text, origin: origin)
    }

    /// The first line with something other than white space, trimmed.
    static func firstNonEmptyLine(of text: String) -> String {
        for line in text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if !trimmed.isEmpty { return trimmed }
        }
        return ""
    }
}
