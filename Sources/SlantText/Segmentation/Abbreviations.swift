/// Abbreviations that keep their full stop, and how each bears on sentence ends.
///
/// Matching is case-sensitive on the part before the stop ("Sen" but not "SEN", which is
/// more often a word in a headline). Data, not code: add entries here.
enum Abbreviations {
    enum Class {
        /// A title before a name (`Mr.`, `Sen.`): never ends a sentence.
        case title
        /// A month (`Sept.`): never ends a sentence before a number (`Sept. 30`).
        case month
        /// Only before a number (`No. 1`); otherwise the stop is a full stop.
        case beforeNumber
        /// Anything else (`Inc.`, `Tenn.`, `etc.`): may end a sentence.
        case other
    }

    static let titles: Set<String> = [
        "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Dr", "Prof", "Sen", "Sens", "Rep", "Reps", "Gov", "Govs",
        "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Cdr", "Adm", "Sgt", "Cpl", "Pvt", "Brig", "Amb",
        "Atty", "Supt", "Insp", "Det", "Rev", "Hon", "Pres", "St", "Mt", "Ft", "Fr", "Sr", "Jr",
    ]

    static let months: Set<String> = [
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    ]

    static let beforeNumber: Set<String> = ["No", "Nos", "Art", "Vol", "pp", "p"]

    static let others: Set<String> = [
        // US states, AP style.
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans",
        "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore",
        "Pa", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
        // Companies, lists, places.
        "Inc", "Corp", "Co", "Cos", "Ltd", "Bros", "vs", "etc", "al", "Dept", "Univ", "Ave", "Blvd",
        "Rd", "approx", "est", "Fig", "Gov't", "Govt",
    ]

    static func classify(_ word: String) -> Class? {
        if titles.contains(word) { return .title }
        if months.contains(word) { return .month }
        if beforeNumber.contains(word) { return .beforeNumber }
        if others.contains(word) { return .other }
        return nil
    }

    /// Capitalised words that usually start a sentence, so a stop before them after an
    /// ambiguous abbreviation (`U.S.`, `Inc.`) is taken as a full stop.
    static let sentenceStarters: Set<String> = [
        "The", "A", "An", "But", "And", "Or", "So", "Yet", "He", "She", "It", "They", "We", "I", "You",
        "In", "On", "At", "For", "This", "That", "These", "Those", "His", "Her", "Their", "Its", "Our",
        "My", "If", "When", "While", "As", "After", "Before", "Since", "Although", "Though", "However",
        "Meanwhile", "There", "Here", "What", "Why", "How", "Who", "Still", "Now", "Then", "Some",
        "Many", "Most", "Both", "Such", "Even", "One", "No", "Not", "Mr.", "Mrs.", "Ms.", "Dr.",
    ]

    /// Top-level domains that keep `name.com` one token.
    static let domains: Set<String> = ["com", "org", "net", "gov", "edu", "mil", "int", "io", "co", "uk", "ru", "us", "eu", "info", "news"]
}
