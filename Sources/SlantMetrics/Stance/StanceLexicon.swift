import SlantText

/// The stance markers and subjective words, looked up per token with one hash.
/// Data: `Resources/stance/stance_markers.tsv` and `subjective_words.tsv` (see README.md there).
public struct StanceLexicon: Sendable {
    struct Entry: Sendable {
        /// The category of the word alone, if it is a marker by itself.
        var category: StanceCategory?
        /// Phrases starting with this word: the words after it, and the phrase's category; longest first.
        var phrases: [(rest: [String], category: StanceCategory)] = []
    }

    let table: FoldedWordTable<Entry>
    /// Number of single words and phrases, per category (for documentation and tests).
    public let sizes: [StanceCategory: Int]

    /// Reads the two lexicon files from their text.
    public init(markers: String, subjective: String, minimumSubjectivity: Double = 0.5) throws(LexiconError) {
        var entries: [(String, Entry)] = []
        var sizes: [StanceCategory: Int] = [:]
        for (line, fields) in try LexiconFile.rows(markers, file: "stance_markers.tsv", columns: 3) {
            guard let category = StanceCategory(rawValue: String(fields[0])),
                  category != .subjective, category != .exclamation, category != .question, category != .scareQuote else {
                throw LexiconError(file: "stance_markers.tsv", line: line, message: "unknown or unlisted category '\(fields[0])'")
            }
            let words = fields[1].split(separator: " ").map(String.init)
            guard let first = words.first, words.count <= 4 else {
                throw LexiconError(file: "stance_markers.tsv", line: line, message: "a term needs one to four words")
            }
            sizes[category, default: 0] += 1
            if words.count == 1 {
                entries.append((first, Entry(category: category)))
            } else {
                entries.append((first, Entry(category: nil, phrases: [(Array(words.dropFirst()), category)])))
            }
        }
        for (line, fields) in try LexiconFile.rows(subjective, file: "subjective_words.tsv", columns: 3) {
            guard let score = Double(fields[1]) else {
                throw LexiconError(file: "subjective_words.tsv", line: line, message: "subjectivity '\(fields[1])' is not a number")
            }
            guard score >= minimumSubjectivity, !fields[0].isEmpty else { continue }
            sizes[.subjective, default: 0] += 1
            entries.append((String(fields[0]), Entry(category: .subjective)))
        }
        table = FoldedWordTable(entries) { old, new in
            var merged = old
            // A word listed twice keeps its first category (the markers file comes first).
            if merged.category == nil { merged.category = new.category }
            merged.phrases += new.phrases
            merged.phrases.sort { $0.rest.count > $1.rest.count }
            return merged
        }
        self.sizes = sizes
    }

    /// The bundled lexicon, read once.
    public static func bundled() throws(LexiconError) -> StanceLexicon { try cached.get() }

    private static let cached: Result<StanceLexicon, LexiconError> = {
        do throws(LexiconError) {
            return .success(try StanceLexicon(markers: try LexiconFile.bundled("stance", "stance_markers.tsv"),
                                              subjective: try LexiconFile.bundled("stance", "subjective_words.tsv")))
        } catch {
            return .failure(error)
        }
    }()

    func entry(for token: Token) -> Entry? { table.value(for: token.text) }
}
