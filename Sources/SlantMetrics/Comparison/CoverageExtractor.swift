import SlantText

/// Finds the figures, dates and multi-word names of a document, for ``Coverage``.
///
/// - Figures: number tokens as written without thousands separators, with a leading `$`, a
///   trailing `%` / "percent", or a scale word ("million") kept ("130", "$5", "12%", "5 billion").
/// - Dates: month names with a day ("November 13"; "Nov." becomes "November"), months alone,
///   weekdays, and years (a four-digit number from 1800 to 2100, not a sum of money or a share).
///   "May" and "March" count only next to a day or a year, since they are also verbs.
/// - Names: runs of two or more proper nouns (Penn tags NNP, NNPS), which may have "of" inside
///   ("Islamic State", "Islamic State of Iraq", "Paris Climate Conference"); month and weekday
///   names end a run.
public struct CoverageExtractor: Sendable {
    public let tagger: any PartOfSpeechTagger

    public init(tagger: any PartOfSpeechTagger) {
        self.tagger = tagger
    }

    /// Sightings of the requested kinds (``CoverageKind/number``, ``CoverageKind/date``,
    /// ``CoverageKind/name``; others are ignored) in one document, in text order.
    public func sightings(in document: AnalysedDocument, group: String, kinds: Set<CoverageKind>) -> [CoverageSighting] {
        var result: [CoverageSighting] = []
        let id = document.document.id
        for (index, sentence) in document.sentences.enumerated() {
            let key = SentenceKey(documentID: id, sentenceIndex: index)
            let tokens = Array(document.tokens(of: sentence))
            var found: [CoverageItem] = []
            if !kinds.isDisjoint(with: [.number, .date]) {
                found += Self.figuresAndDates(tokens).filter { kinds.contains($0.kind) }
            }
            if kinds.contains(.name) {
                found += Self.names(tokens, tags: document.tags(forSentence: index, using: tagger))
            }
            for item in found { result.append(CoverageSighting(group: group, item: item, sentence: key)) }
        }
        return result
    }

    // MARK: Figures and dates

    /// The figures and dates in one sentence's tokens, in text order.
    public static func figuresAndDates(_ tokens: [Token]) -> [CoverageItem] {
        var items: [CoverageItem] = []
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if let month = CalendarWords.month(token.text) {
                let next = index + 1 < tokens.count ? tokens[index + 1] : nil
                let previous = index > 0 ? tokens[index - 1] : nil
                if let next, next.kind == .number, let day = Int(next.text), (1...31).contains(day) {
                    items.append(CoverageItem(kind: .date, name: "\(month) \(day)"))
                    index += 2
                    continue
                }
                if let previous, previous.kind == .number, let day = Int(previous.text), (1...31).contains(day) {
                    items.append(CoverageItem(kind: .date, name: "\(month) \(day)"))
                } else if !CalendarWords.ambiguousMonths.contains(month) || next.map(Self.isYear) == true {
                    items.append(CoverageItem(kind: .date, name: month))
                }
            } else if let weekday = CalendarWords.weekday(token.text) {
                items.append(CoverageItem(kind: .date, name: weekday))
            } else if token.kind == .number {
                // A day next to its month was taken with the month.
                let previous = index > 0 ? tokens[index - 1].text : ""
                let next = index + 1 < tokens.count ? tokens[index + 1].text : ""
                let isDay = Int(token.text).map { (1...31).contains($0) } == true
                    && (CalendarWords.month(previous) != nil || CalendarWords.month(next) != nil)
                if !isDay { items.append(figure(tokens, at: index)) }
            }
            index += 1
        }
        return items
    }

    private static func isYear(_ token: Token) -> Bool {
        token.kind == .number && token.text.utf8.count == 4 && Int(token.text).map { (1800...2100).contains($0) } == true
    }

    private static func figure(_ tokens: [Token], at index: Int) -> CoverageItem {
        let digits = String(tokens[index].text.filter { $0 != "," })
        let previous = index > 0 ? tokens[index - 1].text : ""
        let next = index + 1 < tokens.count ? TermText.folded(tokens[index + 1].text) : ""
        if previous == "$" {
            let scale = CalendarWords.scales.contains(next) ? " " + next : ""
            return CoverageItem(kind: .number, name: "$" + digits + scale)
        }
        if next == "%" || next == "percent" { return CoverageItem(kind: .number, name: digits + "%") }
        if CalendarWords.scales.contains(next) { return CoverageItem(kind: .number, name: digits + " " + next) }
        if digits.utf8.count == 4, let year = Int(digits), (1800...2100).contains(year), !tokens[index].text.contains(",") {
            return CoverageItem(kind: .date, name: digits)
        }
        return CoverageItem(kind: .number, name: digits)
    }

    // MARK: Names

    /// The multi-word names in one sentence's tokens, given their Penn tags, in text order.
    public static func names(_ tokens: [Token], tags: [String]) -> [CoverageItem] {
        var items: [CoverageItem] = []
        var run: [Int] = []
        func flush() {
            // A trailing "of" belongs to no name.
            while let last = run.last, TermText.folded(tokens[last].text) == "of" { run.removeLast() }
            let properNouns = run.filter { TermText.folded(tokens[$0].text) != "of" }.count
            if properNouns >= 2 {
                items.append(CoverageItem(kind: .name, name: run.map { tokens[$0].text }.joined(separator: " ")))
            }
            run.removeAll()
        }
        for index in tokens.indices {
            let tag = index < tags.count ? tags[index] : ""
            let token = tokens[index]
            let isProper = (tag == "NNP" || tag == "NNPS") && token.kind == .word
                && CalendarWords.month(token.text) == nil && CalendarWords.weekday(token.text) == nil
            if isProper {
                run.append(index)
            } else if !run.isEmpty, TermText.folded(token.text) == "of", token.kind == .word {
                run.append(index)
            } else {
                flush()
            }
        }
        flush()
        return items
    }
}

/// Month, weekday and scale words for dates and figures.
enum CalendarWords {
    static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]
    static let ambiguousMonths: Set<String> = ["May", "March"]
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let scales: Set<String> = ["hundred", "thousand", "million", "billion", "trillion"]

    private static let monthByForm: [String: String] = {
        var forms: [String: String] = [:]
        for month in months {
            forms[month] = month
            forms[String(month.prefix(3)) + "."] = month
        }
        forms["Sept."] = "September"
        return forms
    }()

    /// The full month name for a capitalised month or its abbreviation ("Nov."), else nil.
    static func month(_ text: String) -> String? { monthByForm[text] }

    static func weekday(_ text: String) -> String? { weekdays.contains(text) ? text : nil }
}
