/// Names made from titles: anchors for links and file names for exports.
public enum ReportSlug {
    /// Lower-case ASCII letters and digits with single `-` between words ("Tone: Russia's role"
    /// → "tone-russia-s-role"); "x" when nothing is left.
    public static func make(_ text: String, maximumLength: Int = 48) -> String {
        var result = ""
        var pendingDash = false
        for byte in text.utf8 {
            let lower = (byte >= 0x41 && byte <= 0x5A) ? byte + 0x20 : byte
            if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) {
                if pendingDash, !result.isEmpty { result.append("-") }
                pendingDash = false
                result.append(Character(Unicode.Scalar(lower)))
                if result.utf8.count >= maximumLength { break }
            } else {
                pendingDash = true
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result.isEmpty ? "x" : result
    }

    /// The in-page anchor of an evidence group: `ev-` and the id made safe.
    public static func anchor(_ evidenceID: String) -> String { "ev-" + make(evidenceID, maximumLength: 80) }

    /// Slugs made unique in order of use: the second "salience" becomes "salience-2".
    public struct Uniquer: Sendable {
        private var used: [String: Int] = [:]

        public init() {}

        public mutating func unique(_ text: String) -> String {
            let base = ReportSlug.make(text)
            guard let count = used[base] else {
                used[base] = 1
                return base
            }
            var next = count + 1
            while used["\(base)-\(next)"] != nil { next += 1 }
            used[base] = next
            used["\(base)-\(next)"] = 1
            return "\(base)-\(next)"
        }
    }
}
