import Testing
@testable import SlantLanguage

@Suite("Script source")
struct ScriptSourceTests {
    @Test func invalidUTF8IsLocated() {
        let bytes: [UInt8] = Array("1\nab".utf8) + [0xFF] + Array(" + 1".utf8)
        guard case .failure(let diagnostic) = ScriptSource.decode(bytes) else {
            Issue.record("expected a failure")
            return
        }
        #expect(diagnostic.message == "invalid UTF-8: byte 0xFF at byte offset 4")
        let map = SourceMap(bytes: bytes)
        #expect(diagnostic.rendered(map: map, file: "bad.slant") == """
            bad.slant:2:3: error: invalid UTF-8: byte 0xFF at byte offset 4
             2 | ab\u{FFFD} + 1
               |   ^
            help: save the script as UTF-8 text
            """)
    }

    @Test(arguments: [
        [0xC0, 0x80] as [UInt8],  // overlong
        [0xED, 0xA0, 0x80],  // surrogate
        [0xF4, 0x90, 0x80, 0x80],  // above U+10FFFF
        [0xE2, 0x82],  // truncated
        [0x80],  // lone continuation
    ])
    func malformedSequences(_ bytes: [UInt8]) {
        #expect(ScriptSource.firstInvalidUTF8(Array("ok ".utf8) + bytes) == 3)
    }

    @Test func wellFormedTextPasses() {
        #expect(ScriptSource.firstInvalidUTF8(Array("é 😀 ∑ ok".utf8)) == nil)
    }

    @Test func byteOrderMarkIsDropped() throws {
        #expect(try ScriptSource.decode([0xEF, 0xBB, 0xBF] + Array("1".utf8)).get() == "1")
    }

    @Test(arguments: ["", "   \n\t\r\n"])
    func emptyScriptsAreErrors(_ source: String) {
        guard case .failure(let diagnostic) = ScriptSource.decode(Array(source.utf8)) else {
            Issue.record("expected a failure")
            return
        }
        #expect(diagnostic.message == "the script is empty: there is nothing to run")
    }

    @Test func aScriptOfCommentsIsValid() throws {
        #expect(try ScriptSource.decode(Array("# nothing yet\n".utf8)).get() == "# nothing yet\n")
    }
}
