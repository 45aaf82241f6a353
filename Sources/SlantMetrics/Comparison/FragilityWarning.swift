/// A piece of a corpus left out to test whether a result holds without it.
public enum LeftOut: Sendable, Hashable, CustomStringConvertible {
    case document(String)
    case sentence(SentenceKey)

    public var description: String {
        switch self {
        case .document(let id): return "document \(id)"
        case .sentence(let key): return "sentence \(key)"
        }
    }
}

/// Why a comparison should not be trusted too far. Slant reports these beside the numbers
/// instead of hiding fragile results: with a handful of articles, many differences are.
public enum FragilityWarning: Sendable, Hashable, CustomStringConvertible {
    /// The group's value rests on fewer evidence sentences than the minimum.
    case fewSentences(group: String, sentences: Int, minimum: Int)
    /// The group has no observation at all, so it has no value.
    case noData(group: String)
    /// Each of these groups is a single document: the comparison is between articles, and
    /// leaving a document out would leave the group empty.
    case singleDocument(groups: [String])
    /// The group's value changes sign (or becomes zero) when one piece is left out.
    case signFlips(group: String, value: Double, without: LeftOut, valueWithout: Double)
    /// Which of two groups is higher changes when one piece is left out.
    case orderFlips(higher: String, lower: String, without: LeftOut)

    public var description: String {
        switch self {
        case .fewSentences(let group, let sentences, let minimum):
            return "\(group) rests on \(sentences) sentence\(sentences == 1 ? "" : "s") (fewer than \(minimum))"
        case .noData(let group):
            return "\(group) has nothing to measure"
        case .singleDocument(let groups):
            let names = groups.count <= 6 ? groups.joined(separator: ", ") : "\(groups.count) groups"
            return "one document each (\(names)): differences are between articles, not outlets"
        case .signFlips(let group, let value, let without, let valueWithout):
            return "\(group)'s value (\(Self.short(value))) becomes \(Self.short(valueWithout)) without \(without)"
        case .orderFlips(let higher, let lower, let without):
            return "\(higher) is above \(lower), but not without \(without)"
        }
    }

    /// The group the warning is about, when it is about one.
    public var group: String? {
        switch self {
        case .fewSentences(let group, _, _), .noData(let group), .signFlips(let group, _, _, _): return group
        case .orderFlips(let higher, _, _): return higher
        case .singleDocument: return nil
        }
    }

    private static func short(_ value: Double) -> String {
        let rounded = (value * 1000).rounded() / 1000
        return rounded == 0 ? "0" : String(rounded)
    }
}

/// When a result counts as fragile.
public struct FragilityOptions: Sendable, Hashable {
    /// A group resting on fewer evidence sentences than this is flagged.
    public var minimumSentences: Int
    /// Leave-one-out checks stop reporting after this many flips (the first ones are the telling ones).
    public var maximumReported: Int

    public init(minimumSentences: Int = 5, maximumReported: Int = 20) {
        self.minimumSentences = minimumSentences
        self.maximumReported = maximumReported
    }

    public static let standard = FragilityOptions()
}
