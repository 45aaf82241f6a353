/// The kinds of action that role framing distinguishes (who does what *kind of thing* to whom).
public enum ActionClass: String, CaseIterable, Sendable, Hashable, CustomStringConvertible {
    case attackHarm = "attack/harm"
    case protectHelp = "protect/help"
    case cooperateAlly = "cooperate/ally"
    case negotiateMediate = "negotiate/mediate"
    case pressureDemand = "pressure/demand"
    case deceiveClaim = "deceive/claim"
    case obstruct = "obstruct"
    case sufferLose = "suffer/lose"
    case gainBenefit = "gain/benefit"

    public var description: String { rawValue }

    /// One line for documentation and `explain`.
    public var summary: String {
        switch self {
        case .attackHarm: "uses force or causes harm (bomb, strike, invade, kill; airstrike, intervention)"
        case .protectHelp: "protects, helps or backs another party (support, prop up, rescue; aid, assistance)"
        case .cooperateAlly: "works with others in a joint effort (join, cooperate; alliance, coalition)"
        case .negotiateMediate: "seeks agreement through talks (negotiate, meet, broker; talks, deal)"
        case .pressureDemand: "presses, demands or criticises (urge, call on, sanction, condemn; pressure)"
        case .deceiveClaim: "deceives or makes doubtful claims (lie, claim, portray, deny; propaganda)"
        case .obstruct: "gets in the way (block, undermine, refuse, complicate; obstacle, veto)"
        case .sufferLose: "suffers, loses or fails (suffer, lose, fail; loss, casualty, defeat)"
        case .gainBenefit: "gains advantage (gain, reap, win, exploit; leverage, influence, benefit)"
        }
    }
}
