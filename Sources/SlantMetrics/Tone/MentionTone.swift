/// The tone toward one mention of an actor: a per-mention row of `tone(A)`.
public struct MentionTone: Sendable, Hashable {
    public var documentID: String
    public var outlet: String
    /// Index of the sentence in its document (``SlantText/AnalysedDocument/sentences``).
    public var sentenceIndex: Int
    /// The sentence's byte range in the document's original text.
    public var sentenceRange: Range<Int>
    /// The sentence as written.
    public var sentence: String
    public var mention: Mention
    /// How the mention was matched (`alias 'Putin'`, `pronoun 'he' → 'Putin' (inferred)`).
    public var matchedBy: String
    public var tone: ToneScore

    public init(
        documentID: String, outlet: String, sentenceIndex: Int, sentenceRange: Range<Int>, sentence: String,
        mention: Mention, matchedBy: String, tone: ToneScore
    ) {
        self.documentID = documentID
        self.outlet = outlet
        self.sentenceIndex = sentenceIndex
        self.sentenceRange = sentenceRange
        self.sentence = sentence
        self.mention = mention
        self.matchedBy = matchedBy
        self.tone = tone
    }

    /// The normalised score, -1…1.
    public var score: Double { tone.score }
    public var label: ToneLabel { tone.label }
    public var voice: ToneVoice { tone.voice }

    /// The mention as evidence: its sentence, the mention and the words that counted
    /// highlighted, and its score as the contribution to the mean.
    public var evidence: Evidence {
        var rule = "tone \(ToneWord.format(score)) \(label.rawValue), \(voice.rawValue) voice, \(matchedBy)"
        if tone.isSpeaker { rule += ", speaker (own words left out)" }
        if tone.contributions.isEmpty {
            rule += ": no sentiment words"
        } else {
            rule += ": " + tone.contributions.map { "'\($0.word.text)' \(ToneWord.format($0.contribution))" }
                .joined(separator: ", ")
        }
        let highlights = ([mention.range] + tone.contributions.map(\.word.range)).sorted { $0.lowerBound < $1.lowerBound }
        return Evidence(
            documentID: documentID, outlet: outlet, sentenceIndex: sentenceIndex, sentenceRange: sentenceRange,
            text: sentence, highlights: highlights, rule: rule, contribution: score)
    }

    /// One piece of evidence per word that counted: the word, where its valence came from, its
    /// distance to the mention and what it added to the raw score.
    public var wordEvidence: [Evidence] {
        tone.contributions.map { item in
            let word = item.word
            var rule = "'\(word.text)' \(word.sourceDescription(includingBut: item.valence == word.valence)), "
                + "\(item.distance) tokens from the mention"
            if item.isAcrossBut { rule += ", across 'but'" }
            rule += ", weight \(ToneWord.format(item.weight))"
            return Evidence(
                documentID: documentID, outlet: outlet, sentenceIndex: sentenceIndex, sentenceRange: sentenceRange,
                text: sentence, highlights: [word.range], rule: rule, contribution: item.contribution)
        }
    }
}
