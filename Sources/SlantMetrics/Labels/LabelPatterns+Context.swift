import SlantText

/// Where a mention stands in its clause, for the apposition and predicate patterns.
extension LabelPatterns {
    /// "Russia, sexism, the FBI, or Wikileaks", "(Russia, the travel ban, and …)": the phrase
    /// after the comma is followed by another comma and then a further item (a noun phrase or
    /// "and"/"or"), so it is an item of a list, not another name for the actor.
    func continuesAList(after head: Int) -> Bool {
        guard word(head + 1) == ",", let next = sentence.tag(head + 2) else { return false }
        return next == .CC || next.isNoun || next.isAdjective || next == .DT || next == .PRPpossessive || next == .CD
    }

    /// "Our relationship with Russia has never been worse", "contacts with the Kremlin are the
    /// subject of …": the mention is the object of a preposition, so what follows the verb is
    /// said of the phrase around it, not of the actor.
    func isPrepositionalObject() -> Bool {
        var before = mentionTokens.lowerBound - 1
        while let tag = sentence.tag(before), Self.determiners.contains(tag) || tag.isAdjective { before -= 1 }
        return Self.prepositions.contains(word(before).lowercased())
    }

    /// Prepositions that cannot introduce a clause (unlike "that", "because", "if", which the
    /// tagger also calls IN).
    static let prepositions: Set<String> = [
        "with", "of", "in", "on", "at", "for", "from", "by", "about", "into", "between", "against", "over", "under",
        "toward", "towards", "among", "through", "without", "like", "despite", "to", "within", "upon", "across",
        "behind", "near", "onto", "alongside", "beside",
    ]
}
