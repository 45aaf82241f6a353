/// VADER sentiment, reproducing vaderSentiment 3.3.2's `SentimentIntensityAnalyzer` exactly:
/// same tokens, same rules (including their quirks), same floating-point order, same rounding.
///
/// ```swift
/// let vader = try VaderAnalyzer()
/// vader.polarityScores("The book was good.")  // neg 0.0, neu 0.508, pos 0.492, compound 0.4404
/// ```
///
/// Thread-safe: an analyzer is immutable, and all analyzers share one bundled lexicon that is
/// loaded on first use.
public final class VaderAnalyzer: Sendable {
    /// How text is prepared before scoring.
    public enum Mode: String, Sendable, Hashable, CaseIterable {
        /// Exactly vaderSentiment: the default, and the mode the parity tests check.
        case faithful
        /// For edited news text: typographic quotes and apostrophes (‘ ’ ‚ ‛ ′ ʼ and “ ” „ ‟ ″)
        /// are read as ASCII ' and ", so "don’t" negates like "don't" and “good” is stripped
        /// to good. vaderSentiment itself leaves them in place, where they hide words from the
        /// lexicon. Everything else is as in `.faithful`.
        case news
    }

    public let mode: Mode
    public let lexicon: VaderLexicon
    private let preprocessor: VaderPreprocessor
    private let tokenizer: VaderTokenizer
    private let scorer: VaderScorer

    /// An analyzer over the bundled vaderSentiment 3.3.2 lexicon.
    /// - Throws: `VaderLexiconError` if the package's resources are missing or damaged.
    public convenience init(mode: Mode = .faithful) throws(VaderLexiconError) {
        self.init(lexicon: try VaderLexicon.bundled(), mode: mode)
    }

    public init(lexicon: VaderLexicon, mode: Mode = .faithful) {
        self.mode = mode
        self.lexicon = lexicon
        preprocessor = VaderPreprocessor(lexicon: lexicon, straightensQuotes: mode == .news)
        tokenizer = VaderTokenizer(words: lexicon.words)
        scorer = VaderScorer(lexicon: lexicon)
    }

    /// vaderSentiment's `polarity_scores(text)`.
    public func polarityScores(_ text: String) -> SentimentScores {
        var text = text
        return text.withUTF8 { bytes in
            var origins: VaderPreprocessor.Origins? = nil
            if let rewritten = preprocessor.rewrite(bytes, origins: &origins) {
                return rewritten.withUnsafeBufferPointer { score($0) }
            }
            return score(bytes)
        }
    }

    private func score(_ bytes: UnsafeBufferPointer<UInt8>) -> SentimentScores {
        let tokenization = tokenizer.tokenize(bytes)
        var recorder = VaderNoRecorder()
        let sentiments = scorer.sentiments(tokenization.tokens, recorder: &recorder)
        return scorer.scores(
            sentiments, exclamationMarks: tokenization.exclamationMarks,
            questionMarks: tokenization.questionMarks)
    }

    /// The evidence for `polarityScores(text)`: each token with the rules that fired on it.
    /// Slower than `polarityScores` (it builds strings); use it for the sentences you show.
    public func explain(_ text: String) -> SentimentTrace {
        var text = text
        return text.withUTF8 { original in
            var origins: VaderPreprocessor.Origins? = VaderPreprocessor.Origins()
            if let rewritten = preprocessor.rewrite(original, origins: &origins) {
                return rewritten.withUnsafeBufferPointer { trace($0, origins: origins) }
            }
            return trace(original, origins: nil)
        }
    }

    private func trace(_ bytes: UnsafeBufferPointer<UInt8>, origins: VaderPreprocessor.Origins?) -> SentimentTrace {
        let tokenization = tokenizer.tokenize(bytes)
        let tokens = tokenization.tokens
        var recorder = VaderTraceRecorder(tokenCount: tokens.count, lexicon: lexicon)
        let sentiments = scorer.sentiments(tokens, recorder: &recorder)
        let scores = scorer.scores(
            sentiments, exclamationMarks: tokenization.exclamationMarks,
            questionMarks: tokenization.questionMarks)
        let capsCount = tokens.lazy.filter(\.isUpper).count

        var traces: [SentimentTokenTrace] = []
        traces.reserveCapacity(tokens.count)
        for (index, token) in tokens.enumerated() {
            let range: Range<Int>
            if let origins {
                range = origins.starts[token.start]..<origins.ends[token.end - 1]
            } else {
                range = token.start..<token.end
            }
            traces.append(SentimentTokenTrace(
                text: String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self),
                utf8Range: range,
                isAllCaps: token.isUpper,
                lexiconValence: token.entry.isLexicon ? token.entry.valence : nil,
                valence: sentiments[index],
                steps: recorder.steps[index]))
        }
        var sum = 0.0
        for sentiment in sentiments { sum += sentiment }
        return SentimentTrace(
            scores: scores,
            tokens: traces,
            scoredText: String(decoding: bytes, as: UTF8.self),
            isCapDifferential: capsCount > 0 && capsCount < tokens.count,
            exclamationMarks: tokenization.exclamationMarks,
            questionMarks: tokenization.questionMarks,
            punctuationAmplifier: scorer.punctuationAmplifier(
                exclamationMarks: tokenization.exclamationMarks, questionMarks: tokenization.questionMarks),
            valenceSum: sum)
    }
}
