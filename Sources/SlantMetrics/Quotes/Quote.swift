/// One piece of reported speech in a document: a direct quote, an indirect report, or a scare
/// quote, with its speaker and reporting verb when the text gives them.
///
/// Token indices point into the ``SlantText/AnalysedDocument`` the quote was found in; byte
/// ranges into its original text.
public struct Quote: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The speaker's words inside quotation marks.
        case direct
        /// The speaker's words reported without quotation marks: "X said (that) …",
        /// "…, officials said", "according to X, …".
        case indirect
        /// A short quoted phrase with no speaker: the writer holds the word at a distance
        /// (“rescue”, “moderate”).
        case scare
    }

    /// How the speaker was found; `explain` shows it as the rule that fired.
    public enum Attribution: String, Sendable, Hashable {
        /// “…,” Fabius said. / “…,” said a diplomat.
        case verbAfterQuote
        /// Hollande said, “…”
        case verbBeforeQuote
        /// Lavrov: “…”
        case colon
        /// A quote inside a reported clause: Cameron said the “hallmarks” of …
        case reportedClause
        /// An unattributed quote next to an attributed one in the same paragraph: the same voice
        /// goes on.
        case continuation
        /// X said (that) … / X urged Y to … (indirect speech)
        case reportingVerb
        /// …, officials said. (indirect speech, speaker after the content)
        case verbAfterContent
        /// According to X, … / …, according to X.
        case accordingTo
        /// No speaker found.
        case none
    }

    public var kind: Kind
    /// The quoted or reported words as written (without the quotation marks).
    public var text: String
    /// Byte range of ``text`` in the original.
    public var range: Range<Int>
    /// Token indices of the content (inside the quotation marks for direct and scare quotes).
    public var tokens: Range<Int>
    /// Word tokens in the content.
    public var wordCount: Int
    /// Sentences the quote and its attribution touch, first to last.
    public var sentences: ClosedRange<Int>
    /// Paragraph where the quote starts.
    public var paragraph: Int
    /// Who speaks; nil when no speaker was found.
    public var speaker: Speaker?
    /// The reporting verb, when there is one (a colon introduction or a continuation has none).
    public var verb: ReportingVerbUse?
    public var attribution: Attribution
    /// A direct quote of a few words inside an indirect report ("Obama said Russia has been a
    /// “constructive partner”"): the report is its own row, so voices count the pair once.
    public var isPartial: Bool
    /// A direct quote whose closing mark never came (the paragraph ended first).
    public var isUnclosed: Bool

    public init(
        kind: Kind, text: String, range: Range<Int>, tokens: Range<Int>, wordCount: Int, sentences: ClosedRange<Int>,
        paragraph: Int, speaker: Speaker?, verb: ReportingVerbUse?, attribution: Attribution,
        isPartial: Bool = false, isUnclosed: Bool = false
    ) {
        self.kind = kind
        self.text = text
        self.range = range
        self.tokens = tokens
        self.wordCount = wordCount
        self.sentences = sentences
        self.paragraph = paragraph
        self.speaker = speaker
        self.verb = verb
        self.attribution = attribution
        self.isPartial = isPartial
        self.isUnclosed = isUnclosed
    }

    /// True when the words come from an unnamed source ("a diplomat", "officials").
    public var isAnonymous: Bool { speaker?.kind == .anonymous }

    /// True when a speaker was found (scare quotes never have one).
    public var isAttributed: Bool { speaker != nil }
}

/// The reporting verb of a quote, as written.
public struct ReportingVerbUse: Sendable, Hashable {
    /// The form in the text: "told", "according to".
    public var form: String
    public var verb: ReportingVerb
    /// Token indices of the form.
    public var tokens: Range<Int>
    /// Byte range in the original.
    public var range: Range<Int>

    public init(form: String, verb: ReportingVerb, tokens: Range<Int>, range: Range<Int>) {
        self.form = form
        self.verb = verb
        self.tokens = tokens
        self.range = range
    }
}

/// Who speaks.
public struct Speaker: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A named person: "French Foreign Minister Laurent Fabius", "Mr. Pushkov".
        case person
        /// A name that is not known to be a person's: "Reuters", "Moscow", "Lavrov" alone.
        case named
        /// An institution: "the Russian Foreign Ministry", "The Obama administration".
        case organisation
        /// An unnamed source: "a diplomat", "U.S. officials".
        case anonymous
        /// A group named by description: "World leaders", "Other countries".
        case group
        /// A pronoun whose antecedent was not found.
        case pronoun
    }

    /// Who it is, as a reader would name them: the full name of a person ("Laurent Fabius",
    /// also for "Fabius", "Mr. Fabius" or a "he" that refers back to him), otherwise the phrase
    /// as written ("a senior Obama administration official").
    public var name: String
    /// The words that name the speaker at this place ("he", "Turkey’s Davutoglu").
    public var text: String
    /// Byte range of ``text`` in the original.
    public var range: Range<Int>
    /// Token indices of ``text``.
    public var tokens: Range<Int>
    /// A title or description that came with the name ("French Foreign Minister"), if any.
    public var title: String?
    public var kind: Kind
    /// For a pronoun resolved to an earlier speaker or named person: the token indices of that
    /// name (the speaker is then inferred, not written here).
    public var antecedentTokens: Range<Int>?
    /// Token indices of an appositive describing the speaker ("Aleksei Pushkov, [the head of the
    /// Russian parliament’s foreign affairs committee], said").
    public var descriptionTokens: Range<Int>?
    /// For a person: token indices of the phrase that introduced them with a title, wherever it is
    /// in the document ("[French Foreign Minister Laurent Fabius] said …" for a later "Fabius").
    public var introductionTokens: Range<Int>?

    public init(name: String, text: String, range: Range<Int>, tokens: Range<Int>, title: String? = nil,
                kind: Kind, antecedentTokens: Range<Int>? = nil, descriptionTokens: Range<Int>? = nil,
                introductionTokens: Range<Int>? = nil) {
        self.name = name
        self.text = text
        self.range = range
        self.tokens = tokens
        self.title = title
        self.kind = kind
        self.antecedentTokens = antecedentTokens
        self.descriptionTokens = descriptionTokens
        self.introductionTokens = introductionTokens
    }

    /// True when the speaker is a pronoun resolved to someone named earlier: inferred, not written.
    public var isInferred: Bool { antecedentTokens != nil }

    /// Every phrase of the document that names or describes this speaker: the words here, the
    /// antecedent, the appositive, the titled introduction. An actor speaks when one of its names
    /// is in one of them (``VoiceShare``).
    public var identifyingTokens: [Range<Int>] {
        [tokens] + [antecedentTokens, descriptionTokens, introductionTokens].compactMap { $0 }
    }
}
