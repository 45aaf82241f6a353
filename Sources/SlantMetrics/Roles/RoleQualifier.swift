/// A qualifier on an actor's reading: how the text hedges or motivates the role it casts, read
/// from the same mentions as the role.
///
/// - ``wouldBe``: at least half of the mentions that cast the main role are decided by an act
///   that is only hedged or intended ("is ready to support", "would protect", "to join"): a
///   promised role more than a realised one.
/// - ``selfInterested``: the actor is the agent of gain/benefit actions ("might score political
///   benefits", "playing for leverage") in at least ``RoleQualifier/minimumGains`` mentions, and
///   in at least one for every ``RoleQualifier/castingPerGain`` mentions that cast it: the text
///   keeps asking what the actor gets out of it. Advantages others offer it ("incentives") do not
///   count.
public enum RoleQualifier: String, CaseIterable, Sendable, Hashable, CustomStringConvertible {
    case wouldBe = "would-be"
    case selfInterested = "self-interested"

    public var description: String { rawValue }

    /// Share of the main role's casting mentions that must be hedged or intended for "would-be".
    public static let hedgedMajority = 0.5
    /// Gain mentions needed for "self-interested", at least…
    public static let minimumGains = 2
    /// …and at least one per this many casting mentions.
    public static let castingPerGain = 5

    /// The qualifiers of `main` (the reading's role, or the first of a mixed one) over `roles`.
    static func qualifiers(_ roles: [MentionRole], main: NarrativeRole?) -> [RoleQualifier] {
        guard let main else { return [] }
        var mainCasting = 0, mainHedged = 0, casting = 0, gains = 0
        for role in roles {
            if role.role.isCasting, role.confidence > 0 {
                casting += 1
                if role.role == main {
                    mainCasting += 1
                    if let decisive = role.decisive, let modality = role.judgements[decisive].link?.modality,
                       modality == .hedged || modality == .intended {
                        mainHedged += 1
                    }
                }
            }
            if role.judgements.contains(where: { judgement in
                guard let link = judgement.link else { return false }
                return link.role == .agent && link.predicate?.actionClass == .gainBenefit
                    && link.modality != .negated && link.modality != .demanded
            }) {
                gains += 1
            }
        }
        var result: [RoleQualifier] = []
        if mainCasting > 0, Double(mainHedged) / Double(mainCasting) >= hedgedMajority { result.append(.wouldBe) }
        if gains >= minimumGains, gains * castingPerGain >= casting { result.append(.selfInterested) }
        return result
    }
}
