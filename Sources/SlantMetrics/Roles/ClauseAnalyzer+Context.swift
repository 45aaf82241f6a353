/// Modality from what governs a clause from further away than its own auxiliaries: a negative
/// word in front of the action ("no cooperation with Russia", "without Russian help"), a negative
/// predicate over a hypothetical or an "any" phrase ("impossible … that there would be any
/// military cooperation with the Russians"), and a verb of wanting or refusing that governs the
/// clause the actor is an argument of ("we'll want to make sure this is coupled with continued
/// cooperation from Russia": wanted, not realised).
extension ClauseAnalyzer {
    /// Predicates that deny what they govern when it is only possible or an "any" phrase.
    static let negativePredicates: Set<String> = ["impossible", "unthinkable", "inconceivable", "unimaginable"]
    /// Verbs (lemmas) that deny an "any" phrase in their object ("ruled out any cooperation").
    static let negatingVerbs: Set<String> = ["refuse", "reject", "rule", "deny", "decline", "exclude", "preclude"]
    /// Words that end the clause when looking back for what governs an action.
    static let contextStops: Set<String> = [";", ":", ",", "--", "—", "(", ")", "but", "because", "although", "though",
                                            "while", "whereas", "if", "unless", "whether", "when", "since", "after",
                                            "before", "until", "and", "or", "so", "than"]
    /// Shapes in which the actor is an argument of the action, not the subject of a verb group
    /// whose catenatives ``mainVerbLinks`` already read. Not the owner of an action noun: "wants
    /// to acknowledge Russia's invasion" wants the acknowledging; the invasion is taken as given.
    static let argumentShapes: Set<ClauseShape> = [.directObject, .recipient, .comitative, .nominalBy, .nominalFrom,
                                                   .nominalOf, .nominalTarget, .nominalBeneficiary, .passiveByAgent]
    /// How far back (in tokens) a governing word is looked for.
    static let contextWindow = 14

    /// The link with the modality its wider context gives it (never stronger than it was).
    func inContext(_ link: ClauseLink, sentence: ClauseSentence) -> ClauseLink {
        guard let predicate = link.predicate, link.modality != .negated else { return link }
        var link = link
        let anchor = predicate.kind == .noun ? sentence.nounPhraseStart(endingAt: predicate.token) : predicate.token
        let phrase = anchor..<predicate.token
        // "no cooperation with Russia", "without cooperation from Russia", "without bombing ISIS".
        if let no = phrase.first(where: { sentence.word($0) == "no" }) {
            link.modality = .negated
            link.modalityCue = no
            return link
        }
        if sentence.word(anchor - 1) == "without" {
            link.modality = .negated
            link.modalityCue = anchor - 1
            return link
        }
        let hasAny = phrase.contains { sentence.word($0) == "any" }
        var catenative: (Modality, Int)? = nil
        var index = anchor - 1
        var crossedThat = false
        while index >= 0, index >= anchor - Self.contextWindow {
            let word = sentence.word(index)
            let tag = sentence.tag(index)
            if Self.contextStops.contains(word) || tag == .WDT || tag == .WP || tag == .openingQuote || tag == .closingQuote {
                break
            }
            if word == "that" { crossedThat = true }
            // "impossible … that there would be any cooperation", "it is impossible that Russia would join".
            if Self.negativePredicates.contains(word), link.modality == .hedged || hasAny {
                link.modality = .negated
                link.modalityCue = index
                return link
            }
            // "did not expect any cooperation from Moscow", "ruled out any cooperation with Russia".
            if hasAny, sentence.isNegation(index) || word == "never"
                || (sentence.isVerb(index) && Self.negatingVerbs.contains(data.lemmatizer.lemma(of: sentence.words[index]))) {
                link.modality = .negated
                link.modalityCue = index
                return link
            }
            // "want to make sure this is coupled with cooperation from Russia", "refused to cooperate with Moscow".
            if catenative == nil, !crossedThat, Self.argumentShapes.contains(link.shape), sentence.isVerb(index),
               sentence.word(index + 1) == "to", let governing = words.catenative(data.lemmatizer.lemma(of: sentence.words[index])),
               governing.modality != .asserted {
                catenative = (governing.modality, index)
            }
            index -= 1
        }
        if let (modality, cue) = catenative, link.modality.combined(with: modality) != link.modality {
            link.modality = link.modality.combined(with: modality)
            link.modalityCue = cue
        }
        return link
    }
}
