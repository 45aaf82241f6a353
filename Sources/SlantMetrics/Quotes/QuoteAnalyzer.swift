import SlantText

/// Options for finding quotes.
public struct QuoteOptions: Sendable, Hashable {
    /// A quoted phrase of at most this many words, with no speaker, inside a sentence of the
    /// writer's own, is a scare quote (“rescue”, “moderate”). Longer unattributed quotes stay
    /// direct quotes with no speaker.
    public var scareQuoteMaxWords: Int
    /// Resolve "he", "she" and "they" to the person or group they refer back to (marked as
    /// inferred); when off, such speakers stay pronouns.
    public var resolvePronouns: Bool

    public init(scareQuoteMaxWords: Int = 4, resolvePronouns: Bool = true) {
        self.scareQuoteMaxWords = max(0, scareQuoteMaxWords)
        self.resolvePronouns = resolvePronouns
    }
}

/// Finds the direct quotes, indirect speech and scare quotes of a document, with their speakers
/// and reporting verbs.
///
/// ```swift
/// let analyzer = try QuoteAnalyzer.standard()
/// for quote in analyzer.quotes(in: TextAnalyzer.analyse(document)) {
///     print(quote.kind, quote.speaker?.name ?? "-", quote.verb?.form ?? "-", quote.text)
/// }
/// ```
///
/// The rules, in the order they are tried for a direct quote: a reporting verb after the quote
/// in its sentence ("“…,” Fabius said", "“…,” said a diplomat"); a verb before it ("Hollande
/// said, “…”"); a colon after a name ("Lavrov: “…”"); a reporting verb whose reported clause
/// holds the quote ("Cameron said the “hallmarks” …", a partial quote); another attributed quote
/// in the same paragraph (the same voice goes on). What remains is a scare quote when short and
/// inside the writer's sentence, else a direct quote with no speaker. Every reporting verb that
/// attributes no direct quote is tried as indirect speech. Speakers are noun phrases read with
/// part-of-speech tags; see ``Speaker`` for how they are named and classified.
public struct QuoteAnalyzer: Sendable {
    public let verbs: ReportingVerbLexicon
    public let words: SpeakerWords
    public let tagger: any PartOfSpeechTagger
    public let countries: Countries
    public let options: QuoteOptions
    private let index: QuoteWordIndex
    /// Each document remembers its quotes, so `quotes`, `voices`, `stance` and `role` in one
    /// script analyse it once.
    private let owner = DerivedResultOwner()

    public init(verbs: ReportingVerbLexicon, words: SpeakerWords, tagger: any PartOfSpeechTagger,
                countries: Countries = .none, options: QuoteOptions = QuoteOptions()) {
        self.verbs = verbs
        self.words = words
        self.tagger = tagger
        self.countries = countries
        self.options = options
        index = QuoteWordIndex(verbs: verbs, words: words)
    }

    /// The analyzer with the bundled lexicons, the bundled country list and the perceptron tagger.
    /// With the default options it is one shared instance, so every metric that reads quotes
    /// (quotes, voices, stance, role) finds each document's quotes remembered from the others.
    public static func standard(options: QuoteOptions = QuoteOptions()) throws -> QuoteAnalyzer {
        if options == QuoteOptions() { return try sharedStandard.get() }
        return try bundled(options: options)
    }

    private static let sharedStandard = Result { try bundled(options: QuoteOptions()) }

    private static func bundled(options: QuoteOptions) throws -> QuoteAnalyzer {
        QuoteAnalyzer(verbs: try ReportingVerbLexicon.bundled(), words: try SpeakerWords.bundled(),
                      tagger: try PerceptronTagger.shared(), countries: try Countries.bundled(), options: options)
    }

    /// Every quote of the document, in text order.
    public func quotes(in document: AnalysedDocument) -> [Quote] {
        document.derived(by: owner) { findQuotes(in: document) }
    }

    private func findQuotes(in document: AnalysedDocument) -> [Quote] {
        var scanner = QuoteScanner(document: document, verbs: verbs, index: index, tagger: tagger)
        let spans = QuoteMarks.spans(in: document)
        scanner.markQuotes(spans)
        // Tags are needed only where a reporting verb could attribute something, and before a
        // colon that may introduce a quote ("Lavrov: “…”"); the rest is read from the tokens.
        var toTag = Set<Int>()
        for verb in scanner.verbAt.keys where !scanner.inQuote[verb] { toTag.insert(scanner.sentence(of: verb)) }
        for span in spans where span.open > 0 && scanner.isPunctuation(span.open - 1, ":") {
            toTag.insert(scanner.sentence(of: span.open))
        }
        for sentence in toTag.sorted() { scanner.tag(sentence: sentence) }

        var events: [AttributionEvent] = []
        var unattributed: [QuoteSpan] = []
        var used = Set<Int>()
        var attributedSentences = Set<Int>()
        for span in spans {
            guard let event = scanner.attribute(span) else {
                unattributed.append(span)
                continue
            }
            if let verb = event.verb, !event.isPartial {
                used.insert(verb)
                attributedSentences.insert(scanner.sentence(of: verb))
            }
            events.append(event)
        }
        events += scanner.indirectSpeech(used: used, attributedSentences: attributedSentences)

        var resolver = SpeakerResolver(scanner: scanner, names: PersonNames(scanner: scanner), countries: countries,
                                       resolvePronouns: options.resolvePronouns)
        resolver.resolve(&events)

        var quotes = events.map { quote(from: $0, scanner: scanner) }
        quotes += continuations(of: unattributed, among: events, scanner: scanner)
        quotes.sort { ($0.tokens.lowerBound, $0.kind.rawValue) < ($1.tokens.lowerBound, $1.kind.rawValue) }
        return quotes
    }

    private func quote(from event: AttributionEvent, scanner: QuoteScanner) -> Quote {
        let verbUse = event.verb.map { verb -> ReportingVerbUse in
            let tokens = verb..<verb + event.verbLength
            let entry = scanner.verbAt[verb].map { verbs.verbs[$0.verb] }
                ?? verbs.verbs[0]  // unreachable: every event verb comes from verbAt
            return ReportingVerbUse(form: scanner.originalText(tokens), verb: entry, tokens: tokens,
                                    range: scanner.byteRange(tokens))
        }
        var touched = [event.contentStart]
        if let verb = event.verb { touched.append(verb) }
        if let phrase = event.phrase { touched.append(phrase.tokens.lowerBound) }
        switch event.source {
        case .direct(let span):
            touched.append(span.end)
            return Quote(kind: .direct, text: text(of: span, scanner: scanner), range: scanner.byteRange(span.content),
                         tokens: span.content, wordCount: scanner.wordCount(span.content),
                         sentences: sentences(touched, scanner), paragraph: span.paragraph, speaker: event.speaker,
                         verb: verbUse, attribution: event.rule, isPartial: event.isPartial, isUnclosed: span.close == nil)
        case .indirect(let content):
            touched.append(content.upperBound - 1)
            return Quote(kind: .indirect, text: scanner.originalText(content), range: scanner.byteRange(content),
                         tokens: content, wordCount: scanner.wordCount(content), sentences: sentences(touched, scanner),
                         paragraph: scanner.paragraph(of: content.lowerBound), speaker: event.speaker, verb: verbUse,
                         attribution: event.rule)
        }
    }

    /// Unattributed quotes: the voice of an attributed direct quote in the same paragraph (the
    /// one before, else the one after) goes on; otherwise a short quote inside the writer's
    /// sentence is a scare quote and a longer one a direct quote with no speaker.
    private func continuations(of spans: [QuoteSpan], among events: [AttributionEvent], scanner: QuoteScanner) -> [Quote] {
        let direct: [(span: QuoteSpan, event: AttributionEvent)] = events.compactMap { event in
            if case .direct(let span) = event.source, !event.isPartial, event.speaker != nil { return (span, event) }
            return nil
        }
        return spans.map { span in
            let sameParagraph = direct.filter { $0.span.paragraph == span.paragraph }
            let voice = sameParagraph.last { $0.span.open < span.open } ?? sameParagraph.first { $0.span.open > span.open }
            let words = scanner.wordCount(span.content)
            let base = Quote(kind: .direct, text: text(of: span, scanner: scanner), range: scanner.byteRange(span.content),
                             tokens: span.content, wordCount: words, sentences: sentences([span.open, span.end], scanner),
                             paragraph: span.paragraph, speaker: nil, verb: nil, attribution: .none,
                             isUnclosed: span.close == nil)
            if let voice {
                var quote = base
                quote.speaker = voice.event.speaker
                quote.attribution = .continuation
                return quote
            }
            var quote = base
            if words <= options.scareQuoteMaxWords, isEmbedded(span, scanner: scanner) {
                quote.kind = .scare
                // “terrorists,” → terrorists: the comma is the sentence's, not the quoted word's.
                var end = span.content.upperBound
                while end > span.content.lowerBound, scanner.tokens[end - 1].kind == .punctuation { end -= 1 }
                if end > span.content.lowerBound {
                    quote.text = scanner.originalText(span.content.lowerBound..<end)
                    quote.range = scanner.byteRange(span.content.lowerBound..<end)
                }
            }
            return quote
        }
    }

    /// Whether the writer's own words stand beside the quote in its sentence (a quote that is its
    /// whole sentence is no scare quote, however short).
    private func isEmbedded(_ span: QuoteSpan, scanner: QuoteScanner) -> Bool {
        let sentence = scanner.sentenceTokens(of: span.open)
        return sentence.contains { !scanner.inQuote[$0] && scanner.tokens[$0].isWord }
    }

    /// The quoted words, paragraph pieces joined by a line break, without a trailing comma
    /// (“…,” he said: the comma belongs to the sentence).
    private func text(of span: QuoteSpan, scanner: QuoteScanner) -> String {
        var segments = span.segments.filter { !$0.isEmpty }
        if let last = segments.last, last.count > 1, scanner.isPunctuation(last.upperBound - 1, ",") {
            segments[segments.count - 1] = last.lowerBound..<last.upperBound - 1
        }
        return segments.map { scanner.originalText($0) }.joined(separator: "\n")
    }

    private func sentences(_ tokens: [Int], _ scanner: QuoteScanner) -> ClosedRange<Int> {
        let indices = tokens.filter { scanner.tokens.indices.contains($0) }.map { scanner.sentence(of: $0) }
        guard let low = indices.min(), let high = indices.max() else { return 0...0 }
        return low...high
    }
}
