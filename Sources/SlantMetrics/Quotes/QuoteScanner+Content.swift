/// Finding the reported content of an indirect quote: what follows "said that", "said the
/// coalition is", "urged Putin to"; what precedes "…, officials said."; what "according to X"
/// is said about.
extension QuoteScanner {
    /// The content after the reporting verb at `verb` (spanning `length` tokens), or nil when
    /// the verb has no complement here ("maintained the same line", "what he has been saying
    /// since …").
    func contentAfter(verbAt verb: Int, length: Int, _ entry: ReportingVerb) -> Range<Int>? {
        let sentence = sentenceTokens(of: verb)
        let ceiling = sentence.upperBound
        let start = skipAdjunctsRight(from: verb + length, ceiling: ceiling)
        guard start < ceiling else { return nil }
        // "said late Monday, after President Barack Obama met with Putin, that they …"
        if isPunctuation(start, ","), entry.complements.contains(.that) {
            var comma = start + 1
            while comma < ceiling, comma - start < 24, !isPunctuation(comma, ","), !isFinalPunctuation(comma) { comma += 1 }
            if comma + 1 < ceiling, isPunctuation(comma, ","), isWord(comma + 1, "that"), classes[comma + 1] == .preposition {
                return trimmed(comma + 2..<ceiling)
            }
        }
        // "said that …" / "told reporters that …" / "urged Putin at the summit to …"
        var index = start
        while index < ceiling, index - start < 14 {
            if isWord(index, "that"), classes[index] == .preposition {
                return entry.complements.contains(.that) ? trimmed(index + 1..<ceiling) : nil
            }
            if isWord(index, "to"), classes[index] == .to, index + 1 < ceiling, classes[index + 1] == .baseVerb {
                return entry.complements.contains(.to) ? trimmed(index..<ceiling) : nil
            }
            let wordClass = classes[index]
            let passable = wordClass.isPhraseWord || wordClass == .preposition || wordClass == .adverb
                || categories[index].contains(.time)
                || (wordClass == .pronoun && isWord(index, in: ["him", "her", "them", "us", "me"]))
                || ((isWord(index, "and") || isWord(index, "of")) && index > start)
            // Only an addressee ("told reporters") or a prepositional phrase ("said in a statement")
            // may stand before the content.
            guard passable, entry.role == .addressee || classes[start] == .preposition else { break }
            index += 1
        }
        if entry.complements.contains(.clause), isClauseStart(start, ceiling: ceiling) {
            return trimmed(start..<ceiling)
        }
        return nil
    }

    /// Whether a clause starts at `start`: a short subject ("the coalition", "Russia’s
    /// military efforts", "doing so", "he") followed by a finite verb or modal.
    func isClauseStart(_ start: Int, ceiling: Int) -> Bool {
        var index = start
        var subjectWords = 0
        while index < ceiling, index - start < 16 {
            let wordClass = classes[index]
            if wordClass.isFinite { return subjectWords > 0 }
            if isQuoteMark(index) || (isPunctuation(index, ",") && subjectWords > 0) {
                index += 1
                continue
            }
            switch wordClass {
            case .determiner, .possessivePronoun, .adjective, .noun, .properNoun, .number, .possessive, .existential:
                subjectWords += 1
            case .pronoun:
                if isWord(index, in: ["him", "her", "them", "us", "me"]) { return false }
                subjectWords += 1
            case .gerund:
                // "said doing so would …": a gerund subject, only at the start.
                guard index == start else { return false }
                subjectWords += 1
            case .adverb:
                guard subjectWords > 0 else { return false }
            case .preposition, .conjunction:
                // "the new alignment between France, Russia, and the United States could be …"
                guard subjectWords > 0, !isWord(index, "that") else { return false }
            default:
                return false
            }
            index += 1
        }
        return false
    }

    /// For "…, officials said." and "…, the Russian Foreign Ministry said on Friday.": the
    /// content before the comma, when nothing but time words follows the verb.
    func contentBefore(verbAt verb: Int, length: Int, subject: SpeakerPhrase) -> Range<Int>? {
        let sentence = sentenceTokens(of: verb)
        var after = skipAdjunctsRight(from: verb + length, ceiling: sentence.upperBound)
        while after < sentence.upperBound, tokens[after].kind == .punctuation, isFinalPunctuation(after) || isPunctuation(after, ":") {
            after += 1
        }
        guard after == sentence.upperBound else { return nil }
        let comma = subject.tokens.lowerBound - 1
        guard comma > sentence.lowerBound, isPunctuation(comma, ",") else { return nil }
        let content = trimmed(sentence.lowerBound..<comma)
        return content.isEmpty ? nil : content
    }

    /// For "As the WSJ notes, the Russians gave …": the clause after the comma.
    func contentAfterAsClause(verbAt verb: Int, length: Int) -> Range<Int>? {
        let sentence = sentenceTokens(of: verb)
        guard isWord(sentence.lowerBound, "as"), isPunctuation(verb + length, ",") else { return nil }
        let content = trimmed(verb + length + 1..<sentence.upperBound)
        return content.isEmpty ? nil : content
    }

    /// Source and content of "according to": "According to X, …" or "…, according to X."
    func accordingTo(at verb: Int, length: Int) -> (source: Range<Int>, content: Range<Int>)? {
        let sentence = sentenceTokens(of: verb)
        guard let source = phrase(startingAt: verb + length, ceiling: sentence.upperBound) else { return nil }
        let content: Range<Int>
        if verb == sentence.lowerBound {
            var comma = source.upperBound
            while comma < sentence.upperBound, !isPunctuation(comma, ",") { comma += 1 }
            content = trimmed(min(comma + 1, sentence.upperBound)..<sentence.upperBound)
        } else {
            content = trimmed(sentence.lowerBound..<(isPunctuation(verb - 1, ",") ? verb - 1 : verb))
        }
        return content.isEmpty ? nil : (source, content)
    }

    /// Words that, after a comma, start the writer's own comment on a report: "said that …,
    /// which is exactly what he has been saying".
    static let commentWords: Set<String> = ["which", "while", "although", "whereas", "though"]

    /// `range` without a leading "that", without trailing punctuation, and cut before
    /// ", according to" and before a comment (", which …", ", while …").
    func trimmed(_ range: Range<Int>) -> Range<Int> {
        var end = range.upperBound
        let start = range.lowerBound < end && isWord(range.lowerBound, "that") ? range.lowerBound + 1 : range.lowerBound
        let range = start..<end
        var index = range.lowerBound
        while index + 2 < end {
            if isPunctuation(index, ","),
               (isWord(index + 1, "according") && isWord(index + 2, "to")) || isWord(index + 1, in: QuoteScanner.commentWords) {
                end = index
                break
            }
            index += 1
        }
        while end > range.lowerBound, tokens[end - 1].kind == .punctuation { end -= 1 }
        return range.lowerBound..<max(range.lowerBound, end)
    }
}
