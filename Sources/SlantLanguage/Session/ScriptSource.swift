import SlantText

/// Turns a script file's bytes into source text, with located errors for invalid UTF-8 and
/// for an empty script (the front ends treat both as errors in the script: exit status 1).
public enum ScriptSource {
    /// The source text, or a diagnostic. A leading UTF-8 byte-order mark is dropped. A script
    /// that is empty or only white space is an error ("nothing to run"); one holding only
    /// comments is a valid script that prints nothing.
    public static func decode(_ bytes: [UInt8]) -> Result<String, Diagnostic> {
        var body = bytes
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body.removeFirst(3) }
        if let offset = firstInvalidUTF8(body) {
            let byte = body[offset]
            let hex = String(byte, radix: 16, uppercase: true)
            return .failure(Diagnostic(
                phase: .input, message: "invalid UTF-8: byte 0x\(hex.count == 1 ? "0" : "")\(hex) at byte offset \(offset)",
                range: SourceRange(start: offset, end: offset + 1),
                suggestion: "save the script as UTF-8 text"))
        }
        let source = String(decoding: body, as: UTF8.self)
        if body.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            return .failure(Diagnostic(
                phase: .input, message: "the script is empty: there is nothing to run",
                range: .empty(at: 0), suggestion: "write an expression, e.g. corpus() | count"))
        }
        return .success(source)
    }

    /// The offset of the first byte that is not part of well-formed UTF-8 (no overlong forms,
    /// no surrogates, nothing above U+10FFFF), or nil when all is well.
    public static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        // One validator for the whole project: the loaders' (SlantText).
        bytes.withUnsafeBufferPointer { UTF8Validation.firstInvalidByte(in: $0) }
    }
}
