import Foundation

/// Scores the tone toward a mention: the sentiment of the words around it, not of the sentence.
///
/// For a mention (a token range of a ``ToneSentence``):
/// 1. the sentence's sentiment words come from ``ToneWordFinder`` (VADER in news mode, then
///    base forms, the news lexicon and pattern_en for words VADER lacks);
/// 2. words of the mention itself and proper nouns (except in title-case headlines) are left out; when the mention is the
///    speaker ("X said …"), so are its own reported words (``SpeakerScope``);
/// 3. each word is weighed by `exp(-decay × distance)` to the mention (and by
///    ``ToneOptions/otherClauseWeight`` outside the mention's clause, by
///    ``ToneOptions/otherSideOfButWeight`` across "but" from it), negative words times
///    ``ToneOptions/negativeWeight``;
/// 4. the weighted sum is normalised to -1…1 (`x / √(x² + 15)`, VADER's compound formula) and
///    labelled with the thresholds.
///
/// Immutable and thread-safe.
public struct ToneScorer: Sendable {
    public let options: ToneOptions
    let finder: ToneWordFinder
    private let normalizeAlpha: Double

    /// A scorer over the bundled VADER lexicon (news mode) and tone lexicons.
    /// - Throws: ``ToneScorerError`` if the package's resources are missing or damaged.
    public init(options: ToneOptions = .standard) throws(ToneScorerError) {
        let vader: VaderAnalyzer
        let lexicon: ToneLexicon
        do {
            vader = try VaderAnalyzer(mode: .news)
        } catch {
            throw .vader(error)
        }
        do {
            lexicon = try ToneLexicon.bundled()
        } catch {
            throw .lexicon(error)
        }
        self.init(vader: vader, lexicon: lexicon, options: options)
    }

    public init(vader: VaderAnalyzer, lexicon: ToneLexicon, options: ToneOptions = .standard) {
        self.options = options
        finder = ToneWordFinder(vader: vader, lexicon: lexicon, options: options)
        normalizeAlpha = vader.lexicon.rules.normalizeAlpha
    }

    /// The sentiment-bearing words of a sentence (shared by all its mentions).
    public func words(in sentence: ToneSentence) -> [ToneWord] {
        finder.words(in: sentence)
    }

    /// The tone toward the mention at `target` (sentence-relative token indices).
    public func score(_ sentence: ToneSentence, target: Range<Int>) -> ToneScore {
        score(sentence, target: target, words: words(in: sentence))
    }

    /// As ``score(_:target:)``, reusing the sentence's `words`. `otherMentions` are the other
    /// mentions of the same actor in the sentence: when one of them is the speaker ("Putin says
    /// his goal is…"), the words it is reported to have said are set aside for this one too.
    public func score(
        _ sentence: ToneSentence, target: Range<Int>, words: [ToneWord], otherMentions: [Range<Int>] = []
    ) -> ToneScore {
        let count = sentence.tokens.count
        let target = target.clamped(to: 0..<count)
        let voice: ToneVoice = target.contains(where: { sentence.isQuoted($0) }) ? .quoted : .reporter
        let lowered = sentence.lowercased

        var own: [Bool]? = nil
        var isSpeaker = false
        for mention in [target] + otherMentions.map({ $0.clamped(to: 0..<count) }) where !mention.isEmpty {
            guard let verb = SpeakerScope.speechVerb(in: sentence, target: mention, words: lowered) else { continue }
            isSpeaker = true
            if options.excludesOwnWords {
                own = SpeakerScope.ownWords(in: sentence, target: mention, verb: verb, words: lowered)
            }
            break
        }
        var clauseNumbers: [Int] = []
        var targetClauses: Set<Int> = []
        if options.otherClauseWeight != 1, !target.isEmpty {
            clauseNumbers = ClauseSegmenter.clauseNumbers(of: sentence, words: lowered)
            targetClauses = ClauseSegmenter.clauses(of: clauseNumbers, around: target, sentence: sentence, words: lowered)
        }

        // "but" scoped to the mention: which side of the sentence's first "but" it stands on.
        var butIndex: Int? = nil
        if options.otherSideOfButWeight != nil, !target.isEmpty {
            butIndex = lowered.firstIndex(of: "but")
        }

        let skipsProperNouns = options.skipsProperNouns && !sentence.isTitleCase
        var contributions: [ToneContribution] = []
        var excluded: [ToneExcludedWord] = []
        var raw = 0.0
        for word in words {
            let index = word.token - sentence.firstToken
            guard index >= 0 && index < count else { continue }
            if target.contains(index) {
                excluded.append(ToneExcludedWord(word: word, reason: .mention))
                continue
            }
            if skipsProperNouns, sentence.tag(index) == "NNP" || sentence.tag(index) == "NNPS" {
                excluded.append(ToneExcludedWord(word: word, reason: .properNoun))
                continue
            }
            if let own, own[index] {
                excluded.append(ToneExcludedWord(word: word, reason: .ownWords))
                continue
            }
            // An empty target (nothing to measure from) weighs every word alike.
            let distance = target.isEmpty ? 0 : (index < target.lowerBound ? target.lowerBound - index : index - (target.upperBound - 1))
            var weight = Foundation.exp(-options.decay * Double(distance))
            if !clauseNumbers.isEmpty && !targetClauses.contains(clauseNumbers[index]) {
                weight *= options.otherClauseWeight
            }
            var valence = word.valence
            var isAcrossBut = false
            if let butIndex, let otherSide = options.otherSideOfButWeight {
                valence = word.valenceBeforeBut
                isAcrossBut = index != butIndex && (index > butIndex) != (target.lowerBound > butIndex)
                if isAcrossBut { weight *= otherSide }
            }
            let contribution = valence * weight * (valence < 0 ? options.negativeWeight : 1)
            raw += contribution
            contributions.append(ToneContribution(
                word: word, distance: distance, valence: valence, weight: weight, isAcrossBut: isAcrossBut,
                contribution: contribution))
        }
        let score = raw / (raw * raw + normalizeAlpha).squareRoot()
        return ToneScore(
            score: score, rawScore: raw, label: options.label(for: score), voice: voice, isSpeaker: isSpeaker,
            contributions: contributions, excluded: excluded)
    }
}

/// A scorer whose resources could not be loaded.
public enum ToneScorerError: Error, Sendable, Hashable, CustomStringConvertible {
    case vader(VaderLexiconError)
    case lexicon(ToneLexiconError)

    public var description: String {
        switch self {
        case .vader(let error): return error.description
        case .lexicon(let error): return error.description
        }
    }
}
