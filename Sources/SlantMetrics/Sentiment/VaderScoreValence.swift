/// `score_valence` and its helpers: from per-token valences to the four rounded scores.
extension VaderScorer {
    /// `score_valence`: punctuation emphasis, `normalize`, and the pos/neg/neu proportions,
    /// rounded with Python's `round`.
    func scores(_ sentiments: [Double], exclamationMarks: Int, questionMarks: Int) -> SentimentScores {
        guard !sentiments.isEmpty else { return SentimentScores(neg: 0, neu: 0, pos: 0, compound: 0) }
        let amplifier = punctuationAmplifier(exclamationMarks: exclamationMarks, questionMarks: questionMarks)
        var sum = 0.0
        for sentiment in sentiments { sum += sentiment }
        if sum > 0 { sum += amplifier } else if sum < 0 { sum -= amplifier }
        let compound = normalize(sum)

        var positive = 0.0, negative = 0.0, neutralCount = 0
        for sentiment in sentiments {
            if sentiment > 0 { positive += sentiment + 1 }
            if sentiment < 0 { negative += sentiment - 1 }
            if sentiment == 0 { neutralCount += 1 }
        }
        if positive > negative.magnitude {
            positive += amplifier
        } else if positive < negative.magnitude {
            negative -= amplifier
        }
        let total = positive + negative.magnitude + Double(neutralCount)
        return SentimentScores(
            neg: PythonRounding.round((negative / total).magnitude, digits: 3),
            neu: PythonRounding.round((Double(neutralCount) / total).magnitude, digits: 3),
            pos: PythonRounding.round((positive / total).magnitude, digits: 3),
            compound: PythonRounding.round(compound, digits: 4))
    }

    /// `_amplify_ep` + `_amplify_qm`.
    func punctuationAmplifier(exclamationMarks: Int, questionMarks: Int) -> Double {
        let rules = lexicon.rules
        let exclamation = Double(min(exclamationMarks, rules.exclamationMaxMarks)) * rules.exclamationPerMark
        var question = 0.0
        if questionMarks > 1 {
            question = questionMarks <= 3 ? Double(questionMarks) * rules.questionPerMark2To3 : rules.question4Plus
        }
        return exclamation + question
    }

    /// `normalize(score, alpha=15)`.
    func normalize(_ score: Double) -> Double {
        let normalized = score / (score * score + lexicon.rules.normalizeAlpha).squareRoot()
        return min(max(normalized, -1.0), 1.0)
    }
}
