/// Turning speaker phrases into ``Speaker`` values: persons with their full names, anonymous
/// sources, institutions, groups; pronouns resolved to the person or group they refer back to.
struct SpeakerResolver {
    let scanner: QuoteScanner
    var names: PersonNames
    let countries: Countries
    let resolvePronouns: Bool

    private struct Antecedent {
        var token: Int
        var paragraph: Int
        var speaker: Speaker
        var tokens: Range<Int>
    }

    private var persons: [Antecedent] = []
    private var groups: [Antecedent] = []

    init(scanner: QuoteScanner, names: PersonNames, countries: Countries, resolvePronouns: Bool) {
        self.scanner = scanner
        self.names = names
        self.countries = countries
        self.resolvePronouns = resolvePronouns
    }

    /// Resolves every event's speaker, in text order, so that a pronoun can refer back to
    /// speakers and titled names before it.
    mutating func resolve(_ events: inout [AttributionEvent]) {
        // Learn multi-word names first ("Aleksei Pushkov, the head of …, said") so that "Mr. Pushkov"
        // earlier or later in the document maps to the full name.
        for event in events {
            guard let phrase = event.phrase, let run = nameRun(coreTokens(phrase.tokens)), run.count >= 2,
                  isPerson(phrase: coreTokens(phrase.tokens), run: run) else { continue }
            names.learn(scanner.nameText(run))
        }
        persons = names.mentions.map { mention in
            Antecedent(token: mention.tokens.lowerBound, paragraph: mention.paragraph,
                       speaker: Speaker(name: names.fullName(of: mention.name) ?? mention.name, text: mention.name,
                                        range: scanner.byteRange(mention.tokens), tokens: mention.tokens, kind: .person),
                       tokens: mention.tokens)
        }
        let order = events.indices.sorted { position(events[$0]) < position(events[$1]) }
        for index in order {
            guard let phrase = events[index].phrase else { continue }
            var speaker = classify(phrase)
            if speaker.kind == .pronoun, resolvePronouns, let antecedent = antecedent(of: phrase.tokens.lowerBound, pronoun: speaker.text) {
                speaker = Speaker(name: antecedent.speaker.name, text: speaker.text, range: speaker.range, tokens: speaker.tokens,
                                  title: antecedent.speaker.title, kind: antecedent.speaker.kind, antecedentTokens: antecedent.tokens,
                                  descriptionTokens: antecedent.speaker.descriptionTokens)
            }
            if speaker.kind == .person,
               let introduction = names.mentions.first(where: { (names.fullName(of: $0.name) ?? $0.name) == speaker.name }) {
                speaker.introductionTokens = introduction.phrase
            }
            if let earlier = fullerDescription(of: phrase.tokens) {
                // "the ministry" after "the Russian Foreign Ministry said": the same source, named in full.
                speaker.name = earlier.speaker.name
                speaker.introductionTokens = earlier.speaker.tokens
            }
            events[index].speaker = speaker
            let entry = Antecedent(token: phrase.tokens.lowerBound, paragraph: scanner.paragraph(of: phrase.tokens.lowerBound),
                                   speaker: speaker, tokens: speaker.antecedentTokens ?? speaker.tokens)
            switch speaker.kind {
            case .person: insert(entry, into: &persons)
            case .anonymous, .group, .organisation: insert(entry, into: &groups)
            case .named, .pronoun: break
            }
        }
    }

    /// For a bare "the ministry" or "the diplomat": the latest group, institution or anonymous
    /// source before it, in its paragraph or the two before, whose phrase is longer and has the
    /// same head noun ("the Russian Foreign Ministry", "one European diplomat").
    private func fullerDescription(of tokens: Range<Int>) -> Antecedent? {
        guard tokens.count == 2, scanner.isWord(tokens.lowerBound, "the"), let head = tokens.last,
              scanner.classes[head] == .noun || scanner.classes[head] == .properNoun else { return nil }
        let paragraph = scanner.paragraph(of: head)
        return groups.last { candidate in
            candidate.token < tokens.lowerBound && candidate.paragraph >= paragraph - 2 && candidate.speaker.tokens.count > 2
                && candidate.speaker.antecedentTokens == nil
                && headNoun(of: candidate.speaker.tokens).map { scanner.isWord($0, scanner.text(head).lowercased()) } == true
        }
    }

    /// The last noun of a phrase's core ("the Russian Foreign [Ministry]", "one European [diplomat]").
    private func headNoun(of tokens: Range<Int>) -> Int? {
        let core = coreTokens(tokens)
        return core.last { scanner.classes[$0].isNoun }
    }

    private func position(_ event: AttributionEvent) -> Int {
        event.phrase?.tokens.lowerBound ?? event.verb ?? event.contentStart
    }

    private func insert(_ antecedent: Antecedent, into list: inout [Antecedent]) {
        let at = list.firstIndex { $0.token > antecedent.token } ?? list.endIndex
        list.insert(antecedent, at: at)
    }

    /// The latest fitting person (he, she) or group (they) before `token` in its paragraph, else
    /// in the paragraph before.
    private func antecedent(of token: Int, pronoun: String) -> Antecedent? {
        let lower = pronoun.lowercased()
        let list: [Antecedent]
        switch lower {
        case "he", "she", "him", "her": list = persons
        case "they", "them": list = groups
        default: return nil
        }
        let paragraph = scanner.paragraph(of: token)
        if let same = list.last(where: { $0.paragraph == paragraph && $0.token < token }) { return same }
        return list.last(where: { $0.paragraph == paragraph - 1 })
    }

    // MARK: Classification

    /// What kind of speaker a phrase names, and their name.
    ///
    /// The phrase's core is what comes before its first preposition or parenthesis ("King
    /// Abdullah [of Jordan]", "Sen. Bob Corker [(R.-Tenn.)]", "a diplomat familiar [with …]"):
    /// a person's name is looked for at the end of the core, and the core's last noun is its head.
    func classify(_ phrase: SpeakerPhrase) -> Speaker {
        let tokens = phrase.tokens
        let text = scanner.nameText(tokens)
        let range = scanner.byteRange(tokens)
        let description = phrase.description.map { scanner.nameText($0) }
        func speaker(_ name: String, _ kind: Speaker.Kind, title: String? = description) -> Speaker {
            Speaker(name: name, text: text, range: range, tokens: tokens, title: title, kind: kind,
                    descriptionTokens: phrase.description)
        }
        if tokens.count == 1, let only = tokens.first,
           scanner.classes[only] == .pronoun || scanner.isWord(only, in: QuoteScanner.personalPronouns) {
            return speaker(text, .pronoun)
        }
        let core = coreTokens(tokens)
        let isList = core.contains { scanner.isWord($0, "and") || scanner.isWord($0, "or") || scanner.isPunctuation($0, ",") }
        if !isList, let run = nameRun(core), isPerson(phrase: core, run: run) {
            let written = scanner.nameText(run)
            let titleTokens = core.lowerBound..<run.lowerBound
            return speaker(names.fullName(of: written) ?? written, .person,
                           title: description ?? (titleTokens.isEmpty ? nil : scanner.nameText(titleTokens)))
        }
        // A lone capitalised word the tagger did not call a name ("Putin himself has said"), known as a person.
        if core.count == 1, let only = core.first, scanner.isCapitalised(only), let full = names.fullName(of: scanner.text(only)) {
            return speaker(full, .person)
        }
        let head = core.last { scanner.classes[$0].isNoun } ?? core.last
        if let head, scanner.categories[head].contains(.anonymous) {
            return speaker(text, .anonymous)
        }
        if core.contains(where: { scanner.categories[$0].contains(.organisation) }) {
            return speaker(text, .organisation)
        }
        if !isList, let run = nameRun(core), run == core || run.lowerBound > core.lowerBound && !scanner.classes[run.lowerBound - 1].isNoun {
            let written = scanner.nameText(run)
            return speaker(names.fullName(of: written) ?? written, .named)
        }
        return speaker(text, .group)
    }

    /// The phrase before its first preposition or parenthesis ("The leaders [of both France and …]").
    private func coreTokens(_ tokens: Range<Int>) -> Range<Int> {
        var end = tokens.lowerBound
        while end < tokens.upperBound {
            if scanner.isPunctuation(end, "(") { break }
            if scanner.classes[end] == .preposition, end > tokens.lowerBound,
               !(scanner.isWord(end, "at") && scanner.isWord(end + 1, "least")) {
                break
            }
            end += 1
        }
        return tokens.lowerBound..<max(end, tokens.lowerBound + 1)
    }

    /// The run of name words at the end of the phrase ("French Foreign Minister [Laurent Fabius]").
    func nameRun(_ tokens: Range<Int>) -> Range<Int>? {
        var start = tokens.upperBound
        while start > tokens.lowerBound, scanner.isNameWord(start - 1) { start -= 1 }
        return start < tokens.upperBound ? start..<tokens.upperBound : nil
    }

    /// A name run is a person's when a title stands before it ("Minister Laurent Fabius",
    /// "Mr. Pushkov"), when the name is a known person's, or when it has two words or more, is
    /// the whole phrase (or follows a possessive or description) and is not a country.
    func isPerson(phrase tokens: Range<Int>, run: Range<Int>) -> Bool {
        var cursor = run.lowerBound - 1
        while cursor >= tokens.lowerBound,
              scanner.categories[cursor].contains(.modifier) || scanner.isWord(cursor, "of") {
            cursor -= 1
        }
        if cursor >= tokens.lowerBound, scanner.categories[cursor].contains(.title) { return true }
        let written = scanner.nameText(run)
        if names.isKnownPerson(written) { return true }
        guard run.count >= 2 else { return false }
        if run.lowerBound > tokens.lowerBound, scanner.isWord(run.lowerBound - 1, "of") { return false }
        return countries.demonyms(of: written).isEmpty
    }
}
