import SlantText

/// Pronoun carry-over inside a paragraph: "Putin says his main goal … demanded that he prove
/// it" gives two inferred mentions of Putin.
///
/// Candidates are, in text order within one paragraph: the mentions of person actors (those
/// with a "he"/"she" alias) by an alias written as a proper name ("Assad", not "Assad
/// regime"), and titled names that belong to no actor ("Mr. Hollande",
/// "Prime Minister David Cameron", "Chancellor Angela Merkel"), which block carry-over. For
/// each he/him/his/himself (or she/her/hers/herself):
///
/// 1. an earlier candidate of a fitting gender in the same sentence: the first one for a
///    subject pronoun (he, she: the subject of the sentence), the nearest one otherwise; else
/// 2. the first fitting candidate of the nearest earlier sentence that has one (the subject of
///    the previous sentence is the likeliest antecedent),
///
/// and when that candidate is a person actor, the pronoun becomes an inferred mention of it
/// (and a candidate itself, so chains carry on). Titles mark gender where they can ("Mr.",
/// "Mrs."); other titled names block both genders. The last word of a titled name is a
/// person's name in the whole document: "Trump" blocks like "President Donald Trump". A reflexive right after a mention
/// ("Putin himself") only stresses it and is not counted. Nothing crosses a paragraph.
///
/// Where the antecedent is uncertain the resolver abstains (``PronounCues``): a pronoun with no
/// antecedent still blocks, persons named with a speech or relative-clause cue block, a speech
/// tag looks only at earlier sentences outside quotation marks, a possessive after two persons
/// needs its nearest within three words, and an object pronoun skips its verb's subject.
/// Precision on a hand-judged AllSides sample: docs/VALIDATION.md, "Pronoun carry-over".
struct PronounResolver {
    let actors: [ActorPattern]
    let document: AnalysedDocument

    private struct Candidate {
        var token: Int
        var sentence: Int
        /// The actor and the id of its mention, or nil for a titled name that is no actor.
        var actor: Int?
        var mentionID: Int
        /// nil: fits either gender.
        var gender: ActorPattern.Gender?
        /// Inside quotation marks.
        var quoted = false
        /// The token after the candidate's last one (nil: `token + 1`).
        var end: Int?
    }

    private enum Event {
        case candidate(Candidate)
        case pronoun(token: Int, gender: ActorPattern.Gender, kind: PronounKind)
    }

    /// The grammatical role a pronoun's form shows.
    enum PronounKind: Sendable, Hashable {
        case subject, object, possessive, reflexive

        init(_ folded: String) {
            switch folded {
            case "he", "she": self = .subject
            case "his", "hers": self = .possessive
            case "himself", "herself": self = .reflexive
            default: self = .object  // him, her (object or possessive: both prefer the nearest)
            }
        }
    }

    func resolve(_ explicit: [[Mention]]) -> [[Mention]] {
        var events = Events(quoted: PronounCues.quotedTokens(in: document))
        collectPersonMentions(explicit, into: &events)
        collectPronounsAndTitledNames(into: &events)
        collectNamedPersons(into: &events)
        collectKnownSurnames(into: &events)

        var pronounMentions = Array(repeating: [(id: Int, mention: Mention)](), count: actors.count)
        var nextID = explicit.map(\.count)
        for paragraph in events.byParagraph.keys.sorted() {
            guard let list = events.byParagraph[paragraph]?.sorted(by: { $0.0 < $1.0 }) else { continue }
            var candidates: [Candidate] = []
            for (_, event) in list {
                switch event {
                case .candidate(let candidate):
                    candidates.append(candidate)
                case .pronoun(let tokenIndex, let gender, let kind):
                    if kind == .reflexive && events.mentionEnds.contains(tokenIndex) { continue }
                    let sentence = sentenceIndex(ofToken: tokenIndex, paragraph: paragraph)
                    let quoted = events.quoted.contains(tokenIndex)
                    // A speech tag's speaker is not whom the quotation talks about.
                    let speechTag = PronounCues.isSpeechTag(tokenIndex, in: document, sentence: document.sentences[sentence])
                    let eligible = speechTag ? candidates.filter { !$0.quoted && $0.sentence < sentence } : candidates
                    let subjectOfVerb = kind == .object && eligible.last.map {
                        $0.sentence == sentence && PronounCues.isSubject($0.token, ofVerbBefore: tokenIndex, in: document)
                    } == true
                    guard !subjectOfVerb,
                          let antecedent = antecedent(in: eligible, sentence: sentence, gender: gender, kind: kind, pronoun: tokenIndex)
                    else {
                        // Someone the paragraph does not name: the pronoun still blocks those after it.
                        candidates.append(Candidate(token: tokenIndex, sentence: sentence, actor: nil, mentionID: -1,
                                                    gender: gender, quoted: quoted))
                        continue
                    }
                    var resolved = Candidate(token: tokenIndex, sentence: sentence, actor: antecedent.actor, mentionID: -1,
                                             gender: gender, quoted: quoted)
                    if let actor = antecedent.actor, actors[actor].gender == gender {
                        let token = document.tokens[tokenIndex]
                        let id = nextID[actor]
                        nextID[actor] += 1
                        resolved.mentionID = id
                        pronounMentions[actor].append((id, Mention(
                            kind: .pronoun, alias: Countries.fold(token.text), sentence: sentence, paragraph: paragraph,
                            tokens: tokenIndex..<(tokenIndex + 1), range: token.range, isPossessive: kind == .possessive,
                            antecedent: antecedent.mentionID)))
                    }
                    candidates.append(resolved)
                }
            }
        }
        return actors.indices.map { merge(explicit[$0], pronounMentions[$0]) }
    }

    /// What the passes over the document collect.
    private struct Events {
        /// Tokens inside quotation marks.
        var quoted: Set<Int>
        var byParagraph: [Int: [(Int, Event)]] = [:]
        /// Token index right after an explicit person mention (for "Putin himself").
        var mentionEnds = Set<Int>()
        /// Tokens inside explicit person mentions and titled names.
        var covered = Set<Int>()
        /// Last words of titled names ("Trump" from "President Donald Trump"), with the title's gender.
        var surnames: [UInt64: ActorPattern.Gender?] = [:]

        mutating func add(_ event: Event, at token: Int, paragraph: Int) {
            byParagraph[paragraph, default: []].append((token, event))
        }
    }

    /// Mentions of person actors by a proper name are candidates.
    private func collectPersonMentions(_ explicit: [[Mention]], into events: inout Events) {
        for (actorIndex, actor) in actors.enumerated() {
            guard let gender = actor.gender else { continue }
            let names = actor.properNames
            for (id, mention) in explicit[actorIndex].enumerated() where !mention.isInCompound && names.contains(mention.alias) {
                events.covered.formUnion(mention.tokens)
                events.mentionEnds.insert(mention.tokens.upperBound)
                let candidate = Candidate(token: mention.tokens.lowerBound, sentence: mention.sentence, actor: actorIndex,
                                          mentionID: id, gender: gender, quoted: events.quoted.contains(mention.tokens.lowerBound),
                                          end: mention.tokens.upperBound)
                events.add(.candidate(candidate), at: mention.tokens.lowerBound, paragraph: mention.paragraph)
            }
        }
    }

    /// Pronouns, and titled names that belong to no actor (blocking candidates, whose last
    /// word is remembered as a person's name for the whole document).
    private func collectPronounsAndTitledNames(into events: inout Events) {
        for (sentenceIndex, sentence) in document.sentences.enumerated() {
            var index = sentence.tokens.lowerBound
            while index < sentence.tokens.upperBound {
                let token = document.tokens[index]
                defer { index += 1 }
                // Most words are neither pronouns nor titles: rule them out by hash, without a string.
                guard token.kind == .word, Self.candidateHashes.contains(PieceKey.hash(token.text)) else { continue }
                let folded = Countries.fold(token.text)
                if let gender = ActorPattern.pronounGender(ofWord: folded) {
                    events.add(.pronoun(token: index, gender: gender, kind: PronounKind(folded)), at: index, paragraph: sentence.paragraph)
                } else if let title = PersonTitles.gender(ofTitle: folded) {
                    let name = titledName(after: index, in: sentence)
                    guard !name.isEmpty, events.covered.isDisjoint(with: name), !events.covered.contains(index) else { continue }
                    events.covered.formUnion(name)
                    events.surnames[PieceKey.hash(document.tokens[name.upperBound - 1].text)] = title
                    let candidate = Candidate(token: name.lowerBound, sentence: sentenceIndex, actor: nil, mentionID: -1, gender: title,
                                              quoted: events.quoted.contains(name.lowerBound), end: name.upperBound)
                    events.add(.candidate(candidate), at: name.lowerBound, paragraph: sentence.paragraph)
                }
            }
        }
    }

    /// Persons named without a title but marked by a cue ("Flynn said", "George W. Bush, who"):
    /// blocking candidates; a name of two words or more also makes its last word a known name.
    private func collectNamedPersons(into events: inout Events) {
        for (sentenceIndex, sentence) in document.sentences.enumerated() {
            for run in PronounCues.namedPersons(in: sentence, of: document, covered: events.covered) {
                events.covered.formUnion(run)
                let surname = PieceKey.hash(document.tokens[run.upperBound - 1].text)
                if run.count >= 2, events.surnames[surname] == nil { events.surnames[surname] = .some(nil) }
                let candidate = Candidate(token: run.lowerBound, sentence: sentenceIndex, actor: nil, mentionID: -1, gender: nil,
                                          quoted: events.quoted.contains(run.lowerBound), end: run.upperBound)
                events.add(.candidate(candidate), at: run.lowerBound, paragraph: sentence.paragraph)
            }
        }
    }

    /// Later (or earlier) uses of a titled person's last name ("Trump" after "President Donald
    /// Trump") block carry-over like the titled name itself.
    private func collectKnownSurnames(into events: inout Events) {
        guard !events.surnames.isEmpty else { return }
        for (sentenceIndex, sentence) in document.sentences.enumerated() {
            for index in sentence.tokens where !events.covered.contains(index) {
                let token = document.tokens[index]
                guard token.kind == .word, let first = token.text.utf8.first, PieceKey.isUpper(first),
                      let gender = events.surnames[PieceKey.hash(token.text)]
                else { continue }
                let candidate = Candidate(token: index, sentence: sentenceIndex, actor: nil, mentionID: -1, gender: gender,
                                          quoted: events.quoted.contains(index))
                events.add(.candidate(candidate), at: index, paragraph: sentence.paragraph)
            }
        }
    }

    /// Hashes of the folded pronouns and titles the resolver looks for.
    private static let candidateHashes: Set<UInt64> = {
        let words = ["he", "him", "his", "himself", "she", "her", "hers", "herself"]
            + PersonTitles.masculine + PersonTitles.feminine + PersonTitles.neutral
        return Set(words.map { PieceKey.hash($0) })
    }()

    /// Rule 1, then rule 2 (see the type's documentation).
    private func antecedent(
        in candidates: [Candidate], sentence: Int, gender: ActorPattern.Gender, kind: PronounKind, pronoun: Int
    ) -> Candidate? {
        let fitting = candidates.filter { $0.gender == nil || $0.gender == gender }
        // A possessive after two persons is left alone, unless the nearest stands right before it
        // ("Assad and his ally", "punish him for his adventures").
        if kind == .possessive, Self.personCount(fitting.filter { $0.sentence == sentence }) > 1 {
            guard let nearest = fitting.last,
                  PronounCues.isClose(nearest.end ?? (nearest.token + 1), to: pronoun, in: document) else { return nil }
            return nearest
        }
        // A subject pronoun prefers the sentence's subject ("Tillerson got an award from Putin,
        // and he …"); others the nearest person ("… isolating Putin to punish him").
        let same = kind == .subject ? fitting.first(where: { $0.sentence == sentence }) : fitting.last(where: { $0.sentence == sentence })
        if let same { return same }
        guard let previous = fitting.last(where: { $0.sentence < sentence }) else { return nil }
        return fitting.first { $0.sentence == previous.sentence }
    }

    /// How many different persons the candidates stand for: one per actor, one per other name.
    private static func personCount(_ candidates: [Candidate]) -> Int {
        var actors = Set<Int>()
        var others = 0
        for candidate in candidates {
            if let actor = candidate.actor { actors.insert(actor) } else { others += 1 }
        }
        return actors.count + others
    }

    /// The capitalised words after a title at `index` ("Mr. Bashar al-Assad" → "Bashar al-Assad").
    private func titledName(after index: Int, in sentence: Sentence) -> Range<Int> {
        var end = index + 1
        while end < sentence.tokens.upperBound {
            let token = document.tokens[end]
            guard token.kind == .word, let first = token.text.utf8.first, PieceKey.isUpper(first) || first >= 0xC0,
                  PersonTitles.gender(ofTitle: Countries.fold(token.text)) == nil || end == index + 1
            else { break }
            end += 1
        }
        return (index + 1)..<end
    }

    private func sentenceIndex(ofToken token: Int, paragraph: Int) -> Int {
        for index in document.paragraphs[paragraph].sentences where document.sentences[index].tokens.contains(token) {
            return index
        }
        return document.paragraphs[paragraph].sentences.lowerBound
    }

    /// Explicit and inferred mentions in text order, with antecedent ids turned into indices.
    private func merge(_ explicit: [Mention], _ inferred: [(id: Int, mention: Mention)]) -> [Mention] {
        guard !inferred.isEmpty else { return explicit }
        var tagged = explicit.enumerated().map { (id: $0.offset, mention: $0.element) } + inferred
        tagged.sort { $0.mention.tokens.lowerBound < $1.mention.tokens.lowerBound }
        var position: [Int: Int] = [:]
        for (index, entry) in tagged.enumerated() { position[entry.id] = index }
        return tagged.map { entry in
            var mention = entry.mention
            if let id = mention.antecedent { mention.antecedent = position[id] }
            return mention
        }
    }
}
