import SlantText

/// Why `corpus()` could not produce a table: a message and, when likely, what to do.
struct CorpusFailure: Error {
    var message: String
    var suggestion: String?
}

/// Loads corpora on first use and keeps their document tables for the session.
///
/// `corpus()` means the session's default corpus (the bundled seeds, or `--corpus PATH`);
/// `corpus("PATH")` loads PATH, relative to the current directory.
final class CorpusCache: @unchecked Sendable {
    let defaultPath: String?
    let loader: CorpusLoader
    private var tables: [String: Table] = [:]
    /// Warnings from loads not yet reported (the session turns them into diagnostics).
    private(set) var pendingWarnings: [String] = []

    init(defaultPath: String?, loader: CorpusLoader) {
        self.defaultPath = defaultPath
        self.loader = loader
    }

    func table(path: String?) throws(CorpusFailure) -> Table {
        let effective = path ?? defaultPath
        let key = effective ?? "<seeds>"
        if let table = tables[key] { return table }
        let corpus: Corpus
        do {
            corpus = try loader.load(effective)
        } catch let error as CorpusError {
            throw CorpusFailure(message: "cannot load corpus: \(error.description)", suggestion: Self.hint(for: error))
        } catch {
            throw CorpusFailure(message: "cannot load corpus: \(error)")
        }
        let table = DocumentTable.make(from: corpus)
        pendingWarnings.append(contentsOf: corpus.warnings.map(\.description))
        tables[key] = table
        return table
    }

    /// Columns of every corpus table loaded so far.
    var loadedColumnNames: Set<String> {
        Set(tables.values.flatMap(\.columnNames))
    }

    func takeWarnings() -> [String] {
        defer { pendingWarnings = [] }
        return pendingWarnings
    }

    func removeAll() {
        tables.removeAll()
        pendingWarnings.removeAll()
    }

    private static func hint(for error: CorpusError) -> String? {
        switch error {
        case .pathNotFound: return "paths are relative to the current directory"
        case .unsupportedFormat: return "give a folder of .txt files, a .jsonl(.gz) or a .csv(.gz) file"
        default: return nil
        }
    }
}

/// How a session obtains corpora: the default (nil path) and named paths.
public struct CorpusLoader: Sendable {
    public let load: @Sendable (String?) throws -> Corpus

    public init(load: @escaping @Sendable (String?) throws -> Corpus) {
        self.load = load
    }

    /// The bundled seeds for `corpus()`, `Corpus.load(path:)` for a path.
    public static let standard = CorpusLoader.standard(progress: nil)

    /// The standard loader, reporting how far the loading of a file has got to `progress`.
    public static func standard(progress: (@Sendable (LoadProgress) -> Void)?) -> CorpusLoader {
        CorpusLoader { path in
            if let path { return try Corpus.load(path: path, options: LoadOptions(progress: progress)) }
            return try Corpus.seeds()
        }
    }
}
