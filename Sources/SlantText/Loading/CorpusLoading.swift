import Foundation
import SlantSeeds

extension Corpus {
    /// Loads a corpus from a path, choosing the format from it (see ``CorpusFormat/detect(path:isDirectory:)``):
    /// a folder of `.txt` files (with an optional `manifest.csv`), a `.txt` file, JSON Lines
    /// (`.jsonl`, `.ndjson`, optionally `.gz`) or CSV (`.csv`, optionally `.gz`).
    ///
    /// Large files are streamed. Problems with single documents become ``Corpus/warnings`` and
    /// the good documents still load, unless `options.strict` is set, in which case the first
    /// problem is thrown. A missing or unreadable path, or a folder without `.txt` files, always throws.
    public static func load(path: String, options: LoadOptions = LoadOptions()) throws(CorpusError) -> Corpus {
        let resolved = (path as NSString).expandingTildeInPath
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory) else {
            throw .pathNotFound(path: path)
        }
        guard let format = CorpusFormat.detect(path: resolved, isDirectory: isDirectory.boolValue) else {
            throw .unsupportedFormat(path: path)
        }
        guard FileManager.default.isReadableFile(atPath: resolved) else {
            throw .unreadable(path: path, reason: "permission denied")
        }
        var session = LoadSession(strict: options.strict)
        switch format {
        case .textFolder:
            try TextFolderLoader(path: resolved, displayPath: path).load(into: &session)
        case .textFile:
            if let document = try TextFileLoader.read(path: resolved, origin: Origin(file: path), session: &session) {
                try session.add(document)
            }
        case .jsonLines:
            try JSONLinesLoader(path: resolved, displayPath: path, options: options).load(into: &session)
        case .csv:
            try CSVLoader(path: resolved, displayPath: path, options: options).load(into: &session)
        }
        return session.corpus(name: path)
    }

    /// The bundled corpus: the five seed articles shipped with Slant, with their manifest
    /// (outlet, date, authors, url, provenance). Found wherever the binary runs.
    public static func seeds(strict: Bool = false) throws(CorpusError) -> Corpus {
        guard let folder = SeedBundle.folder else {
            throw .pathNotFound(path: "<seeds>")
        }
        var session = LoadSession(strict: strict)
        try TextFolderLoader(path: folder.path, displayPath: "seeds").load(into: &session)
        return session.corpus(name: "seeds")
    }
}
