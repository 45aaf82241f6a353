import Testing
@testable import SlantLanguage

/// `tone` in the language: records, rows, voice filter, explain, compare and bad input.
@Suite("tone builtin")
struct ToneBuiltinTests {
    @Test func aTableGivesOneRecord() {
        #expect(run("corpus() | where outlet == \"Hot Air\" | tone(Putin)")
            == "{n: 1, documents: 1, mean: 0, lo: nil, hi: nil, negative: 0, neutral: 1, positive: 0, quoted: 0}")
        #expect(run("corpus() | tone(Putin) | keys")
            == "[\"n\", \"documents\", \"mean\", \"lo\", \"hi\", \"negative\", \"neutral\", \"positive\", \"quoted\"]")
    }

    @Test func anActorThatNeverOccursHasNoMean() {
        #expect(run("corpus() | where outlet == \"Hot Air\" | tone(Assad)")
            == "{n: 0, documents: 0, mean: nil, lo: nil, hi: nil, negative: 0, neutral: 0, positive: 0, quoted: 0}")
        #expect(run("corpus() | where outlet == \"x\" | by outlet | tone(Assad)")
            == "outlet  n  documents  mean  lo  hi  negative  neutral  positive  quoted\n------  -  ---------  ----  --  --  --------  -------  --------  ------\n(no rows)")
    }

    @Test func rowsShowEachMention() {
        #expect(run("corpus() | where outlet == \"Hot Air\" | tone(Putin, rows: true) | select sentence, text, label, voice, speaker")
            == """
            sentence  text            label    voice     speaker
            --------  --------------  -------  --------  -------
                  17  Vladimir Putin  neutral  reporter  true
            """)
    }

    @Test func voicesSplitTheMentions() {
        let all = run("corpus() | tone(Putin).n")
        let reporter = run("corpus() | tone(Putin, voice: \"reporter\").n")
        let quoted = run("corpus() | tone(Putin, voice: \"quoted\").n")
        #expect(Int(all) == (Int(reporter) ?? 0) + (Int(quoted) ?? 0))
        #expect(quoted == run("corpus() | tone(Putin).quoted"))
    }

    @Test func explainShowsTheWordsThatCounted() {
        #expect(run("corpus() | where outlet == \"The Wall Street Journal\" | explain(tone(Putin)) | where sentence == 33 | select text, contribution")
            == """
            text                                                                                        contribution
            ------------------------------------------------------------------------------------------  ------------
            But some Western [[military]] and political leaders remain [[uneasy]] about Mr. [[Putin]].       -0.0842
            """)
    }

    @Test func compareResamplesTheMentions() {
        #expect(run("compare(tone(Putin), by: outlet) | select outlet, value, n") == """
            outlet                     value  n
            -----------------------  -------  -
            Atlantic Sentinel        -0.1989  7
            Breitbart                -0.4978  8
            Foreign Policy           -0.2831  9
            Hot Air                        0  1
            The Wall Street Journal   -0.012  6
            """)
    }

    @Test func badInput() {
        #expect(firstError("corpus() | tone(Putin, voice: \"editor\")")?.message
            == "'voice' must be \"reporter\" or \"quoted\", not \"editor\"")
        #expect(firstError("corpus() | tone(Putin, voice: 3)")?.message == "'tone' needs a string for 'voice', not a number")
        #expect(firstError("corpus() | tone(\"Putin\")")?.message != nil)
    }
}
