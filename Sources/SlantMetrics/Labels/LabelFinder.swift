import SlantText

/// Finds the labels attached to an actor's mentions, from part-of-speech patterns around each
/// mention (see ``Label/Kind``).
///
/// Only mentions by name are labelled (not demonyms, pronouns or names inside hyphenated
/// words). Sentences in title case (headlines: most words capitalised) are skipped, because
/// the tagger calls every capitalised word a proper noun there.
public struct LabelFinder: Sendable {
    private let tagger: any PartOfSpeechTagger
    /// Whether the tagger's model knows a word form (nil for taggers that cannot say): used to
    /// recognise glued words ("wouldwelcome").
    private let knows: (@Sendable (String) -> Bool)?

    public init(tagger: some PartOfSpeechTagger) {
        self.tagger = tagger
        if let perceptron = tagger as? PerceptronTagger {
            knows = { perceptron.knows($0) }
        } else {
            knows = nil
        }
    }

    /// The labels of the mentions in `document`, in text order.
    public func labels(in document: DocumentMentions) -> [Label] {
        let analysis = document.analysis
        var labels: [Label] = []
        var tagged: [Int: TaggedSentence] = [:]
        var sameActor = Set<Int>()
        for mention in document.mentions where mention.kind != .pronoun { sameActor.formUnion(mention.tokens) }
        for (index, mention) in document.mentions.enumerated() where mention.kind == .name && !mention.isInCompound {
            let sentence: TaggedSentence
            if let cached = tagged[mention.sentence] {
                sentence = cached
            } else {
                sentence = TaggedSentence(analysis: analysis, index: mention.sentence, tagger: tagger, knows: knows)
                tagged[mention.sentence] = sentence
            }
            guard !sentence.isTitleCase else { continue }
            let patterns = LabelPatterns(sentence: sentence, mentionTokens: mention.tokens, sameActor: sameActor)
            func add(_ tokens: Range<Int>?, _ kind: Label.Kind) {
                guard let tokens, !tokens.isEmpty else { return }
                labels.append(Label(
                    text: sentence.text(of: tokens), kind: kind, mention: index, sentence: mention.sentence, tokens: tokens,
                    range: analysis.tokens[tokens.lowerBound].range.lowerBound..<analysis.tokens[tokens.upperBound - 1].range.upperBound))
            }
            add(patterns.modifier(), .modifier)
            add(patterns.appositionAfter() ?? patterns.appositionBefore(), .apposition)
            if mention.isPossessive { add(patterns.possessiveHead(), .possessive) }
            for predicate in mention.isPossessive ? [] : patterns.predicates() { add(predicate, .predicate) }
        }
        return labels
    }
}
