/// The kinds of stance marker ``StanceAnalyzer`` counts in the writer's own words.
public enum StanceCategory: String, Sendable, Hashable, CaseIterable {
    /// Epistemic caution: might, perhaps, apparently, seems, unclear.
    case hedge
    /// Epistemic certainty: clearly, obviously, of course, in fact, never, proves.
    case booster
    /// Verbs that presuppose their complement is true: know, realize, reveal, regret.
    case factive
    /// Verbs that commit to or contest a proposition: believe, think, claim, insist, argue.
    case assertive
    /// Evaluative words from Pattern's subjectivity lexicon: brutal, weak, good, awful.
    case subjective
    /// Degree words that heighten: very, extremely, utterly, particularly.
    case intensifier
    /// I, we, our: the writer in the text.
    case firstPerson = "first-person"
    /// you, your: the reader addressed.
    case secondPerson = "second-person"
    /// A sentence of the writer's ending in "!".
    case exclamation
    /// A sentence of the writer's ending in "?": in news prose, a question nobody is asked to
    /// answer (rhetorical), or a headline that hedges by asking.
    case question
    /// A short quoted phrase with no speaker (see ``Quote/Kind/scare``): the writer holding a word
    /// at a distance.
    case scareQuote = "scare-quote"

    /// The categories that count as opinion markers in ``DocumentStance/opinionIndex``. Hedges are
    /// left out: "could", "may" and "reportedly" are the staple of careful reporting as much as of
    /// commentary, so they do not tell the two apart (they are still counted and reported).
    public static let opinionMarkers: [StanceCategory] = [
        .booster, .factive, .assertive, .subjective, .intensifier, .firstPerson, .secondPerson,
        .exclamation, .question, .scareQuote,
    ]

    var index: Int {
        switch self {
        case .hedge: return 0
        case .booster: return 1
        case .factive: return 2
        case .assertive: return 3
        case .subjective: return 4
        case .intensifier: return 5
        case .firstPerson: return 6
        case .secondPerson: return 7
        case .exclamation: return 8
        case .question: return 9
        case .scareQuote: return 10
        }
    }
}

/// A count for every ``StanceCategory``.
public struct StanceCounts: Sendable, Hashable {
    private var values = [Int](repeating: 0, count: StanceCategory.allCases.count)

    public init() {}

    public subscript(category: StanceCategory) -> Int {
        get { values[category.index] }
        set { values[category.index] = newValue }
    }

    /// The sum over ``StanceCategory/opinionMarkers``.
    public var opinionMarkers: Int {
        StanceCategory.opinionMarkers.reduce(0) { $0 + self[$1] }
    }

    public static func + (a: StanceCounts, b: StanceCounts) -> StanceCounts {
        var sum = a
        sum += b
        return sum
    }

    public static func += (a: inout StanceCounts, b: StanceCounts) {
        for index in a.values.indices { a.values[index] += b.values[index] }
    }
}
