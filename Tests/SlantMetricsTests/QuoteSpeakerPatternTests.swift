import SlantMetrics
import Testing

/// One test per way a text names who speaks, each with its exact speaker and verb.
@Suite("Quotes: speaker patterns")
struct QuoteSpeakerPatternTests {
    @Test("“…,” X said")
    func speakerBeforeVerbAfterQuote() throws {
        let quote = try QuoteTestSupport.only("“We will not stop,” Fabius said.")
        #expect(quote.kind == .direct)
        #expect(quote.text == "We will not stop")
        #expect(quote.speaker?.name == "Fabius")
        #expect(quote.speaker?.kind == .named)
        #expect(quote.verb?.form == "said")
        #expect(quote.verb?.verb.verbClass == .neutral)
        #expect(quote.attribution == .verbAfterQuote)
    }

    @Test("“…,” said X")
    func verbBeforeSpeakerAfterQuote() throws {
        let quote = try QuoteTestSupport.only("“There is no place for Assad,” said Turkish Prime Minister Ahmet Davutoglu on Monday.")
        #expect(quote.speaker?.name == "Ahmet Davutoglu")
        #expect(quote.speaker?.title == "Turkish Prime Minister")
        #expect(quote.speaker?.kind == .person)
        #expect(quote.verb?.form == "said")
        #expect(quote.attribution == .verbAfterQuote)
    }

    @Test("“…,” X told reporters")
    func toldReporters() throws {
        let quote = try QuoteTestSupport.only("“You have to look at who does what,” Fabius told reporters at the United Nations.")
        #expect(quote.speaker?.name == "Fabius")
        #expect(quote.verb?.form == "told")
        #expect(quote.verb?.verb.lemma == "tell")
    }

    @Test("“…,” X added")
    func added() throws {
        let quote = try QuoteTestSupport.only("“That is one of the reasons,” Cameron added.")
        #expect(quote.speaker?.name == "Cameron")
        #expect(quote.verb?.form == "added")
        #expect(quote.verb?.verb.verbClass == .neutral)
    }

    @Test("X said, “…”")
    func verbBeforeQuote() throws {
        let quote = try QuoteTestSupport.only("In an address to parliament, Hollande said, “We must combine our forces.”")
        #expect(quote.speaker?.name == "Hollande")
        #expect(quote.verb?.form == "said")
        #expect(quote.attribution == .verbBeforeQuote)
        #expect(quote.text == "We must combine our forces.")
    }

    @Test("X: “…”")
    func colonIntroduction() throws {
        let quote = try QuoteTestSupport.only("Lavrov: “We are ready to continue supporting Iraq.”")
        #expect(quote.speaker?.name == "Lavrov")
        #expect(quote.verb == nil)
        #expect(quote.attribution == .colon)
    }

    @Test("according to X, …")
    func accordingTo() throws {
        let quote = try QuoteTestSupport.only("According to Interfax, the talks in Vienna failed.")
        #expect(quote.kind == .indirect)
        #expect(quote.speaker?.name == "Interfax")
        #expect(quote.verb?.form == "According to")
        #expect(quote.text == "the talks in Vienna failed")
        #expect(quote.attribution == .accordingTo)
    }

    @Test("…, according to X")
    func accordingToAfter() throws {
        let quote = try QuoteTestSupport.only("The coalition discussed a new proposal, according to coalition diplomats.")
        #expect(quote.kind == .indirect)
        #expect(quote.speaker?.name == "coalition diplomats")
        #expect(quote.speaker?.kind == .anonymous)
        #expect(quote.text == "The coalition discussed a new proposal")
    }

    @Test("X said that …")
    func saidThat() throws {
        let quote = try QuoteTestSupport.only("Assad has said that the opposition is composed of terrorists.")
        #expect(quote.kind == .indirect)
        #expect(quote.speaker?.name == "Assad")
        #expect(quote.verb?.form == "said")
        #expect(quote.text == "the opposition is composed of terrorists")
        #expect(quote.attribution == .reportingVerb)
    }

    @Test("X said the coalition … (no 'that')")
    func saidBareClause() throws {
        let quote = try QuoteTestSupport.only("U.S. officials said Russia conducted twenty strikes on Tuesday.")
        #expect(quote.kind == .indirect)
        #expect(quote.speaker?.name == "U.S. officials")
        #expect(quote.speaker?.kind == .anonymous)
        #expect(quote.text == "Russia conducted twenty strikes on Tuesday")
    }

    @Test("…, officials said.")
    func speakerAfterContent() throws {
        let quote = try QuoteTestSupport.only("The strikes would not be enough, officials said.")
        #expect(quote.kind == .indirect)
        #expect(quote.speaker?.name == "officials")
        #expect(quote.isAnonymous)
        #expect(quote.text == "The strikes would not be enough")
        #expect(quote.attribution == .verbAfterContent)
    }

    @Test("anonymous sources: a diplomat, a senior U.S. official")
    func anonymousSources() throws {
        let diplomat = try QuoteTestSupport.only("“The reality is Russia has done nothing,” said a diplomat whose country is in the coalition.")
        #expect(diplomat.speaker?.name == "a diplomat")
        #expect(diplomat.isAnonymous)
        let official = try QuoteTestSupport.only("“What is happening is what we wanted,” a senior U.S. official said.")
        #expect(official.speaker?.name == "a senior U.S. official")
        #expect(official.isAnonymous)
    }

    @Test("title and name: French Foreign Minister Laurent Fabius")
    func titleAndName() throws {
        let quote = try QuoteTestSupport.only("French Foreign Minister Laurent Fabius said the strikes would continue.")
        #expect(quote.speaker?.name == "Laurent Fabius")
        #expect(quote.speaker?.title == "French Foreign Minister")
        #expect(quote.speaker?.text == "French Foreign Minister Laurent Fabius")
        #expect(quote.speaker?.kind == .person)
    }

    @Test("a surname alone takes the full name given earlier")
    func surnameTakesFullName() throws {
        let quotes = try QuoteTestSupport.quotes("""
            Russian Foreign Minister Sergey Lavrov arrived in Vienna on Friday.

            Later, Lavrov said the talks had failed.
            """)
        let quote = try #require(quotes.first)
        #expect(quote.speaker?.text == "Lavrov")
        #expect(quote.speaker?.name == "Sergey Lavrov")
        #expect(quote.speaker?.kind == .person)
    }

    @Test("“the ministry” takes the fuller name of the ministry quoted before it")
    func definiteDescription() throws {
        let quotes = try QuoteTestSupport.quotes("""
            Lavrov met the Iraqi prime minister, the Russian Foreign Ministry said on Friday.

            “Moscow is ready to help,” the ministry said.
            """)
        let direct = try #require(quotes.first { $0.kind == .direct })
        #expect(direct.speaker?.text == "the ministry")
        #expect(direct.speaker?.name == "the Russian Foreign Ministry")
        #expect(direct.speaker?.kind == .organisation)
    }

    @Test("appositive: X, the head of …, said")
    func appositive() throws {
        let quote = try QuoteTestSupport.only(
            "Aleksei Pushkov, the head of the parliament’s foreign affairs committee, said they were moving closer.")
        #expect(quote.speaker?.name == "Aleksei Pushkov")
        #expect(quote.speaker?.title == "the head of the parliament’s foreign affairs committee")
    }

    @Test("relative clause: The diplomat, who spoke on condition of anonymity, said …")
    func relativeClause() throws {
        let quote = try QuoteTestSupport.only(
            "The diplomat, who spoke on condition of anonymity, said doing so would show good will.")
        #expect(quote.speaker?.name == "The diplomat")
        #expect(quote.isAnonymous)
        #expect(quote.text == "doing so would show good will")
    }

    @Test("he → the last named person in the paragraph, flagged inferred")
    func pronounResolved() throws {
        let quotes = try QuoteTestSupport.quotes(
            "NATO Secretary-General Jens Stoltenberg sounded notes of caution. “Russia can play a constructive role,” he said.")
        let quote = try #require(quotes.first)
        #expect(quote.speaker?.text == "he")
        #expect(quote.speaker?.name == "Jens Stoltenberg")
        #expect(quote.speaker?.isInferred == true)
        #expect(quote.speaker?.kind == .person)
    }

    @Test("with pronoun resolution off, he stays a pronoun")
    func pronounUnresolved() throws {
        let quotes = try QuoteTestSupport.quotes(
            "NATO Secretary-General Jens Stoltenberg sounded notes of caution. “Russia can play a constructive role,” he said.",
            options: QuoteOptions(resolvePronouns: false))
        let quote = try #require(quotes.first)
        #expect(quote.speaker?.name == "he")
        #expect(quote.speaker?.kind == .pronoun)
        #expect(quote.speaker?.isInferred == false)
    }

    @Test("Reuters reported her as saying: she speaks")
    func reportedAsSaying() throws {
        let quotes = try QuoteTestSupport.quotes(
            "German Chancellor Angela Merkel warned about safe zones. “It would be worse than Srebrenica,” Reuters reported her as saying.")
        let direct = try #require(quotes.first { $0.kind == .direct })
        #expect(direct.speaker?.name == "Angela Merkel")
        #expect(direct.speaker?.isInferred == true)
        #expect(direct.verb?.form == "saying")
    }

    @Test("loaded verbs: claimed (distancing), conceded (concession), insisted (insistence)")
    func loadedVerbs() throws {
        let claimed = try QuoteTestSupport.only("Putin claimed that the strikes hit only terrorists.")
        #expect(claimed.verb?.form == "claimed")
        #expect(claimed.verb?.verb.verbClass == .loaded)
        #expect(claimed.verb?.verb.nuance == .distancing)
        let conceded = try QuoteTestSupport.only("“It was a mistake,” the minister conceded.")
        #expect(conceded.verb?.verb.verbClass == .loaded)
        #expect(conceded.verb?.verb.nuance == .concession)
        #expect(conceded.speaker?.name == "the minister")
        let insisted = try QuoteTestSupport.only("Moscow insisted the campaign targets only the Islamic State.")
        #expect(insisted.verb?.verb.nuance == .insistence)
        #expect(insisted.speaker?.name == "Moscow")
    }

    @Test("X told Y to …: a reported demand")
    func toldToInfinitive() throws {
        let quote = try QuoteTestSupport.only("Cameron told Putin at a meeting in Turkey to stop the bombing.")
        #expect(quote.kind == .indirect)
        #expect(quote.speaker?.name == "Cameron")
        #expect(quote.text == "to stop the bombing")
    }

    @Test("verbs that report nothing here: maintained the line, threatens to complicate")
    func notSpeech() throws {
        #expect(try QuoteTestSupport.quotes("Putin has nevertheless maintained the same line.").isEmpty)
        #expect(try QuoteTestSupport.quotes("Russia’s buildup threatens to complicate efforts to create safe zones.").isEmpty)
        #expect(try QuoteTestSupport.quotes("The group claimed responsibility for a series of attacks in Paris that left 130 dead.").isEmpty)
    }

    @Test("“…?” X asked. — the attribution is the next sentence")
    func questionThenAttribution() throws {
        let quote = try QuoteTestSupport.only("“Who does what?” Fabius asked.")
        #expect(quote.speaker?.name == "Fabius")
        #expect(quote.verb?.form == "asked")
        #expect(quote.attribution == .verbAfterQuote)
        // A next sentence that reports something of its own is not the quote's attribution.
        let quotes = try QuoteTestSupport.quotes("“We have won!” Fabius said the war was over.")
        #expect(quotes.map(\.kind) == [.direct, .indirect])
        #expect(quotes.first?.speaker == nil)
    }

    @Test("straight quotes work like curly ones")
    func straightQuotes() throws {
        let quote = try QuoteTestSupport.only("\"We will not stop,\" Fabius said.")
        #expect(quote.kind == .direct)
        #expect(quote.text == "We will not stop")
        #expect(quote.speaker?.name == "Fabius")
    }
}
