/// How often an actor acts rather than is acted on: `agency(A)`.
///
/// Each mention counts once, by its primary role (the governing clause's: "urged Russia to
/// join" counts Russia as patient of "urge", not agent of "join").
public struct AgencySummary: Sendable, Hashable {
    public var agent: Int
    public var patient: Int
    public var speaker: Int
    public var possessor: Int
    public var mentioned: Int

    /// agent / (agent + patient); nil when the actor is neither in any mention.
    public var share: Double? {
        agent + patient > 0 ? Double(agent) / Double(agent + patient) : nil
    }

    /// Mentions that are neither agent nor patient.
    public var other: Int { speaker + possessor + mentioned }
    public var mentions: Int { agent + patient + other }

    public init(_ roles: [MentionRole]) {
        var counts: [GrammaticalRole: Int] = [:]
        for role in roles { counts[role.grammaticalRole, default: 0] += 1 }
        agent = counts[.agent] ?? 0
        patient = counts[.patient] ?? 0
        speaker = counts[.speaker] ?? 0
        possessor = counts[.possessor] ?? 0
        mentioned = counts[.mentioned] ?? 0
    }

    /// One observation per mention for a bootstrap of ``share``: 1 over 1 for an agent, 0 over 1
    /// for a patient, 0 over 0 for the others (they count for nothing).
    public static func observations(_ roles: [MentionRole]) -> [Observation] {
        roles.map { role in
            let primary = role.grammaticalRole
            return Observation(documentID: role.documentID, sentenceIndex: role.mention.sentence,
                               numerator: primary == .agent ? 1 : 0,
                               denominator: primary == .agent || primary == .patient ? 1 : 0,
                               isEvidence: primary == .agent || primary == .patient)
        }
    }

    /// A 95% bootstrap interval of ``share``: resampling documents when there are two or more,
    /// else sentences; nil when fewer than two units.
    public static func interval(_ roles: [MentionRole]) -> ClosedRange<Double>? {
        let observations = observations(roles).filter { $0.denominator > 0 }
        let documents = Set(observations.map(\.documentID)).count
        return Bootstrap.interval(of: observations, statistic: .mean, unit: documents >= 2 ? .document : .sentence)
    }

    /// Each mention's evidence, its rule naming the grammatical role and shape;
    /// contribution 1 for agent, 0 for patient, nil for others.
    public static func evidence(_ roles: [MentionRole]) -> [Evidence] {
        roles.map { role in
            var evidence = role.evidence
            let clause = role.clause
            var rule = "\(clause.primaryRole.rawValue): \(clause.primaryShape.summary)"
            if let predicate = clause.links.first?.predicate { rule += ", '\(predicate.lemma)'" }
            if let link = clause.links.first, link.modality != .asserted { rule += ", \(link.modality.rawValue)" }
            if role.mention.isInferred { rule += " (inferred mention)" }
            evidence.rule = rule
            switch clause.primaryRole {
            case .agent: evidence.contribution = 1
            case .patient: evidence.contribution = 0
            case .speaker, .possessor, .mentioned: evidence.contribution = nil
            }
            return evidence
        }
    }
}
