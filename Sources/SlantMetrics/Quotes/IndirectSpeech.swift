/// Indirect speech: the reporting verbs that did not attribute a direct quote, each with its
/// content and speaker — "X said (that) …", "X urged Y to …", "…, officials said.",
/// "According to X, …", "As X notes, …".
extension QuoteScanner {
    /// Indirect reports, in text order. `used` holds the verbs that already attribute direct
    /// quotes; `attributedSentences` the sentences with an attributed direct quote, where an
    /// "according to" names a second-hand source rather than a speaker.
    func indirectSpeech(used: Set<Int>, attributedSentences: Set<Int>) -> [AttributionEvent] {
        var events: [AttributionEvent] = []
        for verb in verbAt.keys.sorted() where !used.contains(verb) {
            guard let match = reportingVerb(at: verb) else { continue }
            let entry = verbs.verbs[match.verb]
            let sentence = sentenceTokens(of: verb)
            if entry.isAccordingTo {
                guard !attributedSentences.contains(self.sentence(of: verb)),
                      let found = accordingTo(at: verb, length: match.length) else { continue }
                events.append(AttributionEvent(source: .indirect(content: found.content), phrase: SpeakerPhrase(tokens: found.source),
                                               verb: verb, verbLength: match.length, rule: .accordingTo))
                continue
            }
            guard entry.role != .speakerIsObject else { continue }
            var floor = sentence.lowerBound
            var cursor = verb - 1
            while cursor >= sentence.lowerBound {
                if inQuote[cursor] {
                    floor = cursor + 1
                    break
                }
                cursor -= 1
            }
            guard let subject = subject(ofVerbAt: verb, floor: floor),
                  !subject.tokens.contains(where: { inQuote[$0] }) else { continue }
            let content: Range<Int>
            let rule: Quote.Attribution
            if let after = contentAfter(verbAt: verb, length: match.length, entry) {
                content = after
                rule = .reportingVerb
            } else if let before = contentBefore(verbAt: verb, length: match.length, subject: subject) {
                content = before
                rule = .verbAfterContent
            } else if let after = contentAfterAsClause(verbAt: verb, length: match.length) {
                content = after
                rule = .reportingVerb
            } else {
                continue
            }
            events.append(AttributionEvent(source: .indirect(content: content), phrase: subject, verb: verb,
                                           verbLength: match.length, rule: rule))
        }
        return events
    }
}
