/// A strict, allocation-light parser for one JSON object per line, working on raw UTF-8 bytes.
///
/// Slant only needs the object's top-level fields: string values are decoded; any other value
/// (number, boolean, null, array, object) is validated and kept as its JSON text, so it can go
/// to metadata unchanged. Errors carry the 1-based column (a byte offset) of the fault.
struct JSONObjectParser {
    /// A syntax error at a column of the line.
    struct SyntaxError: Error {
        var column: Int
        var detail: String
    }

    /// A top-level field value.
    enum Value {
        case string(String)
        /// Any non-string value, as its JSON source text (`12`, `true`, `null`, `[1,2]`).
        case other(String)
        case null

        /// The value as metadata text: strings as they are, `null` as nothing, the rest as JSON.
        var text: String? {
            switch self {
            case .string(let s), .other(let s): return s
            case .null: return nil
            }
        }
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    private var depth = 0
    private var scratch: [UInt8] = []

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Parses the line as one JSON object; `nil` when it holds another kind of JSON value.
    /// Keys appear in source order; a repeated key keeps its last value.
    static func parseObject(_ line: UnsafeBufferPointer<UInt8>) throws(SyntaxError) -> [(String, Value)]? {
        var parser = JSONObjectParser(line)
        return try parser.parseTopLevel()
    }

    private mutating func parseTopLevel() throws(SyntaxError) -> [(String, Value)]? {
        skipWhitespace()
        guard position < bytes.count else { throw error("empty line where a JSON object was expected") }
        guard bytes[position] == UInt8(ascii: "{") else {
            try skipValue()
            skipWhitespace()
            if position < bytes.count { throw error("unexpected text after the JSON value") }
            return nil
        }
        position += 1
        var fields: [(String, Value)] = []
        skipWhitespace()
        if peek() == UInt8(ascii: "}") {
            position += 1
        } else {
            while true {
                skipWhitespace()
                guard peek() == UInt8(ascii: "\"") else { throw error("expected a field name in double quotes") }
                let key = try parseString()
                skipWhitespace()
                guard peek() == UInt8(ascii: ":") else { throw error("expected ':' after the field name") }
                position += 1
                skipWhitespace()
                let value: Value
                if peek() == UInt8(ascii: "\"") {
                    value = .string(try parseString())
                } else {
                    let valueStart = position
                    try skipValue()
                    let raw = String(decoding: UnsafeBufferPointer(rebasing: bytes[valueStart..<position]), as: UTF8.self)
                    value = raw == "null" ? .null : .other(raw)
                }
                if let existing = fields.firstIndex(where: { $0.0 == key }) {
                    fields[existing].1 = value
                } else {
                    fields.append((key, value))
                }
                skipWhitespace()
                guard let next = peek() else { throw error("line ends inside the object (missing '}')") }
                position += 1
                if next == UInt8(ascii: "}") { break }
                guard next == UInt8(ascii: ",") else {
                    position -= 1
                    throw error("expected ',' or '}' after a field value")
                }
            }
        }
        skipWhitespace()
        if position < bytes.count { throw error("unexpected text after the closing '}'") }
        return fields
    }

    // MARK: - Pieces

    private func peek() -> UInt8? { position < bytes.count ? bytes[position] : nil }

    private func error(_ detail: String) -> SyntaxError { SyntaxError(column: position + 1, detail: detail) }

    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    /// Validates and steps over any JSON value.
    private mutating func skipValue() throws(SyntaxError) {
        guard let byte = peek() else { throw error("expected a value") }
        switch byte {
        case UInt8(ascii: "\""):
            _ = try parseString()
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            depth += 1
            defer { depth -= 1 }
            guard depth < 512 else { throw error("nested too deeply") }
            let close = byte == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
            position += 1
            skipWhitespace()
            if peek() == close { position += 1; return }
            while true {
                skipWhitespace()
                if byte == UInt8(ascii: "{") {
                    guard peek() == UInt8(ascii: "\"") else { throw error("expected a field name in double quotes") }
                    _ = try parseString()
                    skipWhitespace()
                    guard peek() == UInt8(ascii: ":") else { throw error("expected ':' after the field name") }
                    position += 1
                    skipWhitespace()
                }
                try skipValue()
                skipWhitespace()
                guard let next = peek() else { throw error("line ends inside a value") }
                position += 1
                if next == close { return }
                guard next == UInt8(ascii: ",") else {
                    position -= 1
                    throw error("expected ',' or '\(Character(UnicodeScalar(close)))'")
                }
            }
        case UInt8(ascii: "t"): try expectLiteral("true")
        case UInt8(ascii: "f"): try expectLiteral("false")
        case UInt8(ascii: "n"): try expectLiteral("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            try skipNumber()
        default:
            throw error("unexpected character '\(Character(UnicodeScalar(byte)))'")
        }
    }

    private mutating func expectLiteral(_ word: StaticString) throws(SyntaxError) {
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count else { throw error("expected '\(word)'") }
        let literal = UnsafeBufferPointer(start: word.utf8Start, count: count)
        for k in 0..<count where bytes[position + k] != literal[k] { throw error("expected '\(word)'") }
        position += count
    }

    private mutating func skipNumber() throws(SyntaxError) {
        let digits = UInt8(ascii: "0")...UInt8(ascii: "9")
        if peek() == UInt8(ascii: "-") { position += 1 }
        guard let first = peek(), digits.contains(first) else { throw error("expected a digit") }
        if first == UInt8(ascii: "0") { position += 1 } else {
            while let d = peek(), digits.contains(d) { position += 1 }
        }
        if peek() == UInt8(ascii: ".") {
            position += 1
            guard let d = peek(), digits.contains(d) else { throw error("expected a digit after '.'") }
            while let d = peek(), digits.contains(d) { position += 1 }
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            position += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { position += 1 }
            guard let d = peek(), digits.contains(d) else { throw error("expected a digit in the exponent") }
            while let d = peek(), digits.contains(d) { position += 1 }
        }
    }

    /// Parses a string starting at the opening quote; invalid UTF-8 and lone surrogates become U+FFFD.
    private mutating func parseString() throws(SyntaxError) -> String {
        position += 1  // opening quote
        let start = position
        // Fast path: no escapes.
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
                position += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw error("control character inside a string (escape it)") }
            position += 1
        }
        guard position < bytes.count else {
            position = start - 1
            throw error("string never closed (missing '\"')")
        }
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<position]))
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                return String(decoding: scratch, as: UTF8.self)
            }
            if byte < 0x20 { throw error("control character inside a string (escape it)") }
            if byte != UInt8(ascii: "\\") {
                scratch.append(byte)
                position += 1
                continue
            }
            position += 1
            guard let escaped = peek() else { break }
            position += 1
            switch escaped {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(escaped)
            case UInt8(ascii: "b"): scratch.append(0x08)
            case UInt8(ascii: "f"): scratch.append(0x0C)
            case UInt8(ascii: "n"): scratch.append(0x0A)
            case UInt8(ascii: "r"): scratch.append(0x0D)
            case UInt8(ascii: "t"): scratch.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try parseHex4()
                if (0xD800...0xDBFF).contains(scalar), position + 1 < bytes.count,
                   bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") {
                    let save = position
                    position += 2
                    let low = try parseHex4()
                    if (0xDC00...0xDFFF).contains(low) {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else {
                        position = save
                    }
                }
                let decoded = Unicode.Scalar(scalar) ?? "\u{FFFD}"
                scratch.append(contentsOf: String(decoded).utf8)
            default:
                position -= 2
                throw error("unknown escape '\\\(Character(UnicodeScalar(escaped)))'")
            }
        }
        position = start - 1
        throw error("string never closed (missing '\"')")
    }

    private mutating func parseHex4() throws(SyntaxError) -> UInt32 {
        guard position + 4 <= bytes.count else { throw error("expected four hex digits after \\u") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw error("expected four hex digits after \\u")
            }
            value = value << 4 | digit
            position += 1
        }
        return value
    }
}
