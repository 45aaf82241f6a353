import Foundation
import SlantMetrics
import Testing

/// The reporting-verb and speaker-word lexicons: their content, their provenance, their errors.
@Suite("Quotes: lexicons")
struct QuoteLexiconTests {
    @Test("the classes the brief names: said, told, added, stated are neutral; claimed … boasted are loaded")
    func classes() throws {
        let lexicon = try ReportingVerbLexicon.bundled()
        for lemma in ["say", "tell", "add", "state"] {
            #expect(lexicon.verb(lemma: lemma)?.verbClass == .neutral, "\(lemma)")
        }
        let loaded: [(String, ReportingVerb.Nuance)] = [
            ("claim", .distancing), ("insist", .insistence), ("admit", .concession), ("concede", .concession),
            ("allege", .distancing), ("warn", .alarm), ("boast", .emotion), ("note", .endorsing),
        ]
        for (lemma, nuance) in loaded {
            #expect(lexicon.verb(lemma: lemma)?.verbClass == .loaded, "\(lemma)")
            #expect(lexicon.verb(lemma: lemma)?.nuance == nuance, "\(lemma)")
        }
        #expect(lexicon.verb(lemma: "according to")?.isAccordingTo == true)
        #expect(lexicon.verb(lemma: "quote")?.role == .speakerIsObject)
        #expect(lexicon.verbs.count == 75)
        #expect(Set(lexicon.verbs.map(\.lemma)).count == lexicon.verbs.count)
    }

    @Test("every reporting verb is a WordNet 3.0 communication verb (../shared)")
    func wordNetProvenance() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let path = root.appendingPathComponent("shared/lexicons/wordnet/verb_communication_lemmas.tsv").path
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            print("skipped: ../shared/lexicons/wordnet/verb_communication_lemmas.tsv not present")
            return
        }
        let wordNet = Set(text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { String($0.split(separator: "\t")[0]) })
        let lexicon = try ReportingVerbLexicon.bundled()
        let missing = lexicon.verbs.map(\.lemma).filter { !wordNet.contains($0) }
        #expect(missing == ["according to", "point out"])
    }

    @Test("a damaged lexicon names its file, line and fault")
    func badReportingVerbs() {
        let header = "lemma\tclass\tnuance\tcomplements\trole\tforms\n"
        #expect(throws: LexiconError(file: "v.tsv", line: 3, message: "unknown class 'biased'; use neutral or loaded")) {
            try ReportingVerbLexicon(tsv: "# comment\n" + header + "say\tbiased\tplain\tthat\t-\tsay|said\n", file: "v.tsv")
        }
        #expect(throws: LexiconError(file: "v.tsv", line: 2, message: "expected 6 tab-separated fields, found 2")) {
            try ReportingVerbLexicon(tsv: header + "say\tneutral\n", file: "v.tsv")
        }
        #expect(throws: LexiconError(file: "v.tsv", line: 2, message: "form 'as a matter of' has 4 words; at most two are supported")) {
            try ReportingVerbLexicon(tsv: header + "say\tneutral\tplain\tthat\t-\tas a matter of\n", file: "v.tsv")
        }
        #expect(throws: LexiconError(file: "v.tsv", line: 2, message: "unknown complement 'when'; use that, clause or to")) {
            try ReportingVerbLexicon(tsv: header + "say\tneutral\tplain\twhen\t-\tsay\n", file: "v.tsv")
        }
        #expect(throws: LexiconError(file: "v.tsv", line: 0, message: "no verbs")) {
            try ReportingVerbLexicon(tsv: header, file: "v.tsv")
        }
    }

    @Test("speaker words: categories combine, errors name the line")
    func speakerWords() throws {
        let words = try SpeakerWords.bundled()
        #expect(words.categories(of: "Minister") == [.title])
        #expect(words.categories(of: "spokesman") == [.title, .anonymous])
        #expect(words.categories(of: "OFFICIALS") == [.anonymous])
        #expect(words.categories(of: "Ministry") == [.organisation])
        #expect(words.categories(of: "Tuesday") == [.time])
        #expect(words.categories(of: "Fabius") == [])
        #expect(throws: LexiconError(file: "speaker_words.tsv", line: 2, message:
            "unknown category 'villain'; use title, modifier, anonymous, organisation or time")) {
            try SpeakerWords(tsv: "category\tword\nvillain\tAssad\n")
        }
    }
}
