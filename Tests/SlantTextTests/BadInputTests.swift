import Foundation
import Testing
@testable import SlantText

/// Every kind of bad input gives one clear problem naming the file (and line), good documents
/// still load, and `strict` turns the first problem into a thrown error.
@Suite struct BadInputTests {
    private func folder(_ files: [String: [UInt8]]) throws -> String {
        let folder = try TestSupport.scratchFolder()
        for (name, bytes) in files { try TestSupport.write(bytes, to: folder, name: name) }
        return folder
    }

    private func loadError(_ path: String, strict: Bool = false) -> CorpusError? {
        do {
            _ = try Corpus.load(path: path, options: LoadOptions(strict: strict))
            return nil
        } catch {
            return error
        }
    }

    @Test func missingPath() {
        let error = loadError("/nonexistent/corpus.jsonl")
        #expect(error == .pathNotFound(path: "/nonexistent/corpus.jsonl"))
        #expect(error?.description
            == "/nonexistent/corpus.jsonl: error: no such file or folder (check the path; give a folder of .txt files, a .jsonl/.jsonl.gz file or a .csv file)")
    }

    @Test func unsupportedExtension() throws {
        let folder = try folder(["corpus.pdf": Array("x".utf8)])
        #expect(loadError(folder + "/corpus.pdf") == .unsupportedFormat(path: folder + "/corpus.pdf"))
    }

    @Test func unreadableFile() throws {
        guard getuid() != 0 else {
            print("skipped: running as root, file permissions cannot make a file unreadable")
            return
        }
        let folder = try folder(["locked.jsonl": Array("{}".utf8)])
        chmod(folder + "/locked.jsonl", 0)
        #expect(loadError(folder + "/locked.jsonl") == .unreadable(path: folder + "/locked.jsonl", reason: "permission denied"))
    }

    @Test func folderWithoutTextFiles() throws {
        let folder = try folder(["notes.md": Array("hello".utf8)])
        let error = loadError(folder)
        #expect(error == .noTextFiles(directory: folder))
        #expect(error?.hint == "put one article per .txt file in the folder")
    }

    @Test func invalidUTF8IsReplacedWithAWarningNamingTheByte() throws {
        // "Caf" + Latin-1 é (0xE9) + " ok." — byte 3 is not UTF-8.
        let folder = try folder(["a.txt": [0x43, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x6B, 0x2E], "b.txt": Array("Fine.".utf8)])
        let corpus = try Corpus.load(path: folder)
        #expect(corpus.documents.map(\.text) == ["Caf\u{FFFD} ok.", "Fine."])
        #expect(corpus.warnings.map(\.description) == [
            "\(folder)/a.txt: warning: invalid UTF-8 at byte 3; invalid bytes replaced with U+FFFD (re-save the file as UTF-8 (e.g. iconv -f latin1 -t utf-8))",
        ])
        #expect(loadError(folder, strict: true) == .invalidUTF8(Origin(file: folder + "/a.txt"), byteOffset: 3))
    }

    @Test func emptyArticleIsSkipped() throws {
        let folder = try folder(["a.txt": Array(" \n\t\n".utf8), "b.txt": Array("Fine.".utf8)])
        let corpus = try Corpus.load(path: folder)
        #expect(corpus.documents.map(\.id) == ["b"])
        #expect(corpus.warnings == [CorpusError.emptyDocument(Origin(file: folder + "/a.txt"), id: "a").asWarning])
        #expect(loadError(folder, strict: true) == .emptyDocument(Origin(file: folder + "/a.txt"), id: "a"))
    }

    @Test func binaryFileIsSkipped() throws {
        let folder = try folder(["a.txt": [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00], "b.txt": Array("Fine.".utf8)])
        let corpus = try Corpus.load(path: folder)
        #expect(corpus.documents.map(\.id) == ["b"])
        #expect(corpus.warnings.map(\.description) == [
            "\(folder)/a.txt: warning: binary data (NUL byte at byte 8); document skipped (remove the file from the corpus or convert it to plain text)",
        ])
        #expect(loadError(folder, strict: true) == .binaryFile(Origin(file: folder + "/a.txt"), byteOffset: 8))
    }

    @Test func jsonLineThatIsNotJSONNamesFileLineAndColumn() throws {
        let folder = try folder(["c.jsonl": Array("""
            {"id": "1", "text": "Good."}
            {"id": "2", "text": "Bad. }
            {"id": "3", "text": "Good too."}
            [1, 2]
            {"id": "5" "text": "x"}
            """.utf8)])
        let path = folder + "/c.jsonl"
        let corpus = try Corpus.load(path: path)
        #expect(corpus.documents.map(\.id) == ["1", "3"])
        #expect(corpus.warnings.map(\.description) == [
            "\(path):2: warning: not valid JSON at column 21: string never closed (missing '\"'); line skipped (put exactly one JSON object per line)",
            "\(path):4: warning: JSON value is not an object; line skipped (put exactly one JSON object per line)",
            "\(path):5: warning: not valid JSON at column 12: expected ',' or '}' after a field value; line skipped (put exactly one JSON object per line)",
        ])
        #expect(loadError(path, strict: true)
            == .malformedJSON(Origin(file: path, line: 2), column: 21, detail: "string never closed (missing '\"')"))
    }

    @Test func missingTextField() throws {
        let folder = try folder(["c.jsonl": Array("{\"id\": \"1\", \"body\": \"x\"}\n{\"id\": \"2\", \"text\": \"ok\"}\n".utf8)])
        let path = folder + "/c.jsonl"
        let corpus = try Corpus.load(path: path)
        #expect(corpus.documents.map(\.id) == ["2"])
        #expect(corpus.warnings == [CorpusError.missingTextField(Origin(file: path, line: 1), field: "text").asWarning])
        #expect(corpus.warnings.first?.description
            == "\(path):1: warning: no 'text' field with the article text; record skipped (add the text field, or name the field that holds the text (FieldMap))")
    }

    @Test func duplicateIDsKeepTheFirst() throws {
        let folder = try folder(["c.jsonl": Array("""
            {"id": "x", "text": "first"}
            {"id": "y", "text": "other"}
            {"id": "x", "text": "second"}
            """.utf8)])
        let path = folder + "/c.jsonl"
        let corpus = try Corpus.load(path: path)
        #expect(corpus.documents.map(\.text) == ["first", "other"])
        #expect(corpus.warnings.map(\.description) == [
            "\(path):3: warning: duplicate id 'x' (first seen at \(path):1); this one skipped (give every document a unique id)",
        ])
        #expect(loadError(path, strict: true)
            == .duplicateID(Origin(file: path, line: 3), id: "x", firstSeen: Origin(file: path, line: 1)))
    }

    @Test func invalidUTF8InAJSONLineNamesTheColumnOffset() throws {
        let folder = try folder(["c.jsonl": Array("{\"id\": \"1\", \"text\": \"Caf".utf8) + [0xE9] + Array("\"}\n".utf8)])
        let path = folder + "/c.jsonl"
        let corpus = try Corpus.load(path: path)
        #expect(corpus.documents.map(\.text) == ["Caf\u{FFFD}"])
        #expect(corpus.warnings == [CorpusError.invalidUTF8(Origin(file: path, line: 1), byteOffset: 24).asWarning])
    }

    @Test func truncatedGzipKeepsWhatCameBefore() throws {
        let original = try Data(contentsOf: URL(fileURLWithPath: TestSupport.fixture("corpora/small.jsonl.gz")))
        let folder = try folder(["cut.jsonl.gz": Array(original.prefix(original.count - 30))])
        let path = folder + "/cut.jsonl.gz"
        let corpus = try Corpus.load(path: path)
        #expect(corpus.warnings.count == 1)
        #expect(corpus.warnings.first?.description.hasPrefix("\(path): warning: corrupt gzip data: file ends in the middle of compressed data") == true)
        #expect(corpus.documents.count < 3)
        if case .corruptGzip? = loadError(path, strict: true) {} else { Issue.record("strict load of a truncated .gz must throw corruptGzip") }
    }

    @Test func notGzipAtAll() throws {
        let folder = try folder(["plain.jsonl.gz": Array("{\"id\": \"1\", \"text\": \"x\"}\n".utf8)])
        let corpus = try Corpus.load(path: folder + "/plain.jsonl.gz")
        #expect(corpus.documents.isEmpty)
        #expect(corpus.warnings.first?.description.contains("corrupt gzip data: incorrect header check") == true)
    }

    @Test func csvWithoutTextColumn() throws {
        let folder = try folder(["c.csv": Array("id,body\n1,hello\n".utf8)])
        let path = folder + "/c.csv"
        #expect(loadError(path) == .malformedCSV(Origin(file: path, line: 1), detail: "no 'text' column (the header has: id, body)"))
    }

    @Test func emptyCSV() throws {
        let folder = try folder(["c.csv": []])
        let path = folder + "/c.csv"
        #expect(loadError(path) == .malformedCSV(Origin(file: path, line: 1), detail: "the file is empty; a header row is required"))
    }

    @Test func csvRecordWithWrongFieldCountAndInvalidUTF8() throws {
        let folder = try folder(["c.csv": Array("id,text\n1,ok\n2,a,b\n3,Caf".utf8) + [0xE9] + Array("\n".utf8)])
        let path = folder + "/c.csv"
        let corpus = try Corpus.load(path: path)
        #expect(corpus.documents.map(\.id) == ["1", "3"])
        #expect(corpus.documents.last?.text == "Caf\u{FFFD}")
        // The stream repairs ahead of the parser, so the byte-offset warning comes first.
        #expect(corpus.warnings == [
            CorpusError.invalidUTF8(Origin(file: path), byteOffset: 24).asWarning,
            CorpusError.malformedCSV(Origin(file: path, line: 3), detail: "3 fields where the header has 2; record skipped").asWarning,
        ])
    }

    @Test func manifestRowForAMissingFile() throws {
        let folder = try folder([
            "a.txt": Array("Title\nBody.".utf8),
            "manifest.csv": Array("file,id,outlet\na.txt,A,Out\nz.txt,Z,Gone\n".utf8),
        ])
        let corpus = try Corpus.load(path: folder)
        #expect(corpus.documents.map(\.id) == ["A"])
        #expect(corpus.warnings == [
            CorpusError.manifest(Origin(file: folder + "/manifest.csv", line: 3), detail: "'z.txt' is not in the folder; row ignored").asWarning,
        ])
    }
}
