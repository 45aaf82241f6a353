/// One line of `actions(A)`: an action the actor is agent or patient of, with counts.
public struct ActionRow: Sendable, Hashable {
    public var outlet: String
    /// agent or patient.
    public var role: GrammaticalRole
    /// Verb or action-noun lemma ("bomb", "prop up", "airstrike").
    public var lemma: String
    public var kind: ClausePredicate.Kind
    /// nil when the action is not in the lexicon.
    public var actionClass: ActionClass?
    public var count: Int
    /// How many were asserted, hedged/intended/demanded, negated.
    public var asserted: Int
    public var hedged: Int
    public var negated: Int
    public var evidence: [Evidence]

    /// Every agent and patient link of `roles`, grouped by outlet, role, lemma and class; most
    /// frequent first within each outlet (outlets in first-appearance order, then lemma order).
    public static func rows(_ roles: [MentionRole]) -> [ActionRow] {
        struct Key: Hashable {
            var outlet: String
            var role: GrammaticalRole
            var lemma: String
            var kind: ClausePredicate.Kind
            var actionClass: ActionClass?
        }
        var order: [Key] = []
        var rows: [Key: ActionRow] = [:]
        var outlets: [String: Int] = [:]
        for role in roles {
            if outlets[role.outlet] == nil { outlets[role.outlet] = outlets.count }
            for link in role.clause.links where link.role == .agent || link.role == .patient {
                guard let predicate = link.predicate else { continue }
                let key = Key(outlet: role.outlet, role: link.role, lemma: predicate.lemma, kind: predicate.kind,
                              actionClass: predicate.actionClass)
                if rows[key] == nil {
                    order.append(key)
                    rows[key] = ActionRow(outlet: role.outlet, role: link.role, lemma: predicate.lemma, kind: predicate.kind,
                                          actionClass: predicate.actionClass, count: 0, asserted: 0, hedged: 0, negated: 0, evidence: [])
                }
                rows[key]?.count += 1
                switch link.modality {
                case .asserted: rows[key]?.asserted += 1
                case .hedged, .intended, .demanded: rows[key]?.hedged += 1
                case .negated: rows[key]?.negated += 1
                }
                var evidence = role.evidence
                evidence.rule = "\(link.role.rawValue) of '\(predicate.lemma)' [\(predicate.actionClass?.rawValue ?? "no class")]: "
                    + "\(link.shape.summary), \(link.modality.rawValue)"
                evidence.contribution = 1
                rows[key]?.evidence.append(evidence)
            }
        }
        return order.compactMap { rows[$0] }.sorted { left, right in
            let leftOutlet = outlets[left.outlet] ?? 0, rightOutlet = outlets[right.outlet] ?? 0
            if leftOutlet != rightOutlet { return leftOutlet < rightOutlet }
            if left.count != right.count { return left.count > right.count }
            if left.role != right.role { return left.role == .agent }
            return left.lemma < right.lemma
        }
    }
}
