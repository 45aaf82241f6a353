import Foundation
import Testing
@testable import SlantText

@Suite struct SeedCorpusTests {
    @Test func loadsTheFiveSeedsWithTheirManifest() throws {
        let corpus = try Corpus.seeds()
        #expect(corpus.name == "seeds")
        #expect(corpus.warnings.isEmpty)
        #expect(corpus.documents.map(\.id) == [
            "000_be7322f3e281de7b", "001_182fc0aef669f16c", "002_2b66011f9f7eda62",
            "003_cff110dff92a827b", "004_9e1c7af81e2be059",
        ])
        #expect(corpus.documents.map(\.outlet) == [
            "Atlantic Sentinel", "Foreign Policy", "Breitbart", "Hot Air", "The Wall Street Journal",
        ])
        #expect(corpus.documents.map(\.date) == ["2015-11-16", "2015-09-29", "2015-11-18", "2014-09-26", "2015-11-18"])
        #expect(corpus.documents.map(\.title) == [
            "Putin Unlikely to Be Much Help Against Islamic State",
            "World to Vlad: Put Up or Shut Up in Anti-Terror Fight",
            "Anti-ISIS Alliance Between France, Russia, U.S. Takes Shape",
            "Russia to join coalition against ISIS in Iraq?",
            "Global Anti-ISIS Alliance Begins to Emerge",
        ])
        #expect(corpus.documents.map { $0.metadata["outlet_inferred"] } == ["no", "no", "yes", "no", "no"])
        #expect(corpus.documents[1].metadata["authors"] == "Colum Lynch")
        #expect(corpus.documents[3].metadata["url"]
            == "https://hotair.com/ed-morrissey/2014/09/26/russia-to-join-coalition-against-isis-in-iraq-n192996")
        #expect(corpus.documents[0].origin == Origin(file: "seeds/000_be7322f3e281de7b.txt"))
        #expect(corpus.documents.map { $0.text.utf8.count } == [2817, 10524, 5418, 5233, 7831])
    }
}

@Suite struct TextFolderLoaderTests {
    @Test func loadsTxtFilesSortedWithManifest() throws {
        let corpus = try Corpus.load(path: TestSupport.fixture("corpora/folder"))
        #expect(corpus.documents.map(\.id) == ["doc-a", "doc-b", "c"])
        #expect(corpus.documents.map(\.title) == ["Title of A", "Title of B", "Title of C"])
        #expect(corpus.documents.map(\.outlet) == ["Outlet A", "Outlet B", ""])
        #expect(corpus.documents[0].metadata == [
            "authors": "John Doe", "url": "unknown", "provenance": "byline in the text", "outlet_inferred": "no",
        ])
        #expect(corpus.documents[1].metadata["outlet_inferred"] == "yes")
        #expect(corpus.documents[2].metadata.isEmpty)
        #expect(corpus.documents[0].text == "\n  Title of A  \nBody of A.\n")
        #expect(corpus.warnings.isEmpty)
    }

    @Test func singleTextFileIsOneDocument() throws {
        let corpus = try Corpus.load(path: TestSupport.fixture("corpora/folder/b.txt"))
        #expect(corpus.documents.count == 1)
        #expect(corpus.documents.first?.id == "b")
        #expect(corpus.documents.first?.title == "Title of B")
    }
}

@Suite struct JSONLinesLoaderTests {
    private func checkSmall(_ corpus: Corpus) {
        #expect(corpus.warnings.isEmpty)
        #expect(corpus.documents.map(\.id) == ["a1", "a2", "a3"])
        #expect(corpus.documents.map(\.outlet) == ["Reuters", "Fox News", "Vox"])
        #expect(corpus.documents.map(\.date) == ["2015-11-18", "2015-11-19", "2015-11-20"])
        #expect(corpus.documents[1].title == "A \"quoted\" title")
        #expect(corpus.documents[0].text == "Russia’s jets struck Raqqa.\n\nMr. Putin said so.")
        #expect(corpus.documents[1].text == "Line one—with a dash.\nCafé 😀 emoji.")
        #expect(corpus.documents[0].metadata == [
            "bias": "center", "topic": "russia", "url": "https://example.org/a1", "score": "3.5",
        ])
        // null is dropped; arrays and objects are kept as their JSON text.
        #expect(corpus.documents[1].metadata == ["bias": "right", "topic": "russia", "tags": "[\"a\", \"b\"]"])
        #expect(corpus.documents[2].metadata["nested"] == "{\"k\": 1}")
        #expect(corpus.documents.map { $0.origin.line } == [1, 2, 3])
    }

    @Test func plain() throws {
        checkSmall(try Corpus.load(path: TestSupport.fixture("corpora/small.jsonl")))
    }

    @Test func gzipped() throws {
        checkSmall(try Corpus.load(path: TestSupport.fixture("corpora/small.jsonl.gz")))
    }

    @Test func configurableFieldNames() throws {
        let folder = try TestSupport.scratchFolder()
        let path = try TestSupport.write(
            #"{"key": "k1", "source": "AP", "published": "2020-02-02", "headline": "H", "body": "Text.", "id": "x"}"# + "\n",
            to: folder, name: "renamed.jsonl")
        let fields = FieldMap(id: "key", outlet: "source", date: "published", title: "headline", text: "body")
        let corpus = try Corpus.load(path: path, options: LoadOptions(fields: fields))
        let document = try #require(corpus.documents.first)
        #expect(document.id == "k1")
        #expect(document.outlet == "AP")
        #expect(document.date == "2020-02-02")
        #expect(document.title == "H")
        #expect(document.text == "Text.")
        #expect(document.metadata == ["id": "x"])
    }

    @Test func linesLongerThanTheReadBufferAndCRLF() throws {
        let folder = try TestSupport.scratchFolder()
        let long = String(repeating: "word ", count: 500_000)
        let path = try TestSupport.write(
            #"{"id": "1", "text": "\#(long)"}"# + "\r\n" + #"{"id": "2", "text": "short"}"# + "\r\n",
            to: folder, name: "long.jsonl")
        let corpus = try Corpus.load(path: path)
        #expect(corpus.documents.map(\.id) == ["1", "2"])
        #expect(corpus.documents.first?.text.utf8.count == 2_500_000)
    }

    @Test func bigAllSidesCorpus() throws {
        guard let path = TestSupport.shared("corpora/allsides-russia.jsonl.gz") else { return }
        let corpus = try Corpus.load(path: path)
        #expect(corpus.documents.count == 5975)
        #expect(corpus.warnings.isEmpty)
        #expect(corpus.documents.first?.id == "010kctWZEv5QH3NE")
        #expect(corpus.documents.first?.outlet == "Politico")
        #expect(corpus.documents.first?.metadata["bias"] != nil)
        #expect(corpus.documents.reduce(0) { $0 + $1.text.utf8.count } == 43_606_435)
    }
}

@Suite struct CSVLoaderTests {
    @Test func loadsWithHeaderAndQuotedFields() throws {
        let corpus = try Corpus.load(path: TestSupport.fixture("corpora/small.csv"))
        #expect(corpus.warnings.isEmpty)
        #expect(corpus.documents.map(\.id) == ["c1", "c2", "c3"])
        #expect(corpus.documents.map(\.title) == ["First", "Second, with comma", "Third"])
        #expect(corpus.documents[0].text == "Russia’s jets struck Raqqa, again.")
        #expect(corpus.documents[1].text == "A \"quoted\" word.\nA second line.")
        #expect(corpus.documents.map { $0.metadata } == [["bias": "center"], ["bias": "right"], ["bias": "left"]])
        // c2 starts on line 3 and spans two lines, so c3 starts on line 5.
        #expect(corpus.documents.map { $0.origin.line } == [2, 3, 5])
    }
}
