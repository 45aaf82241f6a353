/// A verb group: auxiliaries, modals, adverbs and negation around one main verb
/// ("may have been bombing", "did not attack", "was urged").
struct VerbGroup: Sendable, Hashable {
    /// Tokens of the group.
    var range: Range<Int>
    /// The main (last) verb.
    var main: Int
    /// The modal verb, if any ("may").
    var modal: Int?
    /// The negation, if any ("not", "n't", "never").
    var negation: Int?
    /// A form of "be" or "get" directly governing a past participle main verb.
    var isPassive: Bool
    /// Whether the group has a modal, "to", or do-support, so a coordinated bare verb can share it.
    var licensesBareVerb: Bool

    /// The modality the auxiliaries give: negated, hedged (a modal other than will/shall), or asserted.
    func modality(in sentence: ClauseSentence) -> (Modality, Int?) {
        if let negation { return (.negated, negation) }
        if let modal, !ClauseSentence.assertingModals.contains(sentence.word(modal)) { return (.hedged, modal) }
        return (.asserted, nil)
    }
}

extension ClauseSentence {
    /// The verb group starting at `start` (adverbs first allowed), if a verb or modal is there.
    /// `requireFinite`: the first verb must be finite (VBD, VBZ, VBP, MD) or a past participle
    /// standing for a past tense (the tagger often tags "imposed" after a subject as VBN).
    func verbGroup(at start: Int, requireFinite: Bool) -> VerbGroup? {
        var index = start
        while index < count, isGroupAdverb(index), !isNegation(index) { index += 1 }
        guard index < count else { return nil }
        let first = index
        let firstTag = tag(first)
        if requireFinite {
            guard isFinite(first) || firstTag == .VBN else { return nil }
        } else {
            guard isVerb(first) || firstTag == .MD else { return nil }
        }
        var main: Int? = nil
        var modal: Int? = nil
        var negation: Int? = nil
        var sawBeOrGet = false
        var passive = false
        var licenses = false
        var end = first
        while index < count {
            let tag = tag(index)
            if tag == .MD {
                modal = index
                licenses = true
            } else if isNegation(index) {
                negation = index
            } else if isGroupAdverb(index) {
                // adverbs inside the group ("has nevertheless maintained")
            } else if (isVerb(index) || isProgressiveAdjective(index)) && !ClauseSentence.ingAdjectives.contains(word(index)) {
                if let previous = main, isBe(previous) || ClauseSentence.getForms.contains(word(previous)) {
                    sawBeOrGet = true
                }
                if ["do", "does", "did"].contains(word(index)), !isVerb(index + 1) || isNegation(index + 1) {
                    licenses = true
                }
                main = index
                passive = sawBeOrGet && (tag == .VBN || tag == .VBD) && !isBe(index)
            } else {
                break
            }
            end = index
            index += 1
            // Stop after a verb that is not followed by another group member.
            if let main, main == index - 1 {
                var next = index
                while next < count, isGroupAdverb(next) || isNegation(next) { next += 1 }
                let continues = next < count && (isVerb(next) || isProgressiveAdjective(next)) && isAuxiliary(main)
                if !continues { break }
            }
        }
        guard let mainVerb = main else { return nil }
        // Trailing adverbs that were scanned but not followed by a verb are not part of the group.
        return VerbGroup(range: first..<(Swift.max(end, mainVerb) + 1), main: mainVerb, modal: modal, negation: negation,
                         isPassive: passive, licensesBareVerb: licenses)
    }

    /// An adverb inside a verb group, including words the tagger sometimes calls verbs there
    /// ("to further complicate").
    func isGroupAdverb(_ index: Int) -> Bool {
        (tag(index)?.isAdverb ?? false) || (word(index) == "further" && isVerb(index + 1))
    }

    /// be / have / do / get forms that can precede another verb in a group.
    func isAuxiliary(_ index: Int) -> Bool {
        let word = word(index)
        return isBe(index) || ["have", "has", "had", "having", "'ve", "'d", "do", "does", "did"].contains(word)
            || ClauseSentence.getForms.contains(word)
    }

    /// An -ing word the tagger called an adjective right after "be" ("is feeling pressure").
    func isProgressiveAdjective(_ index: Int) -> Bool {
        guard tag(index) == .JJ, word(index).hasSuffix("ing"), index > 0 else { return false }
        var previous = index - 1
        while previous > 0, tag(previous)?.isAdverb ?? false { previous -= 1 }
        return isBe(previous)
    }
}
