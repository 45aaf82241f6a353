import Foundation

/// VADER's lexicon, emoji descriptions and rules, compiled for byte-level lookups.
///
/// The bundled copy (`VaderLexicon.bundled()`) is read from the module's resources once, on
/// first use, and shared by every analyzer; it is immutable and safe to use from any thread.
public final class VaderLexicon: Sendable {
    let words: VaderWordTable
    /// Single-scalar emoji keys → UTF-8 description. (Multi-scalar keys in the file can never
    /// match, because vaderSentiment compares the text one code point at a time.)
    let emojiDescriptions: [UInt32: [UInt8]]
    /// Smallest scalar value among the emoji keys, for a cheap pre-filter.
    let smallestEmoji: UInt32
    /// One bit per scalar below `emojiBitmapLimit`: set when it is an emoji key, so the common
    /// non-emoji scalars (curly quotes, dashes) skip the dictionary.
    let emojiBitmap: [UInt64]
    static let emojiBitmapLimit: UInt32 = 0x20000
    /// The constants and word lists in effect.
    public let rules: VaderRules
    /// `SPECIAL_CASES` keys of two or three words, as phrase-word ids.
    let specialCases: [VaderPhrase]
    /// Multi-word `BOOSTER_DICT` keys ("kind of", "sort of", "just enough").
    let boosterPhrases: [VaderPhrase]

    /// Number of distinct lexicon words: 7,506 for vaderSentiment 3.3.2, whose 7,520 lines
    /// repeat 14 words (the last line wins, as in Python's dict).
    public let lexiconCount: Int

    /// Compiles a lexicon from the texts of `vader_lexicon.txt` and `emoji_utf8_lexicon.txt`,
    /// parsed exactly as vaderSentiment does (`strip()`, tab-separated, later lines win).
    public init(
        lexiconText: String, emojiText: String, rules: VaderRules,
        lexiconFile: String = "vader_lexicon.txt", emojiFile: String = "emoji_utf8_lexicon.txt"
    ) throws(VaderLexiconError) {
        var table = VaderWordTable(capacity: 8_192)
        var lexiconCount = 0
        for (lineNumber, line) in Self.pythonLines(lexiconText) {
            if line.isEmpty { continue }
            let fields = Self.tabFields(Self.pythonStrip(line))
            guard fields.count >= 2, let valence = Double(String(Self.pythonStrip(fields[1]))) else {
                throw VaderLexiconError(
                    file: lexiconFile, line: lineNumber,
                    message: "expected `word<TAB>valence<TAB>…`; fix or restore the line")
            }
            table.update(String(fields[0])) { entry in
                if !entry.isLexicon { lexiconCount += 1 }
                entry.isLexicon = true
                entry.valence = valence
            }
        }
        self.lexiconCount = lexiconCount

        var emojis: [UInt32: [UInt8]] = [:]
        for (lineNumber, line) in Self.pythonLines(emojiText) {
            let fields = Self.tabFields(Self.pythonStrip(line))
            guard fields.count >= 2 else {
                throw VaderLexiconError(
                    file: emojiFile, line: lineNumber,
                    message: "expected `emoji<TAB>description`; fix or restore the line")
            }
            let scalars = fields[0].unicodeScalars
            if scalars.count == 1, let scalar = scalars.first {
                emojis[scalar.value] = Array(fields[1].utf8)
            }
        }
        emojiDescriptions = emojis
        smallestEmoji = emojis.keys.min() ?? UInt32.max
        var bitmap = [UInt64](repeating: 0, count: Int(Self.emojiBitmapLimit / 64))
        for scalar in emojis.keys where scalar < Self.emojiBitmapLimit {
            bitmap[Int(scalar / 64)] |= 1 << UInt64(scalar % 64)
        }
        emojiBitmap = bitmap

        for word in rules.negations { table.update(word) { $0.isNegation = true } }
        // Multi-word booster keys are phrases (compiled below); a token never contains a space.
        for (key, value) in rules.boosters where !key.utf8.contains(0x20) {
            table.update(key) { entry in
                entry.isBooster = true
                entry.booster = value
            }
        }
        for spelling in VaderRuleWord.allSpellings {
            table.update(spelling) { $0.rule = VaderRuleWord(spelling: spelling) }
        }
        // Give every word of a multi-word key an id, so phrases compare as small integers.
        var phraseIDs: [String: UInt32] = [:]
        func compile(_ key: String, _ value: Double) -> VaderPhrase? {
            let parts = key.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            // vaderSentiment joins two or three lowercased tokens with one space; other keys
            // (one word, empty parts) can never equal such a join.
            guard (2...3).contains(parts.count), !parts.contains(where: \.isEmpty) else { return nil }
            var ids: [UInt32] = []
            for part in parts {
                let id: UInt32
                if let known = phraseIDs[part] {
                    id = known
                } else {
                    id = UInt32(phraseIDs.count + 1)
                    phraseIDs[part] = id
                    table.update(part) { $0.phraseWord = id }
                }
                ids.append(id)
            }
            return VaderPhrase(words: ids, value: value, text: key)
        }
        specialCases = rules.specialCases.sorted { $0.key < $1.key }.compactMap { compile($0.key, $0.value) }
        boosterPhrases = rules.boosters.sorted { $0.key < $1.key }.compactMap { compile($0.key, $0.value) }
        words = table
        self.rules = rules
    }

    /// The description replacing `scalar`, if it is an emoji key.
    @inline(__always)
    func emojiDescription(_ scalar: UInt32) -> [UInt8]? {
        guard scalar >= smallestEmoji else { return nil }
        if scalar < Self.emojiBitmapLimit {
            let word = emojiBitmap.withUnsafeBufferPointer { $0[Int(scalar / 64)] }
            if word & (1 << UInt64(scalar % 64)) == 0 { return nil }
        }
        return emojiDescriptions[scalar]
    }

    /// The lexicon shipped with SlantMetrics (vaderSentiment 3.3.2), loaded once.
    public static func bundled() throws(VaderLexiconError) -> VaderLexicon {
        try bundledResult.get()
    }

    private static let bundledResult: Result<VaderLexicon, VaderLexiconError> = {
        do throws(VaderLexiconError) {
            return .success(try loadBundled())
        } catch {
            return .failure(error)
        }
    }()

    private static func loadBundled() throws(VaderLexiconError) -> VaderLexicon {
        guard let folder = Bundle.module.resourceURL?.appendingPathComponent("vader") else {
            throw VaderLexiconError(
                file: "SlantMetrics resources", line: nil,
                message: "the resource bundle has no `vader` folder; rebuild the package")
        }
        func read(_ name: String) throws(VaderLexiconError) -> Data {
            let url = folder.appendingPathComponent(name)
            do {
                return try Data(contentsOf: url)
            } catch {
                throw VaderLexiconError(
                    file: url.path, line: nil,
                    message: "cannot read (\(error.localizedDescription)); rebuild the package")
            }
        }
        let rules = try VaderRules.decode(read("vader_rules.json"), file: "vader_rules.json")
        return try VaderLexicon(
            lexiconText: String(decoding: read("vader_lexicon.txt"), as: UTF8.self),
            emojiText: String(decoding: read("emoji_utf8_lexicon.txt"), as: UTF8.self),
            rules: rules)
    }

    /// Python's `text.rstrip('\n').split('\n')`, with 1-based line numbers. Works on scalars:
    /// as `Character`s, "\r\n" would be one grapheme and never equal "\n".
    private static func pythonLines(_ text: String) -> [(Int, Substring)] {
        var scalars = Substring(text).unicodeScalars
        while scalars.last == "\n" { scalars.removeLast() }
        return scalars.split(separator: "\n", omittingEmptySubsequences: false)
            .enumerated().map { ($0.offset + 1, Substring($0.element)) }
    }

    /// Python's `line.split('\t')`.
    private static func tabFields(_ line: Substring) -> [Substring] {
        line.unicodeScalars.split(separator: "\t", omittingEmptySubsequences: false).map(Substring.init)
    }

    /// Python's `str.strip()`: removes Python whitespace at both ends.
    static func pythonStrip(_ line: Substring) -> Substring {
        let scalars = line.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isPythonWhitespace($0) }),
              let last = scalars.lastIndex(where: { !isPythonWhitespace($0) })
        else { return line[line.endIndex...] }
        return Substring(scalars[first...last])
    }

    static func isPythonWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029,
             0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }
}

/// A multi-word key from `SPECIAL_CASES` or `BOOSTER_DICT`.
struct VaderPhrase: Sendable {
    var words: [UInt32]
    var value: Double
    var text: String
}
