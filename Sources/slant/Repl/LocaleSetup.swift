@preconcurrency import CEditLine

/// Selects the character encoding the line editor works in.
///
/// libedit converts keystrokes to wide characters through the C locale; in the default "C"
/// locale every non-ASCII byte is dropped, so "Davutoğlu" could not be typed. The user's locale
/// is taken from the environment; when that is missing or not UTF-8, C.UTF-8 is used.
enum LocaleSetup {
    /// Calls `setlocale` and returns the name of the locale now in force for character types.
    @discardableResult
    static func configure() -> String {
        if let chosen = setlocale(LC_ALL, ""), isUTF8() {
            return String(cString: chosen)
        }
        for fallback in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] {
            if let chosen = setlocale(LC_CTYPE, fallback), isUTF8() {
                return String(cString: chosen)
            }
        }
        return "C"
    }

    private static func isUTF8() -> Bool {
        guard let codeset = slant_locale_codeset() else { return false }
        let name = String(cString: codeset).lowercased()
        return name == "utf-8" || name == "utf8"
    }
}
