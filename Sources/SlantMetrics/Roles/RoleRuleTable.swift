/// The ordered role rules of `role-rules.tsv`; the first rule that matches a clause link decides.
public struct RoleRuleTable: Sendable {
    public let rules: [RoleRule]

    public init(text: String, file: String = "role-rules.tsv") throws(RoleDataError) {
        let table = DataTable(text: text, file: file)
        try table.requireColumns(10, "id, agency, class, hint, other, tone, role, fine, confidence, description")
        var rules: [RoleRule] = []
        var ids: Set<String> = []
        for row in table.rows {
            let f = row.fields
            guard ids.insert(f[0]).inserted else { throw table.error(row, "rule id '\(f[0])' is used twice") }
            let agency: GrammaticalRole?
            switch f[1] {
            case "any": agency = nil
            case "agent": agency = .agent
            case "patient": agency = .patient
            default: throw table.error(row, "agency '\(f[1])' must be agent, patient or any")
            }
            let actionClass: RoleRule.ClassCondition
            switch f[2] {
            case "any": actionClass = .any
            case "none": actionClass = .unclassified
            default:
                guard let parsed = ActionClass(rawValue: f[2]) else {
                    throw table.error(row, "class '\(f[2])' must be an action class, none or any")
                }
                actionClass = .actionClass(parsed)
            }
            let hint: FineRole?
            if f[3] == "any" {
                hint = nil
            } else {
                guard let parsed = FineRole(rawValue: f[3]) else { throw table.error(row, "hint '\(f[3])' must be a fine role or any") }
                hint = parsed
            }
            let other: PartyType?
            if f[4] == "any" {
                other = nil
            } else {
                guard let parsed = PartyType(rawValue: f[4]) else { throw table.error(row, "other '\(f[4])' must be villain, victim, unmarked, none or any") }
                other = parsed
            }
            let tone: ToneBand?
            if f[5] == "any" {
                tone = nil
            } else {
                guard let parsed = ToneBand(rawValue: f[5]) else { throw table.error(row, "tone '\(f[5])' must be negative, neutral, positive or any") }
                tone = parsed
            }
            guard let role = NarrativeRole(rawValue: f[6]) else {
                throw table.error(row, "role '\(f[6])' must be protagonist, antagonist, innocent, neutral or unclear")
            }
            let fine: RoleRule.FineChoice
            switch f[7] {
            case "-": fine = .none
            case "hint": fine = .hint
            default:
                guard let parsed = FineRole(rawValue: f[7]) else { throw table.error(row, "fine role '\(f[7])' is not known (use -, hint or a fine role)") }
                guard parsed.narrativeRole == role else { throw table.error(row, "fine role '\(parsed)' belongs to \(parsed.narrativeRole), not \(role)") }
                fine = .role(parsed)
            }
            guard let confidence = Double(f[8]), confidence >= 0, confidence <= 1 else {
                throw table.error(row, "confidence '\(f[8])' must be a number from 0 to 1")
            }
            rules.append(RoleRule(id: f[0], agency: agency, actionClass: actionClass, hint: hint, other: other,
                                  tone: tone, role: role, fine: fine, confidence: confidence, summary: f[9],
                                  source: "\(file):\(row.line)"))
        }
        self.rules = rules
    }

    /// The first rule that matches, if any.
    public func rule(for query: RoleQuery) -> RoleRule? {
        rules.first { $0.matches(query) }
    }
}
