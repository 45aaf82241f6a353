/// The two prompts, `slant> ` and `...> `, optionally in colour.
///
/// libedit counts every character of the prompt as one screen column unless it sits between two
/// `ignoreMarker` characters; the colour escapes are wrapped that way so the cursor lands right.
struct PromptStyle: Sendable {
    /// The character that brackets invisible runs (passed to `EL_PROMPT_ESC`).
    static let ignoreMarker: CChar = 1

    let colored: Bool

    var primary: String { render("slant>", code: "1;32") }
    var continuation: String { render("...>", code: "2") }

    private func render(_ label: String, code: String) -> String {
        guard colored else { return label + " " }
        let marker = String(UnicodeScalar(UInt8(Self.ignoreMarker)))
        return "\(marker)\u{1B}[\(code)m\(marker)\(label)\(marker)\u{1B}[0m\(marker) "
    }
}
