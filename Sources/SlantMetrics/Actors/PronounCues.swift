import SlantText

/// Cues that keep pronoun carry-over from guessing (measured on a hand-judged AllSides sample,
/// docs/VALIDATION.md "Pronoun carry-over"):
///
/// - **Named persons without a title.** A run of capitalised words that speaks ("Flynn said",
///   "…, said Michael Doran") or is described by a relative clause ("George W. Bush, who …")
///   is a person who is no actor: it blocks like a titled name, and a run of two words or more
///   makes its last word a known person's name for the whole document ("Flynn" after
///   "Michael Flynn said").
/// - **Speech tags.** In "'… stop Assad's impunity,' he said" or "… a plan to remove al-Assad, he
///   told CNN" the pronoun is the speaker, and the speaker is not whom the speech talks about: a
///   pronoun after a closing quotation mark or a comma and before a reporting verb takes its
///   antecedent from an earlier sentence, outside quotation marks.
/// - **Two persons.** A possessive after two different persons in its sentence ("Trump met
///   Putin and praised his …") is left alone, unless the nearest stands at most three words
///   before it with no punctuation between ("Assad and his ally", "punish him for his …").
/// - **Not its own verb's object.** "Putin one-upped him", "Trump tapped him": an object
///   pronoun does not refer to the subject of its verb, so when the person right before is
///   that subject the pronoun is left alone.
enum PronounCues {
    /// Reporting verbs that mark a speaker right before or after a name or pronoun.
    static let reportingVerbs: Set<String> = [
        "said", "says", "told", "tells", "added", "adds", "wrote", "writes", "tweeted", "asked", "explained",
        "noted", "argued", "insisted", "replied", "warned", "declared", "stated", "testified",
        "recalled", "claimed", "acknowledged", "admitted", "concluded", "responded",
    ]

    /// Adverbs that may stand between a speech tag's pronoun and its verb.
    static let speechAdverbs: Set<String> = ["also", "later", "then", "again", "once", "recently", "previously", "earlier"]

    /// Capitalised words that begin sentences without naming anyone.
    static let notNames: Set<String> = [
        "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "there", "the", "a", "an",
        "who", "what", "officials", "his", "her", "their", "its", "one", "some", "many", "but", "and", "as", "then",
    ]

    /// Tokens inside quotation marks, counted within each paragraph (an unclosed quotation ends
    /// with its paragraph).
    static func quotedTokens(in document: AnalysedDocument) -> Set<Int> {
        var quoted = Set<Int>()
        for paragraph in document.paragraphs {
            var inside = false
            for sentence in paragraph.sentences where document.sentences.indices.contains(sentence) {
                for index in document.sentences[sentence].tokens {
                    switch document.tokens[index].kind {
                    case .openingQuote: inside = true
                    case .closingQuote: inside = false
                    default: if inside { quoted.insert(index) }
                    }
                }
            }
        }
        return quoted
    }

    /// A pronoun that tags reported speech: a closing quotation mark or a comma right before it,
    /// a reporting verb right after it or after one adverb ("…,” he said", "…, he also told CNN").
    static func isSpeechTag(_ index: Int, in document: AnalysedDocument, sentence: Sentence) -> Bool {
        guard index > sentence.tokens.lowerBound else { return false }
        let before = document.tokens[index - 1]
        guard before.kind == .closingQuote || before.text == "," else { return false }
        guard sentence.tokens.contains(index + 1) else { return false }
        let next = document.tokens[index + 1].text.lowercased()
        if reportingVerbs.contains(next) { return true }
        // One adverb between: "he also said", "he later added" (not "he has claimed that …").
        guard speechAdverbs.contains(next), sentence.tokens.contains(index + 2) else { return false }
        return reportingVerbs.contains(document.tokens[index + 2].text.lowercased())
    }

    /// Whether the person starting at `name` is the subject of the verb whose object is the
    /// pronoun at `pronoun`: one to three words between them ("Putin one-upped him",
    /// "Vladimir Putin told him", "Trump has fired him"), no punctuation and no preposition
    /// ("isolating Putin to punish him" is no such case).
    static func isSubject(_ name: Int, ofVerbBefore pronoun: Int, in document: AnalysedDocument) -> Bool {
        let between = (name + 1)..<pronoun
        guard (1...3).contains(between.count) else { return false }
        return between.allSatisfy { index in
            let token = document.tokens[index]
            return token.kind == .word && !prepositions.contains(token.text.lowercased())
        }
    }

    /// At most three words (no punctuation, no quotation mark) from `end` to the pronoun.
    static func isClose(_ end: Int, to pronoun: Int, in document: AnalysedDocument) -> Bool {
        let between = end..<max(end, pronoun)
        return between.count <= 3 && between.allSatisfy { document.tokens[$0].kind == .word || document.tokens[$0].kind == .clitic }
    }

    private static let prepositions: Set<String> = [
        "to", "for", "with", "of", "and", "or", "by", "from", "on", "at", "in", "into", "about", "against", "than", "as",
        "like", "without", "toward", "towards", "that", "who", "whom",
    ]

    /// Runs of capitalised words in a sentence that name a person by a cue: a reporting verb
    /// right after ("Flynn said") or right before ("said Michael Doran"), or "who" after, with
    /// or without a comma ("George W. Bush, who").
    static func namedPersons(in sentence: Sentence, of document: AnalysedDocument, covered: Set<Int>) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var index = sentence.tokens.lowerBound
        while index < sentence.tokens.upperBound {
            guard isNameWord(index, in: document), !covered.contains(index) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < sentence.tokens.upperBound, isNameWord(end, in: document), !covered.contains(end) { end += 1 }
            let run = index..<end
            index = end
            if run.count == 1, notNames.contains(document.tokens[run.lowerBound].text.lowercased()) { continue }
            if hasCue(run, in: sentence, of: document) { runs.append(run) }
        }
        return runs
    }

    private static func hasCue(_ run: Range<Int>, in sentence: Sentence, of document: AnalysedDocument) -> Bool {
        func word(_ index: Int) -> String? {
            sentence.tokens.contains(index) ? document.tokens[index].text.lowercased() : nil
        }
        if let next = word(run.upperBound) {
            if reportingVerbs.contains(next) || next == "who" { return true }
            if next == ",", word(run.upperBound + 1) == "who" { return true }
        }
        if let previous = word(run.lowerBound - 1), reportingVerbs.contains(previous) {
            // "said Michael Doran", but not "told Reuters": a name after the verb has two words.
            return run.count >= 2
        }
        return false
    }

    /// A capitalised word or an initial ("W."), not a title.
    private static func isNameWord(_ index: Int, in document: AnalysedDocument) -> Bool {
        let token = document.tokens[index]
        guard token.kind == .word, let first = token.text.utf8.first, PieceKey.isUpper(first) else { return false }
        return PersonTitles.gender(ofTitle: token.text.lowercased()) == nil
    }
}

/// Words that introduce a person's name ("President", "Mr.", "Chancellor"), with the gender
/// they imply when they imply one.
///
/// A title followed by capitalised words marks a person who is no actor ("Attorney General Jeff
/// Sessions", "national security adviser Michael Flynn", "Justice Anthony Kennedy"), and whose
/// last name then blocks pronoun carry-over in the whole document (``PronounResolver``). The
/// neutral list follows the titles of `Resources/quotes/speaker_words.tsv`, plus a few role
/// nouns that stand before names in news text ("candidate Joe Biden", "lawyer Michael Cohen").
enum PersonTitles {
    /// `.some(gender)` for a title (gender nil when it does not tell), nil for other words.
    static func gender(ofTitle folded: String) -> ActorPattern.Gender?? {
        if masculine.contains(folded) { return .some(.masculine) }
        if feminine.contains(folded) { return .some(.feminine) }
        if neutral.contains(folded) { return .some(nil) }
        return nil
    }

    static let masculine: Set<String> = ["mr.", "mr", "king", "prince", "sheikh", "chairman", "spokesman", "congressman"]
    static let feminine: Set<String> = ["mrs.", "mrs", "ms.", "ms", "miss", "queen", "princess", "chairwoman", "spokeswoman", "congresswoman"]
    static let neutral: Set<String> = [
        "dr.", "president", "minister", "secretary", "secretary-general", "chancellor", "sen.", "senator", "rep.",
        "gov.", "governor", "gen.", "pope", "ambassador", "premier", "envoy", "commander", "col.", "lt.",
        "sgt.", "judge", "emir", "ayatollah", "mayor", "leader", "pm",
        // Titles that speaker_words.tsv knows as well.
        "vice-president", "undersecretary", "representative", "spokesperson", "general", "maj.", "adm.", "admiral",
        "colonel", "chief", "director", "lawmaker", "justice", "attorney", "professor", "prof.", "adviser", "advisor",
        // Role nouns before a name.
        "candidate", "counsel", "lawyer", "aide", "analyst", "nominee",
    ]
}
