/// Byte-level helpers for matching alias pieces: ASCII case folding and a 64-bit FNV-1a hash
/// of the folded bytes, so a document's words are looked up without building strings.
enum PieceKey {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// `A`–`Z` to `a`–`z`; every other byte unchanged (non-ASCII letters compare as written).
    @inline(__always)
    static func fold(_ byte: UInt8) -> UInt8 {
        byte &- 0x41 < 26 ? byte | 0x20 : byte
    }

    @inline(__always)
    static func isUpper(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 }

    @inline(__always)
    static func isLower(_ byte: UInt8) -> Bool { byte &- 0x61 < 26 }

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    /// Hash of the folded bytes of `bytes[range]`.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var hash = offsetBasis
        for index in range {
            hash = (hash ^ UInt64(fold(bytes[index]))) &* prime
        }
        return hash
    }

    static func hash(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBufferPointer { hash($0, 0..<$0.count) }
    }

    /// Hash of the folded UTF-8 bytes of `text` (the same value as for its bytes).
    static func hash(_ text: String) -> UInt64 {
        var hash = offsetBasis
        for byte in text.utf8 { hash = (hash ^ UInt64(fold(byte))) &* prime }
        return hash
    }
}

/// How an alias piece must be written in the text to count.
enum CaseRule: Sendable, Hashable {
    /// All-caps aliases of two letters or more (`ISIS`, `ISIL`, `IS`, `U.S.`, `UK`): exactly as written.
    case exact
    /// Capitalised aliases (`Assad`, `Turkey`, `Islamic`): any case, but the word must start with a
    /// capital, so "turkey" the bird in mid-sentence is not Turkey.
    case capitalised
    /// Lower-case aliases (`al`, `regime`, `caliphate`): any case.
    case anyCase

    /// The rule for an alias piece, from how the alias writes it.
    static func of(_ bytes: [UInt8]) -> CaseRule {
        var letters = 0
        var uppercase = 0
        var firstLetterIsUpper: Bool?
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if PieceKey.isUpper(byte) || PieceKey.isLower(byte) {
                letters += 1
                if PieceKey.isUpper(byte) { uppercase += 1 }
                if firstLetterIsUpper == nil { firstLetterIsUpper = PieceKey.isUpper(byte) }
            } else if byte >= 0xC0 {
                // A non-ASCII letter: decide by the scalar's case.
                let scalar = String(decoding: bytes[index...], as: UTF8.self).unicodeScalars.first
                if let scalar, scalar.properties.isAlphabetic {
                    letters += 1
                    let upper = scalar.properties.isUppercase
                    if upper { uppercase += 1 }
                    if firstLetterIsUpper == nil { firstLetterIsUpper = upper }
                }
            }
            index += 1
        }
        if letters >= 2 && uppercase == letters { return .exact }
        return firstLetterIsUpper == true ? .capitalised : .anyCase
    }
}
