import Foundation

/// The word lists `tone` uses beside VADER: Slant's news lexicon and pattern_en's polarities.
///
/// Both are bundled in `Resources/tone` (pattern_en under its BSD-3 licence, shipped beside it).
/// Thread-safe and immutable; ``bundled()`` loads them once.
public final class ToneLexicon: Sendable {
    /// Evaluative news words VADER lacks ("indicted", "victory"), on VADER's scale.
    public let news: [String: Double]
    /// pattern_en polarity (-1…1) per single-word form, averaged over its senses as pattern does.
    public let pattern: [String: Double]

    /// Both lists in one table, so a word costs one lookup.
    let entries: [String: Entry]

    struct Entry: Sendable {
        var news: Double?
        var pattern: Double?
    }

    public init(news: [String: Double], pattern: [String: Double]) {
        self.news = news
        self.pattern = pattern
        var entries: [String: Entry] = [:]
        for (word, valence) in news { entries[word, default: Entry()].news = valence }
        for (word, polarity) in pattern { entries[word, default: Entry()].pattern = polarity }
        self.entries = entries
    }

    /// Reads `word<TAB>valence[<TAB>category]` lines; `#` starts a comment line.
    /// - Throws: ``ToneLexiconError`` naming the line that is not a word and a number.
    public static func parseNews(_ text: String, file: String) throws(ToneLexiconError) -> [String: Double] {
        var words: [String: Double] = [:]
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2, !fields[0].isEmpty, let valence = Double(fields[1]), valence.isFinite else {
                throw ToneLexiconError(
                    file: file, line: index + 1,
                    message: "expected a word, a tab and a valence (a number such as -1.5)")
            }
            words[fields[0].lowercased()] = valence
        }
        return words
    }

    /// Reads pattern_en's `pattern_sentiment.tsv` (header `form pos polarity subjectivity …`) and
    /// averages each form's polarity over its rows. Multi-word forms ("for sure") are skipped:
    /// `tone` looks words up one at a time.
    public static func parsePattern(_ text: String, file: String) throws(ToneLexiconError) -> [String: Double] {
        var sums: [String: (total: Double, count: Int)] = [:]
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if index == 0 || line.isEmpty { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 3, let polarity = Double(fields[2]), polarity.isFinite else {
                throw ToneLexiconError(
                    file: file, line: index + 1, message: "expected form, pos and a polarity number in the first three columns")
            }
            let form = fields[0].lowercased()
            if form.isEmpty || form.contains(" ") { continue }
            let sum = sums[form] ?? (0, 0)
            sums[form] = (sum.total + polarity, sum.count + 1)
        }
        return sums.mapValues { $0.total / Double($0.count) }
    }

    /// The lexicons shipped with SlantMetrics, loaded once.
    public static func bundled() throws(ToneLexiconError) -> ToneLexicon {
        try bundledResult.get()
    }

    private static let bundledResult: Result<ToneLexicon, ToneLexiconError> = {
        do throws(ToneLexiconError) {
            guard let folder = Bundle.module.resourceURL?.appendingPathComponent("tone") else {
                throw ToneLexiconError(
                    file: "SlantMetrics resources", line: nil,
                    message: "the resource bundle has no `tone` folder; rebuild the package")
            }
            func read(_ name: String) throws(ToneLexiconError) -> String {
                let url = folder.appendingPathComponent(name)
                do {
                    return String(decoding: try Data(contentsOf: url), as: UTF8.self)
                } catch {
                    throw ToneLexiconError(
                        file: url.path, line: nil, message: "cannot read (\(error.localizedDescription)); rebuild the package")
                }
            }
            let news = try parseNews(read("news_valence.tsv"), file: "news_valence.tsv")
            let pattern = try parsePattern(read("pattern_sentiment.tsv"), file: "pattern_sentiment.tsv")
            return .success(ToneLexicon(news: news, pattern: pattern))
        } catch {
            return .failure(error)
        }
    }()
}

/// A `tone` word list that is missing or malformed.
public struct ToneLexiconError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file at fault (a path or a resource name).
    public var file: String
    /// 1-based line, when the fault is on one line.
    public var line: Int?
    public var message: String

    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}
