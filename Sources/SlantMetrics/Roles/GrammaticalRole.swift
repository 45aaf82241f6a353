/// The actor's part in a clause: who does what to whom.
public enum GrammaticalRole: String, CaseIterable, Sendable, Hashable, CustomStringConvertible {
    /// Does the action: subject of an active verb, "by" phrase of a passive, owner of an action noun.
    case agent
    /// Undergoes the action: object, subject of a passive, target of an action noun.
    case patient
    /// Speaks: subject of a neutral reporting verb ("Putin said"), "according to X".
    case speaker
    /// Owns or modifies a noun that is not an action ("Russia's role", "Russian towns").
    case possessor
    /// Only mentioned: none of the above.
    case mentioned

    public var description: String { rawValue }
}

/// Which clause shape placed the actor; every link says which one, so `explain` can show it.
public enum ClauseShape: String, CaseIterable, Sendable, Hashable, CustomStringConvertible {
    case activeSubject, passiveSubject, passiveByAgent, reducedPassive, participle, infinitiveSubject
    case coordinatedVerb, participleAdjunct, proForm, relativeClause, catenativeComplement, adjectiveComplement
    case lightVerb, undergoLightVerb, predicateNominal
    case directObject, directive, smallClause, recipient
    case nominalPossessive, nominalModifier, nominalBy, nominalOf, nominalTarget, nominalFrom, nominalBeneficiary
    case comitative, goalNoun, compound, reportingSpeaker, accordingTo, quoteSpeaker, possessor, onlyMentioned

    public var description: String { rawValue }

    /// The shape in words, with an example.
    public var summary: String {
        switch self {
        case .activeSubject: "subject of an active verb ('Russia bombed…')"
        case .passiveSubject: "subject of a passive verb ('Russia was urged…')"
        case .passiveByAgent: "'by' phrase of a passive verb ('…were attacked by Russia')"
        case .reducedPassive: "noun followed by a passive participle ('rebels backed by the West')"
        case .participle: "noun followed by an -ing participle ('Russian jets operating in Syria')"
        case .infinitiveSubject: "subject of a to-infinitive ('Russia to join…', 'for Moscow to show…')"
        case .coordinatedVerb: "subject shared with a coordinated verb ('bombed X and shelled Y')"
        case .participleAdjunct: "subject of a participle clause ('…, angering Washington')"
        case .proForm: "subject of 'what … has done' after an action ('…supporting the regime, which is what Russia has done')"
        case .relativeClause: "antecedent of a relative clause ('Russia, which has backed Assad, …')"
        case .catenativeComplement: "subject of a verb's verb complement ('began bombing', 'wants to join')"
        case .adjectiveComplement: "subject of an adjective's complement ('is ready to support')"
        case .lightVerb: "light verb with an action noun ('launched airstrikes' → airstrike)"
        case .undergoLightVerb: "undergoes a light verb's action noun ('faces sanctions')"
        case .predicateNominal: "'be' with an action noun ('has been a constructive partner')"
        case .directObject: "object of an active verb ('…propping up Assad')"
        case .directive: "object of a directive ('told Putin to stop')"
        case .smallClause: "object that is also the subject of the next verb ('urged Russia to join')"
        case .recipient: "recipient of a giving verb ('provided assistance to the regime')"
        case .nominalPossessive: "possessor of an action noun ('Russia's intervention')"
        case .nominalModifier: "modifier of an action noun ('Russian bombing')"
        case .nominalBy: "'by' phrase of an action noun ('airstrikes by Russia')"
        case .nominalOf: "'of' phrase of an action noun ('the annexation of Crimea')"
        case .nominalTarget: "target of an action noun ('sanctions on Moscow', 'attacks on Russia')"
        case .nominalFrom: "source of an action noun ('cooperation from Russia')"
        case .nominalBeneficiary: "beneficiary of an action noun ('support for Iraq', 'an opening for Putin')"
        case .comitative: "partner in a joint action ('cooperation with Moscow', 'met with Putin')"
        case .goalNoun: "owner of an aim ('Russia's priority is propping up Assad')"
        case .compound: "first part of a hyphenated modifier ('Russian-backed forces')"
        case .reportingSpeaker: "subject of a reporting verb ('Putin said')"
        case .accordingTo: "'according to X'"
        case .quoteSpeaker: "names the speaker of a quote found by the quote analysis ('…,' Aleksei Pushkov, the head of the Russian parliament’s committee, said)"
        case .possessor: "owner or modifier of a noun that is not an action ('Russia's role')"
        case .onlyMentioned: "none of the clause shapes applies"
        }
    }
}
