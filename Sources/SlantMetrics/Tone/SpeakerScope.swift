/// Whether a mention is the speaker of its sentence, and which words are then its own.
///
/// Words an actor is reported to have said are not words *about* it: in “It is a vicious
/// country that kills many people,” he said, the violence is not tone toward "he". Patterns,
/// on the mention's sentence (sentence-relative token indices):
/// - `X [, apposition,] [has/also/later…] said …` — X's words are what follows the verb and any
///   quoted text;
/// - `“…,” said X` (the verb right before X, X ending its clause) — X's words come before the verb;
/// - `…, according to X` — X's words come before "according".
/// A mention inside quotation marks is never the speaker (it is talked about in the quote).
enum SpeakerScope {
    /// Reporting verbs (any inflection the list spells out) that introduce speech.
    static let speechVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "tell", "added", "adds", "wrote", "writes", "asked", "asks",
        "explained", "stated", "declared", "insisted", "claimed", "claims", "argued", "argues", "noted",
        "notes", "tweeted", "tweets", "according", "responded", "replied", "continued", "warned", "warns",
        "announced", "acknowledged", "suggested", "recalled", "remarked", "testified", "conceded", "admitted",
        "contended", "countered", "maintained", "predicted", "complained", "stressed", "emphasized", "urged",
        "vowed", "pledged", "promised", "boasted",
    ]

    /// Words that may stand between a speaker and its verb ("X has also said", "Putin himself has said").
    static let fillers: Set<String> = [
        "has", "have", "had", "is", "was", "were", "are", "also", "later", "then", "once", "previously",
        "repeatedly", "recently", "again", "publicly", "privately", "would", "will", "could", "did", "does",
        "do", "reportedly", "often", "told", "himself", "herself", "itself", "themselves",
    ]

    /// The index of the reporting verb (or of "according") when the mention at `target` is the
    /// speaker; nil otherwise.
    static func speechVerb(in sentence: ToneSentence, target: Range<Int>, words: [String]) -> Int? {
        let count = sentence.tokens.count
        guard !target.isEmpty, target.upperBound <= count else { return nil }
        if target.contains(where: { sentence.isQuoted($0) }) { return nil }

        // X [, apposition ,] [fillers] VERB
        var next = target.upperBound
        if next < count && words[next] == "," {
            var close = next + 1
            while close < count && close - next <= 10 && words[close] != "," && !sentence.tag(close).hasPrefix("VB") {
                close += 1
            }
            if close < count && words[close] == "," { next = close + 1 }
        }
        var skipped = 0
        while next < count && skipped < 3 && !speechVerbs.contains(words[next])
            && (fillers.contains(words[next]) || sentence.tag(next) == "RB" || sentence.tag(next) == "MD") {
            next += 1
            skipped += 1
        }
        if next < count && speechVerbs.contains(words[next]) && sentence.tag(next).hasPrefix("VB")
            && !sentence.isQuoted(next) {
            return next
        }

        // “…,” said X — X closes its clause.
        let before = target.lowerBound - 1
        if before >= 0 && speechVerbs.contains(words[before]) && words[before] != "according"
            && !sentence.isQuoted(before) {
            let after = target.upperBound
            if after >= count || sentence.tokens[after].kind == .punctuation || sentence.tokens[after].kind == .closingQuote {
                return before
            }
        }

        // …, according to X
        if target.lowerBound >= 2 && words[target.lowerBound - 2] == "according" && words[target.lowerBound - 1] == "to" {
            return target.lowerBound - 2
        }
        return nil
    }

    /// One flag per token: the speaker's own words (quoted text, and the reported content on
    /// the far side of the verb from the speaker).
    static func ownWords(in sentence: ToneSentence, target: Range<Int>, verb: Int, words: [String]) -> [Bool] {
        let count = sentence.tokens.count
        var own = [Bool](repeating: false, count: count)
        let contentBeforeVerb = verb < target.lowerBound || words[verb] == "according"
        for index in 0..<count {
            if sentence.isQuoted(index) {
                own[index] = true
            } else if contentBeforeVerb {
                own[index] = index < verb
            } else {
                own[index] = index > verb
            }
        }
        return own
    }
}
