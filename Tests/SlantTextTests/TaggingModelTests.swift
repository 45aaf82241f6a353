import Testing
import SlantText

@Suite struct TaggingModelTests {
    /// Exact reference output (textblob-aptagger 0.2.0, `tag(" ".join(tokens), tokenize=False)`).
    @Test(arguments: [
        ("The quick brown fox jumps over the lazy dog .", "DT JJ NN NN NNS IN DT JJ NN ."),
        ("Putin met Hollande in Paris on Monday .", "NNP VBD NNP IN NNP IN NNP ."),
        (
            "Russian jets may have been bombing in Syria but their targets are often the less fanatical "
                + "opponents of President Bashar al-Assad 's regime .",
            "JJ NNS MD VB VBN VBG IN NNP CC PRP$ NNS VBP RB DT RBR JJ NNS IN NNP NNP NN POS NN ."
        ),
        ("They should n't expect too much help .", "PRP MD RB VB RB RB NN ."),
        ("The U.S.-led coalition bombed 1,300 targets in 2015 .", "DT JJ NN VBD CD NNS IN CD ."),
    ])
    func tagsKnownSentences(sentence: String, expected: String) throws {
        let tagger = try PerceptronTagger.shared()
        let tokens = sentence.split(separator: " ").map(String.init)
        #expect(tagger.tag(tokens) == expected.split(separator: " ").map(String.init))
        #expect(tagger.pennTags(tokens[...].map { Substring($0) }).map(\.rawValue) == tagger.tag(tokens))
    }

    @Test func sharedModelHasThePennClasses() throws {
        let tagger = try PerceptronTagger.shared()
        #expect(tagger.classes.count == 45)
        #expect(Set(tagger.classes) == Set(PennTag.allCases))
        #expect(tagger.classes.first == .pound && tagger.classes.last == .openingQuote)
        #expect(tagger.tag([]) == [])
    }

    @Test func noTrapOnOddTokens() throws {
        let tagger = try PerceptronTagger.shared()
        let tags = tagger.tag(["", " ", "a b", "\u{0}", "😀", "é-", "--"])
        #expect(tags.count == 7)
    }

    @Test func concurrentTaggingMatchesSerial() async throws {
        let tagger = try PerceptronTagger.shared()
        let sentence = "Moscow is ready to continue supporting Iraq in its efforts ." .split(separator: " ").map(String.init)
        let serial = tagger.tag(sentence)
        let results = await withTaskGroup(of: [String].self) { group in
            for _ in 0..<8 { group.addTask { tagger.tag(sentence) } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 8 && results.allSatisfy { $0 == serial })
    }

    // MARK: - Tie-breaking, on tiny models (expected values checked with the reference's code)

    static func model(_ weights: String, classes: String = "NN\nVB\nDT\n", tagDictionary: String = "")
        throws -> PerceptronTagger
    {
        try PerceptronTagger(
            weights: Array(weights.utf8), tagDictionary: Array(tagDictionary.utf8), classes: Array(classes.utf8))
    }

    @Test func equalScoresGoToTheGreaterLabel() throws {
        // max(classes, key=lambda l: (scores[l], l)): NN and VB tie at 1.0, "VB" > "NN".
        let tagger = try Self.model("bias\tNN\t1.0\nbias\tVB\t1.0\n")
        #expect(tagger.tag(["x"]) == ["VB"])
    }

    @Test func noEvidenceGivesTheGreatestLabel() throws {
        #expect(try Self.model("").tag(["x"]) == ["VB"])
        // In the real tag set the greatest label is "``" (backquote sorts after letters).
        #expect(try Self.model("", classes: "NN\n``\nWRB\n").tag(["x"]) == ["``"])
    }

    @Test func untouchedClassesScoreZero() throws {
        // NN -1, VB -2, DT never mentioned: DT's 0 wins.
        #expect(try Self.model("bias\tNN\t-1.0\nbias\tVB\t-2.0\n").tag(["x"]) == ["DT"])
    }

    @Test func scoresAreSummedInTemplateOrder() throws {
        // NN = 0.1 (bias) + 0.2 (i word x) = 0.30000000000000004 > VB's 0.3, so NN wins although
        // "VB" is the greater label; the second token has no "i word" feature, so VB wins.
        let tagger = try Self.model("bias\tNN\t0.1\nbias\tVB\t0.3\ni word x\tNN\t0.2\n")
        #expect(tagger.tag(["x", "y"]) == ["NN", "VB"])
    }

    @Test func tagDictionaryShortCutsFeaturesAndFeedsHistory() throws {
        let weights = "bias\tNN\t1.0\ni-1 tag DT\tVB\t5.0\n"
        let tagger = try Self.model(weights, tagDictionary: "the\tDT\n")
        #expect(tagger.tag(["the", "the", "x", "y"]) == ["DT", "DT", "VB", "NN"])
        #expect(tagger.tag(["The"]) == ["NN"])  // the dictionary is case-sensitive
    }

    @Test func paddingContextIsStartStart2ThenEndEnd2() throws {
        // Token "a": i-1 word is -START2-, i-2 word is -START-, i-1 suffix is "T2-" → VB 2.5.
        // The DT weight on "i-1 word -START-" must never fire. Token "b": i-2 word is -START2-
        // (NN 1.0), i+1 word is -END- (DT 0.5) → NN.
        let weights = """
            i-1 word -START2-\tVB\t1.0
            i-2 word -START-\tVB\t1.0
            i-1 suffix T2-\tVB\t0.5
            i-1 word -START-\tDT\t9.0
            i-2 word -START2-\tNN\t1.0
            i+1 word -END-\tDT\t0.5

            """
        #expect(try Self.model(weights).tag(["a", "b"]) == ["VB", "NN"])
    }

    @Test func previousTagsCarryOverOnlyInMultiSentenceCalls() throws {
        let weights = "bias\tNN\t1.0\ni-1 tag DT\tVB\t5.0\ni-1 tag -START-\tDT\t9.0\n"
        let tagger = try Self.model(weights)
        #expect(tagger.tag(["a"]) == ["DT"])
        #expect(tagger.tag(sentences: [["a"], ["b"]]) == [["DT"], ["VB"]])
        #expect(tagger.tag(["b"]) == ["DT"])
    }

    // MARK: - Model files that are wrong

    @Test func malformedModelFilesNameFileLineAndColumn() throws {
        #expect(throws: TaggerModelError(
            file: "ap_tagger_weights.tsv", line: 2, column: 1,
            message: "expected 3 tab-separated fields, found 2; restore the file from the Slant sources")
        ) { try Self.model("bias\tNN\t1.0\nbias\tNN\n") }

        #expect(throws: TaggerModelError(
            file: "ap_tagger_weights.tsv", line: 1, column: 6,
            message: "the tag 'XX' is not in ap_tagger_classes.txt; restore the model files")
        ) { try Self.model("bias\tXX\t1.0\n") }

        #expect(throws: TaggerModelError(
            file: "ap_tagger_weights.tsv", line: 1, column: 9,
            message: "'1.0.0' is not a finite decimal number; restore the file")
        ) { try Self.model("bias\tNN\t1.0.0\n") }

        #expect(throws: TaggerModelError(
            file: "ap_tagger_weights.tsv", line: 1, column: 1,
            message: "'j word x' does not start with a feature template name; restore the file")
        ) { try Self.model("j word x\tNN\t1.0\n") }

        #expect(throws: TaggerModelError(
            file: "ap_tagger_classes.txt", line: 2, column: 1,
            message: "'NOUN' is not a Penn Treebank tag Slant knows; restore the file")
        ) { try Self.model("", classes: "NN\nNOUN\n") }

        #expect(throws: TaggerModelError(
            file: "ap_tagger_tagdict.tsv", line: 2, column: 1,
            message: "the word 'the' is listed twice; keep one line")
        ) { try Self.model("", tagDictionary: "the\tDT\nthe\tNN\n") }
    }

    @Test func errorDescriptionNamesThePlace() {
        let error = TaggerModelError(file: "w.tsv", line: 3, column: 7, message: "bad")
        #expect(error.description == "w.tsv:3:7: error: bad")
    }
}
