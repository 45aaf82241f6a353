import SlantMetrics
import SlantText
import Testing

/// Frame detection with the bundled dictionaries: which cues fire, how they count, and the
/// evidence they leave.
@Suite("Frames")
struct FrameDetectorTests {
    static let policy: FrameDictionary = {
        do { return try FrameDictionary.bundled(.policy) } catch { fatalError("\(error)") }
    }()
    static let news: FrameDictionary = {
        do { return try FrameDictionary.bundled(.news) } catch { fatalError("\(error)") }
    }()

    static func frames(_ text: String, _ dictionary: FrameDictionary) -> [[String]] {
        let document = TextAnalyzer.analyse(Document(id: "d", text: text))
        return FrameDetector(dictionary: dictionary).detect(document).sentences.map { sentence in
            sentence.frames.map { dictionary.frames[$0] }
        }
    }

    static func cues(_ text: String, _ dictionary: FrameDictionary) -> [String] {
        let document = TextAnalyzer.analyse(Document(id: "d", text: text))
        return FrameDetector(dictionary: dictionary).detect(document).sentences.flatMap { sentence in
            sentence.hits.map { "\(dictionary.cues[$0.cue].pattern)→\(dictionary.frames[$0.frame])" }
        }
    }

    @Test func schemesHaveTheirFrames() {
        #expect(Self.policy.frames.count == 15)
        #expect(Self.news.frames == ["conflict", "responsibility", "human interest", "economic consequences", "morality"])
        // Every frame but the residual "other" has cues, each with a rationale.
        for (index, frame) in Self.policy.frames.enumerated() where frame != "other" {
            #expect(Self.policy.cues.contains { $0.frame == index }, "no cues for \(frame)")
        }
        for (index, frame) in Self.news.frames.enumerated() {
            #expect(Self.news.cues.contains { $0.frame == index }, "no cues for \(frame)")
        }
        #expect((Self.policy.cues + Self.news.cues).allSatisfy { !$0.rationale.isEmpty })
    }

    @Test func wordsPrefixesPluralsAndPhrases() {
        #expect(Self.cues("The sanctions cost the economy billions.", Self.policy)
            == ["sanction*→external regulation & reputation", "cost→economic", "econom*→economic", "billion→economic"])
        // A phrase takes its words for its frame; "crimes" does not fire crime & punishment again.
        #expect(Self.cues("They committed war crimes.", Self.policy).sorted()
            == ["war crime*→crime & punishment", "war→security & defense"])
    }

    @Test func residualOtherOnlyInThePolicyScheme() {
        #expect(Self.frames("He said so.", Self.policy) == [["other"]])
        #expect(Self.frames("He said so.", Self.news) == [[]])
    }

    @Test func newsFrames() {
        #expect(Self.frames("The two sides clashed over who is to blame.", Self.news) == [["conflict", "responsibility"]])
    }

    @Test func summaryCountsPer1000WordsAndShares() throws {
        let text = "The sanctions hurt the economy. He said so. Voters protested."
        let document = TextAnalyzer.analyse(Document(id: "d", outlet: "Test", text: text))
        let found = FrameDetector(dictionary: Self.policy).detect(document)
        let summary = FrameSummary([found], family: .policy)
        #expect(summary.words == 10)
        #expect(summary.sentences == 3)
        let economic = try #require(summary.scores.first { $0.frame == "economic" })
        #expect(economic.hits == 1)
        #expect(economic.per1000 == 100)
        #expect(economic.share == 1.0 / 3.0)
        let opinion = try #require(summary.scores.first { $0.frame == "public opinion" })
        #expect(opinion.hits == 2)
        #expect(opinion.sentences == 1)
        let other = try #require(summary.scores.first { $0.frame == "other" })
        #expect(other.hits == 0)
        #expect(other.sentences == 1)
        let evidence = summary.evidence(frame: "public opinion")
        #expect(evidence.count == 1)
        #expect(evidence.first?.text == "Voters protested.")
        #expect(evidence.first?.highlights == [44..<50, 51..<60])
        #expect(evidence.first?.rule == "public opinion: 'voter*' (voters), 'protest*' (protest)")
        #expect(evidence.first?.contribution == 200)
    }

    @Test func onlyTheSentencesAskedFor() {
        let document = TextAnalyzer.analyse(Document(id: "d", text: "The economy grew. Troops attacked."))
        let found = FrameDetector(dictionary: Self.policy).detect(document, sentences: [1])
        #expect(found.sentences.map(\.sentence) == [1])
        #expect(found.sentences.first?.frames.map { Self.policy.frames[$0] } == ["security & defense"])
    }

    @Test func badDictionaryLines() {
        #expect(throws: RoleDataError(file: "policy-frames.tsv", line: 1, message:
            "unknown frame 'economy'; the policy frames are: economic, capacity & resources, morality, fairness & equality, legality, policy prescription, crime & punishment, security & defense, health & safety, quality of life, cultural identity, public opinion, political, external regulation & reputation, other")) {
            try FrameDictionary(text: "cost\teconomy\tmoney\n", family: .policy)
        }
        #expect(throws: RoleDataError(file: "policy-frames.tsv", line: 1, message:
            "'other' is what a sentence without cues counts as; it cannot have cues")) {
            try FrameDictionary(text: "misc\tother\tanything\n", family: .policy)
        }
    }
}
