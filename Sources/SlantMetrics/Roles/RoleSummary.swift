import SlantText

/// The aggregated reading of an actor's roles: one main role, two mixed, or unclear.
public enum RoleReading: Sendable, Hashable, CustomStringConvertible {
    /// One role carries at least the majority share of the casting weight.
    case cast(NarrativeRole)
    /// No role has the majority, or the runner-up holds a substantial share: the two heaviest,
    /// heaviest first.
    case mixed(NarrativeRole, NarrativeRole)
    /// Too few mentions cast the actor at all.
    case unclear

    public var description: String {
        switch self {
        case .cast(let role): role.rawValue
        case .mixed(let first, let second): "mixed (\(first.rawValue)/\(second.rawValue))"
        case .unclear: "unclear"
        }
    }
}

/// `role(A)` over many mentions: the weight each narrative and fine role gets, and the reading.
///
/// A mention counts for its decided role with its confidence (rule confidence × modality
/// weight). The reading is the role with at least `majority` of the casting weight (protagonist,
/// antagonist and innocent) while the runner-up has less than `minority` of it; "mixed" when no
/// role has the majority or the runner-up holds a quarter or more (one casting in four on the
/// other side is a counter-portrayal, not a stray note: docs/ROLES.md); "unclear" when fewer than
/// `minimumCasting` mentions cast the actor or their weight is below `minimumWeight`.
public struct RoleSummary: Sendable, Hashable {
    public var reading: RoleReading
    /// The heaviest fine role within the main role (the first of a mixed reading).
    public var fine: FineRole?
    /// Casting weight by role (protagonist, antagonist, innocent).
    public var weights: [NarrativeRole: Double]
    public var fineWeights: [FineRole: Double]
    /// Mentions by decided role (all five).
    public var counts: [NarrativeRole: Int]
    public var mentions: Int
    /// Mentions with a casting role.
    public var casting: Int
    /// Share of the casting weight of the main (or first mixed) role, scaled down when the total
    /// weight is under 3 (thin evidence); nil when unclear.
    public var confidence: Double?
    /// Share of the casting mentions whose deciding action is hedged or only intended ("would
    /// protect", "is ready to support"): a would-be role rather than a realised one. Nil when none casts.
    public var hedgedShare: Double?
    /// How the text hedges or motivates the main role ("would-be", "self-interested"); empty
    /// when unclear. See ``RoleQualifier``.
    public var qualifiers: [RoleQualifier] = []

    public init(_ roles: [MentionRole], minimumCasting: Int = 3, minimumWeight: Double = 1.0, majority: Double = 0.6,
                minority: Double = 0.25) {
        var weights: [NarrativeRole: Double] = [:]
        var fineWeights: [FineRole: Double] = [:]
        var counts: [NarrativeRole: Int] = [:]
        var casting = 0
        var hedged = 0
        for role in roles {
            counts[role.role, default: 0] += 1
            guard role.role.isCasting, role.confidence > 0 else { continue }
            casting += 1
            if let decisive = role.decisive, let modality = role.judgements[decisive].link?.modality, modality != .asserted {
                hedged += 1
            }
            weights[role.role, default: 0] += role.confidence
            if let fine = role.fine { fineWeights[fine, default: 0] += role.confidence }
        }
        self.weights = weights
        self.fineWeights = fineWeights
        self.counts = counts
        mentions = roles.count
        self.casting = casting
        hedgedShare = casting > 0 ? Double(hedged) / Double(casting) : nil
        let total = [NarrativeRole.protagonist, .antagonist, .innocent].reduce(0) { $0 + (weights[$1] ?? 0) }
        let ranked = [NarrativeRole.antagonist, .protagonist, .innocent]
            .filter { (weights[$0] ?? 0) > 0 }
            .sorted { (weights[$0] ?? 0) > (weights[$1] ?? 0) }
        guard casting >= minimumCasting, total >= minimumWeight, let top = ranked.first else {
            reading = .unclear
            fine = nil
            confidence = nil
            return
        }
        let share = (weights[top] ?? 0) / total
        let runnerUp = ranked.count > 1 ? (weights[ranked[1]] ?? 0) / total : 0
        if ranked.count == 1 || (share >= majority && runnerUp < minority) {
            reading = .cast(top)
        } else {
            reading = .mixed(top, ranked[1])
        }
        fine = fineWeights.filter { $0.key.narrativeRole == top }.max { left, right in
            left.value != right.value ? left.value < right.value : left.key.rawValue > right.key.rawValue
        }?.key
        confidence = share * Swift.min(1, total / 3)
        qualifiers = RoleQualifier.qualifiers(roles, main: top)
    }

    /// The casting weight, summed in a fixed order (so equal inputs give equal bits).
    public var totalWeight: Double {
        [NarrativeRole.protagonist, .antagonist, .innocent].reduce(0) { $0 + (weights[$1] ?? 0) }
    }

    /// The share of the casting weight that `role` has; nil when nothing casts.
    public func share(_ role: NarrativeRole) -> Double? {
        let total = totalWeight
        return total > 0 ? (weights[role] ?? 0) / total : nil
    }

    /// The evidence of every mention with a casting role (then the others), each with its decision.
    public static func evidence(_ roles: [MentionRole]) -> [Evidence] {
        roles.filter { $0.role.isCasting }.map(\.evidence) + roles.filter { !$0.role.isCasting }.map(\.evidence)
    }
}

extension RoleMention {
    /// A mention found by ``MentionFinder``.
    public init(_ mention: Mention, in mentions: [Mention]) {
        self.init(sentence: mention.sentence, tokens: mention.tokens, range: mention.range,
                  isInCompound: mention.isInCompound, isInferred: mention.isInferred,
                  matchedBy: DocumentMentions.rule(for: mention, in: mentions))
    }
}

extension RoleAnalyzer {
    /// The roles of one actor's mentions in one document.
    public func analyse(_ found: DocumentMentions) -> [MentionRole] {
        analyse(found.analysis, mentions: found.mentions.map { RoleMention($0, in: found.mentions) })
    }

    /// The roles in many documents, in parallel, in document order.
    public func analyse(_ found: [DocumentMentions]) -> [MentionRole] {
        ParallelMap.map(found) { analyse($0) }.flatMap { $0 }
    }
}
