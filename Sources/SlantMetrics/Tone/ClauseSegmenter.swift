/// Splits a sentence into clauses from its tokens and part-of-speech tags.
///
/// A clause starts at `;`, `:`, a dash or bracket, "but"/"yet"/"however", a subordinator
/// ("while", "whereas", "although", "because", "if", "when", "after"…, tagged IN or WRB), a
/// relative pronoun ("which", "who", "whom", "whose", tagged WDT/WP/WP$) or a reporting verb
/// ("said", "told"…). A relative clause that directly follows a mention ("Assad, who …") is
/// about that mention and is joined to the mention's clause by ``clauses(of:around:words:)``.
enum ClauseSegmenter {
    static let subordinators: Set<String> = [
        "while", "whereas", "although", "though", "because", "unless", "since", "if", "when", "after",
        "before", "despite", "whether",
    ]
    static let contrasts: Set<String> = ["but", "yet", "however"]
    static let relatives: Set<String> = ["which", "who", "whom", "whose"]
    static let boundaryPunctuation: Set<String> = [";", ":", "--", "(", ")"]

    /// A clause number per token (0, 1, 2… in order).
    static func clauseNumbers(of sentence: ToneSentence, words: [String]) -> [Int] {
        var numbers = [Int](repeating: 0, count: sentence.tokens.count)
        var clause = 0
        for index in sentence.tokens.indices {
            if index > 0 && startsClause(sentence, index, words: words) { clause += 1 }
            numbers[index] = clause
        }
        return numbers
    }

    /// The clause numbers that belong to the mention at `target`: its own clause, and a relative
    /// clause opening right after it (optionally after a comma).
    static func clauses(of numbers: [Int], around target: Range<Int>, sentence: ToneSentence, words: [String]) -> Set<Int> {
        var own = Set(target.compactMap { $0 < numbers.count ? numbers[$0] : nil })
        var next = target.upperBound
        if next < words.count && words[next] == "," { next += 1 }
        if next < words.count && relatives.contains(words[next]) && isRelativeTag(sentence.tag(next)) {
            own.insert(numbers[next])
        }
        return own
    }

    private static func startsClause(_ sentence: ToneSentence, _ index: Int, words: [String]) -> Bool {
        let word = words[index]
        let tag = sentence.tag(index)
        if sentence.tokens[index].kind == .punctuation && boundaryPunctuation.contains(word) { return true }
        if contrasts.contains(word) && (tag == "CC" || tag == "RB") { return true }
        if subordinators.contains(word) && (tag == "IN" || tag == "WRB") { return true }
        if relatives.contains(word) && isRelativeTag(tag) { return true }
        if SpeakerScope.speechVerbs.contains(word) && tag.hasPrefix("VB") { return true }
        return false
    }

    private static func isRelativeTag(_ tag: String) -> Bool { tag == "WDT" || tag == "WP" || tag == "WP$" }
}
