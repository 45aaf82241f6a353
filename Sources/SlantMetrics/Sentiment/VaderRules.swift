import Foundation

/// VADER's numeric constants and word lists, as shipped in `vader_rules.json` (copied from
/// vaderSentiment 3.3.2's `vaderSentiment.py`).
public struct VaderRules: Sendable, Hashable, Decodable {
    /// Booster increment (`B_INCR`, 0.293).
    public var boosterIncrement: Double
    /// Dampener decrement (`B_DECR`, -0.293).
    public var boosterDecrement: Double
    /// ALL-CAPS emphasis (`C_INCR`, 0.733).
    public var capsIncrement: Double
    /// Negation scalar (`N_SCALAR`, -0.74).
    public var negationScalar: Double
    /// `alpha` in `normalize` (15).
    public var normalizeAlpha: Double
    public var exclamationPerMark: Double
    public var exclamationMaxMarks: Int
    public var questionPerMark2To3: Double
    public var question4Plus: Double
    public var butBeforeFactor: Double
    public var butAfterFactor: Double
    /// Damping of a booster one, two and three words before the word (1.0, 0.95, 0.9).
    public var boosterDistanceDamp: [Double]
    public var neverSoThisFactor: Double
    public var negations: [String]
    public var boosters: [String: Double]
    public var specialCases: [String: Double]

    enum CodingKeys: String, CodingKey {
        case boosterIncrement = "B_INCR"
        case boosterDecrement = "B_DECR"
        case capsIncrement = "C_INCR"
        case negationScalar = "N_SCALAR"
        case normalizeAlpha = "normalize_alpha"
        case exclamationPerMark = "exclamation_per_mark"
        case exclamationMaxMarks = "exclamation_max_marks"
        case questionPerMark2To3 = "question_per_mark_2_to_3"
        case question4Plus = "question_4_plus"
        case butBeforeFactor = "but_before_factor"
        case butAfterFactor = "but_after_factor"
        case boosterDistanceDamp = "booster_distance_damp"
        case neverSoThisFactor = "never_so_this_factor"
        case negations = "NEGATE"
        case boosters = "BOOSTER_DICT"
        case specialCases = "SPECIAL_CASES"
    }

    /// Decodes `vader_rules.json`; `file` names the source in errors.
    public static func decode(_ data: Data, file: String) throws(VaderLexiconError) -> VaderRules {
        let rules: VaderRules
        do {
            rules = try JSONDecoder().decode(VaderRules.self, from: data)
        } catch {
            throw VaderLexiconError(
                file: file, line: nil,
                message: "cannot decode the VADER rules (\(error)); restore the file from vaderSentiment 3.3.2")
        }
        guard rules.boosterDistanceDamp.count == 3 else {
            throw VaderLexiconError(
                file: file, line: nil,
                message: "booster_distance_damp must hold 3 numbers, found \(rules.boosterDistanceDamp.count)")
        }
        return rules
    }
}

/// A VADER resource that is missing or malformed.
public struct VaderLexiconError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file at fault (a path or a resource name).
    public var file: String
    /// 1-based line, when the fault is on one line.
    public var line: Int?
    public var message: String

    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}
