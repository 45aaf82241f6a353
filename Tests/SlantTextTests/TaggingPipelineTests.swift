import Testing
import SlantText

@Suite struct TaggingPipelineTests {
    /// The tagger plugged into the analysis pipeline: Slant's tokens (as `pennText`) in, tags out.
    @Test func tagsAnAnalysedDocument() throws {
        let document = Document(id: "t", text: "Putin met Hollande in Paris on Monday. “We must act,” he said.")
        let analysed = TextAnalyzer.analyse(document)
        try #require(analysed.sentences.count == 2)
        let tagger = try PerceptronTagger.shared()
        #expect(analysed.tags(forSentence: 0, using: tagger) == ["NNP", "VBD", "NNP", "IN", "NNP", "IN", "NNP", "."])
        // Curly quotes reach the tagger in Penn form, which the model knows.
        #expect(analysed.tokens(of: analysed.sentences[1]).map(\.pennText) == ["``", "We", "must", "act", ",", "''", "he", "said", "."])
        #expect(analysed.tags(forSentence: 1, using: tagger) == ["``", "PRP", "MD", "VB", ",", "''", "PRP", "VBD", "."])
    }
}
