/// The small word lists that shape how a speaker's noun phrase is read: titles, the heads of
/// anonymous sources and of institutions, time words. Data: `Resources/quotes/speaker_words.tsv`.
public struct SpeakerWords: Sendable {
    /// The categories a word can belong to (several at once: "spokesman" is a title and an
    /// anonymous head).
    public struct Category: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// Comes before a name: "President", "Mr.", "Minister".
        public static let title = Category(rawValue: 1)
        /// Part of a title but no title alone: "Prime", "Foreign", "former".
        public static let modifier = Category(rawValue: 2)
        /// Head of an unnamed source: "official", "diplomat", "sources".
        public static let anonymous = Category(rawValue: 4)
        /// Head of an institution's name: "Ministry", "Journal", "Reuters".
        public static let organisation = Category(rawValue: 8)
        /// Part of a time expression: "Tuesday", "late", "this week".
        public static let time = Category(rawValue: 16)

        static func named(_ name: Substring) -> Category? {
            switch name {
            case "title": return .title
            case "modifier": return .modifier
            case "anonymous": return .anonymous
            case "organisation": return .organisation
            case "time": return .time
            default: return nil
            }
        }
    }

    let table: FoldedWordTable<Category>
    /// The words as a list, for building combined indexes (``QuoteWordIndex``).
    let entries: [(String, Category)]

    /// Reads the word lists from their TSV text (`category<TAB>word`).
    public init(tsv: String, file: String = "speaker_words.tsv") throws(LexiconError) {
        var entries: [(String, Category)] = []
        for (line, fields) in try LexiconFile.rows(tsv, file: file, columns: 2) {
            guard let category = Category.named(fields[0]) else {
                throw LexiconError(file: file, line: line, message:
                    "unknown category '\(fields[0])'; use title, modifier, anonymous, organisation or time")
            }
            guard !fields[1].isEmpty else { throw LexiconError(file: file, line: line, message: "empty word") }
            entries.append((String(fields[1]), category))
        }
        self.entries = entries
        table = FoldedWordTable(entries, merge: { $0.union($1) })
    }

    /// The bundled lists, read once.
    public static func bundled() throws(LexiconError) -> SpeakerWords { try cached.get() }

    private static let cached: Result<SpeakerWords, LexiconError> = {
        do throws(LexiconError) {
            return .success(try SpeakerWords(tsv: try LexiconFile.bundled("quotes", "speaker_words.tsv")))
        } catch {
            return .failure(error)
        }
    }()

    /// The categories of `word` (any case); empty when it is in none.
    public func categories(of word: String) -> Category {
        table.value(for: word) ?? []
    }
}
