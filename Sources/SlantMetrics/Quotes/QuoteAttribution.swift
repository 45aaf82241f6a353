/// One attribution found in a document before speakers are resolved: a direct quote span or
/// an indirect report, with the phrase that names its speaker and the verb that reports it.
struct AttributionEvent {
    enum Source {
        case direct(QuoteSpan)
        case indirect(content: Range<Int>)
    }

    var source: Source
    var phrase: SpeakerPhrase?
    /// Token index of the reporting verb, when there is one.
    var verb: Int?
    var verbLength = 1
    var rule: Quote.Attribution
    var isPartial = false
    /// Filled in by speaker resolution.
    var speaker: Speaker?

    var contentStart: Int {
        switch source {
        case .direct(let span): return span.open
        case .indirect(let content): return content.lowerBound
        }
    }
}

/// Finding who speaks a direct quote: the verb after it ("“…,” Fabius said"), the verb before
/// it ("Hollande said, “…”"), a colon ("Lavrov: “…”"), the reported clause around it
/// ("Cameron said the “hallmarks” …"), and, failing these, an attributed quote beside it in the
/// same paragraph.
extension QuoteScanner {
    /// A reporting verb at `index` that can attribute: outside quotes, and tagged as a verb.
    func reportingVerb(at index: Int) -> (verb: Int, length: Int)? {
        guard let match = verbAt[index], !inQuote[index], classes[index].isVerb else { return nil }
        return match
    }

    func attribute(_ span: QuoteSpan) -> AttributionEvent? {
        attributeAfter(span) ?? attributeBefore(span)
    }

    /// “…,” Fabius told reporters / “…,” said a diplomat / “…,” Reuters reported her as saying.
    private func attributeAfter(_ span: QuoteSpan) -> AttributionEvent? {
        guard let close = span.close else { return nil }
        let sentence = sentenceTokens(of: close)
        if close + 1 == sentence.upperBound {
            return attributeInNextSentence(span, close: close)
        }
        var start = close + 1
        if start < sentence.upperBound, isPunctuation(start, ",") { start += 1 }
        var index = start
        while index < sentence.upperBound, index - start < 16 {
            if tokens[index].kind == .openingQuote { return nil }
            if let match = reportingVerb(at: index) {
                return attributionAt(verb: index, length: match.length, entry: verbs.verbs[match.verb],
                                     floor: start, verbFirst: index == start, span: span, rule: .verbAfterQuote)
            }
            if classes[index].isFinite || isFinalPunctuation(index) { return nil }
            index += 1
        }
        return nil
    }

    /// “Who does what?” Fabius asked. — a quote ending in "?" or "!" ends its sentence, so the
    /// attribution is the next sentence, when that sentence is only the attribution (a verb with
    /// content of its own reports something else: “…!” Fabius said the war was over.).
    private func attributeInNextSentence(_ span: QuoteSpan, close: Int) -> AttributionEvent? {
        let current = sentence(of: close)
        guard current + 1 < document.sentences.count,
              document.sentences[current + 1].paragraph == document.sentences[current].paragraph else { return nil }
        let next = document.sentences[current + 1].tokens
        var index = next.lowerBound
        while index < next.upperBound, index - next.lowerBound < 10 {
            if isQuoteMark(index) { return nil }
            if let match = reportingVerb(at: index) {
                let entry = verbs.verbs[match.verb]
                guard contentAfter(verbAt: index, length: match.length, entry) == nil else { return nil }
                return attributionAt(verb: index, length: match.length, entry: entry, floor: next.lowerBound,
                                     verbFirst: index == next.lowerBound, span: span, rule: .verbAfterQuote)
            }
            if classes[index].isFinite { return nil }
            index += 1
        }
        return nil
    }

    /// Hollande said, “…” / Lavrov: “…” / Cameron said the “hallmarks” of …
    private func attributeBefore(_ span: QuoteSpan) -> AttributionEvent? {
        let open = span.open
        let sentence = sentenceTokens(of: open)
        var floor = sentence.lowerBound
        var cursor = open - 1
        while cursor >= sentence.lowerBound {
            if inQuote[cursor] {
                floor = cursor + 1
                break
            }
            cursor -= 1
        }
        guard open > floor else { return nil }
        let previous = open - 1
        let introduced = isPunctuation(previous, ",") || isPunctuation(previous, ":") || verbAt[previous] != nil
        if introduced {
            if let verb = lastVerb(in: floor..<open) {
                return attributionAt(verb: verb.index, length: verb.length, entry: verbs.verbs[verb.verb],
                                     floor: floor, verbFirst: false, span: span, rule: .verbBeforeQuote)
            }
            if isPunctuation(previous, ":"), let phrase = phrase(endingAt: previous - 1, floor: floor),
               phrase.lowerBound == floor, hasNameRun(phrase) {
                return AttributionEvent(source: .direct(span), phrase: SpeakerPhrase(tokens: phrase), verb: nil, rule: .colon)
            }
            return nil
        }
        // A quote inside a reported clause; a clause boundary ("…, while “…”") stops the search.
        // Verbs before an earlier quote of the sentence may still report this one.
        floor = sentence.lowerBound
        var barrier = floor
        cursor = open - 1
        while cursor > floor {
            if isPunctuation(cursor, ";")
                || (isPunctuation(cursor - 1, ",") && (isWord(cursor, in: QuoteScanner.commentWords) || isWord(cursor, "but"))
                    && !isWord(cursor + 1, "that")) {
                barrier = cursor + 1
                break
            }
            cursor -= 1
        }
        var index = open - 1
        while index >= barrier {
            if let match = reportingVerb(at: index), index + match.length <= open {
                let entry = verbs.verbs[match.verb]
                if entry.role == .speakerIsObject,
                   let phrase = phrase(startingAt: index + match.length, ceiling: open) {
                    return AttributionEvent(source: .direct(span), phrase: SpeakerPhrase(tokens: phrase), verb: index,
                                            verbLength: match.length, rule: .reportedClause, isPartial: true)
                }
                if let content = contentAfter(verbAt: index, length: match.length, entry), content.contains(open),
                   let subject = subject(ofVerbAt: index, floor: floor) {
                    return AttributionEvent(source: .direct(span), phrase: subject, verb: index, verbLength: match.length,
                                            rule: .reportedClause, isPartial: true)
                }
            }
            index -= 1
        }
        return nil
    }

    /// The last reporting verb in `range`.
    private func lastVerb(in range: Range<Int>) -> (index: Int, verb: Int, length: Int)? {
        var index = range.upperBound - 1
        while index >= range.lowerBound {
            if let match = reportingVerb(at: index) { return (index, match.verb, match.length) }
            index -= 1
        }
        return nil
    }

    /// The speaker of a verb that attributes a quote: its subject, the phrase after it when the
    /// verb comes first ("said a diplomat"), its object for "quoted X", or the pronoun of
    /// "reported her as saying".
    private func attributionAt(verb: Int, length: Int, entry: ReportingVerb, floor: Int, verbFirst: Bool,
                               span: QuoteSpan, rule: Quote.Attribution) -> AttributionEvent? {
        let sentence = sentenceTokens(of: verb)
        let after = verb + length
        var event = AttributionEvent(source: .direct(span), phrase: nil, verb: verb, verbLength: length, rule: rule)
        // "Reuters reported her as saying": she is the speaker; "saying" is the verb that reports her.
        if after + 2 < sentence.upperBound, isWord(after, in: ["her", "him", "them"]), isWord(after + 1, "as"),
           let saying = verbAt[after + 2] {
            event.phrase = SpeakerPhrase(tokens: after..<after + 1)
            event.verb = after + 2
            event.verbLength = saying.length
            return event
        }
        if entry.role == .speakerIsObject || verbFirst {
            let start = entry.role == .speakerIsObject ? after : skipAdjunctsRight(from: after, ceiling: sentence.upperBound)
            event.phrase = phrase(startingAt: start, ceiling: sentence.upperBound).map { SpeakerPhrase(tokens: $0) }
        } else {
            event.phrase = subject(ofVerbAt: verb, floor: floor)
            // After a quote, the speaker comes first: "“…,” Fabius said", not "“…” Friday as he urged".
            if rule == .verbAfterQuote, let phrase = event.phrase, phrase.tokens.lowerBound != floor { return nil }
            if event.phrase == nil, rule == .verbBeforeQuote {
                // "said Mr. Obama, “…”"
                event.phrase = phrase(startingAt: after, ceiling: sentence.upperBound).map { SpeakerPhrase(tokens: $0) }
            }
        }
        return event.phrase == nil ? nil : event
    }
}
