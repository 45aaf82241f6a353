import SlantText

/// The working state of quote analysis for one document: token facts computed once, part-of-
/// speech classes for the sentences that need them, and where the quotation marks are.
///
/// Only sentences with a quotation mark or a reporting verb are tagged (through the
/// document's tag cache, so other metrics reuse the tags); the rest of the document is read
/// from the tokens alone.
struct QuoteScanner {
    let document: AnalysedDocument
    let tokens: [Token]
    let verbs: ReportingVerbLexicon
    let tagger: any PartOfSpeechTagger
    /// Sentence index of each token.
    let sentenceOf: [Int32]
    /// Speaker-word categories of each token (empty for most).
    let categories: [SpeakerWords.Category]
    /// Reporting verb starting at a token: (verb index, tokens spanned).
    let verbAt: [Int: (verb: Int, length: Int)]
    /// Word classes, `.unknown` until the token's sentence is tagged.
    private(set) var classes: [WordClass]
    private var tagged: [Bool]
    /// True for the marks and content of direct quotes (set by ``markQuotes(_:)``).
    private(set) var inQuote: [Bool]

    init(document: AnalysedDocument, verbs: ReportingVerbLexicon, index wordIndex: QuoteWordIndex, tagger: any PartOfSpeechTagger) {
        self.document = document
        self.verbs = verbs
        self.tagger = tagger
        let tokens = document.tokens
        self.tokens = tokens
        var sentenceOf = [Int32](repeating: 0, count: tokens.count)
        for (index, sentence) in document.sentences.enumerated() {
            for token in sentence.tokens { sentenceOf[token] = Int32(index) }
        }
        self.sentenceOf = sentenceOf
        var categories = [SpeakerWords.Category](repeating: [], count: tokens.count)
        var verbAt: [Int: (verb: Int, length: Int)] = [:]
        for index in tokens.indices where tokens[index].kind == .word {
            let facts = wordIndex.lookUp(tokens, at: index)
            categories[index] = facts.categories
            if let match = facts.verb, index + match.length <= tokens.count,
               sentenceOf[index + match.length - 1] == sentenceOf[index],
               !QuoteScanner.isNounUse(tokens, at: index, sentenceStart: document.sentences[Int(sentenceOf[index])].tokens.lowerBound) {
                verbAt[index] = match
            }
        }
        self.categories = categories
        self.verbAt = verbAt
        classes = [WordClass](repeating: .unknown, count: tokens.count)
        tagged = [Bool](repeating: false, count: document.sentences.count)
        inQuote = [Bool](repeating: false, count: tokens.count)
    }

    /// Words after which a verb form is a noun: "the report", "his comments", "these charges".
    private static let determiners = FoldedWordTable<Bool>(
        ["the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my", "your", "any", "no",
         "every", "each", "such", "some", "new", "latest", "recent", "previous", "whose"].map { ($0, true) })

    /// A reporting-verb form that is plainly no verb here, told from the tokens alone so its
    /// sentence need not be tagged: capitalised inside a sentence ("the United States", "Islamic
    /// State") or after a determiner ("the report", "his comments").
    static func isNounUse(_ tokens: [Token], at index: Int, sentenceStart: Int) -> Bool {
        if index > sentenceStart, let first = tokens[index].text.utf8.first, first &- 0x41 < 26,
           tokens[index - 1].kind != .openingQuote {
            return true
        }
        return index > sentenceStart && determiners.value(for: tokens[index - 1].text) != nil
    }

    // MARK: Tags

    /// Tags sentence `index` (once) so ``classes`` holds its tokens' word classes.
    mutating func tag(sentence index: Int) {
        guard document.sentences.indices.contains(index), !tagged[index] else { return }
        tagged[index] = true
        let range = document.sentences[index].tokens
        let tags = document.tags(forSentence: index, using: tagger)
        for (offset, tag) in tags.enumerated() where range.lowerBound + offset < range.upperBound {
            classes[range.lowerBound + offset] = WordClass(penn: tag)
        }
    }

    mutating func markQuotes(_ spans: [QuoteSpan]) {
        for span in spans {
            for index in span.open...span.end where index < inQuote.count { inQuote[index] = true }
        }
    }

    // MARK: Token facts

    func sentence(of token: Int) -> Int { Int(sentenceOf[token]) }

    func sentenceTokens(of token: Int) -> Range<Int> { document.sentences[sentence(of: token)].tokens }

    func text(_ index: Int) -> String { tokens[index].text }

    /// ASCII-case-insensitive comparison of token `index` with a lowercase word.
    func isWord(_ index: Int, _ word: String) -> Bool {
        tokens.indices.contains(index) && FoldedWordTable<Int>.equalFolded(tokens[index].text, word)
    }

    func isWord(_ index: Int, in set: Set<String>) -> Bool {
        guard tokens.indices.contains(index), tokens[index].kind == .word else { return false }
        let text = tokens[index].text
        if set.contains(text) { return true }
        return set.contains(text.lowercased())
    }

    func isPunctuation(_ index: Int, _ mark: String) -> Bool {
        tokens.indices.contains(index) && tokens[index].kind == .punctuation && tokens[index].text == mark
    }

    func isQuoteMark(_ index: Int) -> Bool {
        let kind = tokens[index].kind
        return kind == .openingQuote || kind == .closingQuote
    }

    /// Ends a sentence: . ! ? or an ellipsis.
    func isFinalPunctuation(_ index: Int) -> Bool {
        guard tokens[index].kind == .punctuation else { return false }
        switch tokens[index].text {
        case ".", "!", "?", "...", "…": return true
        default: return false
        }
    }

    /// Starts with a capital letter, or is an "al-Assad" style name with a lower-case particle.
    func isCapitalised(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, let first = token.text.utf8.first else { return false }
        if first &- 0x41 < 26 { return true }
        if first >= 0xC0 { return token.text.first?.isUppercase ?? false }
        // al-Assad, el-Sisi, bin-Laden: up to three lower-case letters, a hyphen, a capital.
        var utf8 = token.text.utf8.makeIterator()
        var letters = 0
        while let byte = utf8.next() {
            if byte == UInt8(ascii: "-") {
                guard letters > 0, let next = utf8.next() else { return false }
                return next &- 0x41 < 26
            }
            guard byte &- 0x61 < 26, letters < 3 else { return false }
            letters += 1
        }
        return false
    }

    /// A word that can be part of a person's or place's name: capitalised, a noun or adjective
    /// by its tag (a sentence's first word only as a proper noun), and no title, institution or
    /// time word.
    func isNameWord(_ index: Int) -> Bool {
        guard isCapitalised(index) else { return false }
        if !categories[index].isDisjoint(with: [.title, .modifier, .organisation, .time, .anonymous]) { return false }
        let wordClass = classes[index]
        let first = document.sentences[sentence(of: index)].tokens.lowerBound
        let sentenceInitial = index == first || (index == first + 1 && isQuoteMark(first))
        switch wordClass {
        case .properNoun: return true
        case .noun, .adjective: return !sentenceInitial
        case .unknown: return !sentenceInitial
        default: return false
        }
    }

    /// The original text of token indices `range` (first token's start to last token's end).
    func originalText(_ range: Range<Int>) -> String {
        guard let first = range.first, let last = range.last else { return "" }
        return document.originalText(tokens[first].range.lowerBound..<tokens[last].range.upperBound)
    }

    /// Like ``originalText(_:)``, with every kind of space (no-break, thin, …) and line break as a
    /// plain space: for names, which users compare with strings they type.
    func nameText(_ range: Range<Int>) -> String {
        let text = originalText(range)
        guard text.unicodeScalars.contains(where: { $0.properties.isWhitespace && $0 != " " }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { $0.properties.isWhitespace ? " " : $0 }))
    }

    /// Byte range in the original covered by token indices `range`.
    func byteRange(_ range: Range<Int>) -> Range<Int> {
        guard let first = range.first, let last = range.last else { return 0..<0 }
        return tokens[first].range.lowerBound..<tokens[last].range.upperBound
    }

    func wordCount(_ range: Range<Int>) -> Int {
        var count = 0
        for index in range where tokens[index].isWord { count += 1 }
        return count
    }
}
