import Testing
import SlantText

/// `PerceptronTagger.normalize` against the reference `_normalize`; every expected value below
/// was printed by textblob-aptagger 0.2.0 itself.
@Suite struct TaggingNormalizeTests {
    @Test(arguments: [
        ("well-known", "!HYPHEN"),
        ("U.S.-led", "!HYPHEN"),
        ("-LRB-", "-lrb-"),        // a leading hyphen is not an inner hyphen
        ("-", "-"),
        ("--", "--"),
        ("1999", "!YEAR"),
        ("0000", "!YEAR"),         // any four digits, not only 1800-2100 as the docstring says
        ("12345", "!DIGITS"),
        ("3rd", "!DIGITS"),
        ("1,300", "!DIGITS"),
        ("2015.", "!DIGITS"),
        ("Putin", "putin"),
        ("ÉTAT", "état"),
        ("٢٠١٥", "!YEAR"),          // Arabic-Indic digits: str.isdigit() is true, len counts code points
        ("²", "!DIGITS"),          // Numeric_Type=Digit
        ("½", "½"),                // Numeric_Type=Numeric: not a digit
        ("Straße", "straße"),
        ("İstanbul", "i\u{307}stanbul"),  // full lowercase mapping, like Python
        ("KELVIN\u{212A}", "kelvink"),      // the Kelvin sign lowercases to ASCII k
    ])
    func normalizesLikeTheReference(word: String, expected: String) {
        #expect(PerceptronTagger.normalize(word) == expected)
    }

    @Test func emptyWordNormalizesToEmpty() {
        // The reference raises IndexError here; Slant must not trap on user input.
        #expect(PerceptronTagger.normalize("") == "")
    }
}
