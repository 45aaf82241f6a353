/// The three classes a mention's tone falls into, as NewsMTSC labels them.
public enum ToneLabel: String, Sendable, Hashable, CaseIterable, Comparable {
    case negative
    case neutral
    case positive

    public static func < (a: ToneLabel, b: ToneLabel) -> Bool { a.order < b.order }

    private var order: Int {
        switch self {
        case .negative: return 0
        case .neutral: return 1
        case .positive: return 2
        }
    }
}

/// Whose words carry a mention: the reporter's own, or someone quoted.
///
/// A mention inside quotation marks ("Putin is a thug," he said) is `quoted`: the tone toward
/// the actor is the quoted speaker's, which the outlet chose to report but did not say itself.
public enum ToneVoice: String, Sendable, Hashable, CaseIterable {
    case reporter
    case quoted
}
