import SlantMetrics
import SlantText
import Testing

@Suite("Comparison: coverage and concordance")
struct ComparisonCoverageTests {
    private func analyse(_ id: String, _ outlet: String, _ text: String) -> AnalysedDocument {
        TextAnalyzer.analyse(Document(id: id, outlet: outlet, text: text))
    }

    private func sighting(_ group: String, _ kind: CoverageKind, _ name: String, _ sentence: Int = 0) -> CoverageSighting {
        CoverageSighting(group: group, item: CoverageItem(kind: kind, name: name), sentence: SentenceKey(documentID: group, sentenceIndex: sentence))
    }

    @Test func presenceMatrixOnlyInAndMissingFrom() {
        let coverage = Coverage([
            sighting("A", .actor, "Russia"), sighting("B", .actor, "Russia"), sighting("C", .actor, "Russia"),
            sighting("A", .actor, "Assad"), sighting("B", .actor, "Assad"),
            sighting("C", .number, "130"),
            sighting("A", .actor, "Russia", 3),
            sighting("A", .actor, "Russia", 3),  // the same sentence twice counts once
        ], groups: ["A", "B", "C", "D"])
        #expect(coverage.groups == ["A", "B", "C", "D"])
        #expect(coverage.items.map(\.description) == ["actor Assad", "actor Russia", "number 130"])
        #expect(coverage.counts[1] == [2, 1, 1, 0])
        #expect(coverage.onlyIn("C") == [CoverageItem(kind: .number, name: "130")])
        #expect(coverage.onlyIn("A").isEmpty)
        // Russia is in 3 of D's 3 others (> half): missing from D. Assad is in 2 of C's 3 others.
        #expect(coverage.missingFrom("D") == [CoverageItem(kind: .actor, name: "Assad"), CoverageItem(kind: .actor, name: "Russia")])
        #expect(coverage.missingFrom("C") == [CoverageItem(kind: .actor, name: "Assad")])
        #expect(coverage.missingFrom("A").isEmpty)
        #expect(coverage.missingFrom("nobody").isEmpty)
    }

    @Test func figuresAndDates() {
        let document = analyse("d", "X", "On Friday, Nov. 13, 2015, 130 people died. Russia spent $5 billion, or 12% of 2,000 units, in May 2016 and March.")
        let items = CoverageExtractor.figuresAndDates(Array(document.tokens)).map(\.description)
        #expect(items == [
            "date Friday", "date November 13", "date 2015", "number 130",
            "number $5 billion", "number 12%", "number 2000", "date May", "date 2016",
        ])
    }

    @Test func namesAreRunsOfProperNouns() throws {
        let tagger = try PerceptronTagger.shared()
        let document = analyse("d", "X", "The Islamic State of Iraq attacked Paris. President Vladimir Putin met officials on Friday.")
        let sightings = CoverageExtractor(tagger: tagger).sightings(in: document, group: "X", kinds: [.name])
        #expect(sightings.map(\.item.name) == ["Islamic State of Iraq", "President Vladimir Putin"])
        #expect(sightings.map(\.sentence.sentenceIndex) == [0, 1])
    }

    @Test func phraseMatchingIgnoresCaseAndPrefersTheLongest() {
        let document = analyse("d", "X", "The Syrian regime and Syrian rebels; the syrian Regime's allies.")
        let matches = PhraseMatcher(["Syrian", "Syrian regime"]).matches(in: document)
        #expect(matches.map(\.phrase) == ["Syrian regime", "Syrian", "Syrian regime"])
        #expect(PhraseMatcher(["", "  "]).isEmpty)
    }

    @Test func concordanceLinesAlignOnTheMatch() throws {
        let document = analyse("doc1", "Outlet", "Officials said the Kremlin, in a statement, denied it.\n\nNew paragraph about the Kremlin.")
        let wide = Concordance.lines(in: [document], matching: PhraseMatcher(["kremlin"]), window: 3)
        // Punctuation after the window's last word comes along; the next paragraph does not.
        #expect(wide.first?.right == ", in a statement,")
        let lines = Concordance.lines(in: [document], matching: PhraseMatcher(["kremlin"]), window: 2)
        #expect(lines.count == 2)
        let first = try #require(lines.first)
        #expect(first.left == "said the")
        #expect(first.match == "Kremlin")
        #expect(first.right == ", in a")
        #expect(first.outlet == "Outlet" && first.documentID == "doc1" && first.sentenceIndex == 0)
        #expect(document.originalText(first.range) == "Kremlin")
        // Context stops at the paragraph: nothing after the second match but its full stop.
        #expect(lines[1].left == "about the")
        #expect(lines[1].right == ".")
    }
}
