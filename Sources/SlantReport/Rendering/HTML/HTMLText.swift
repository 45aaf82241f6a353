/// Escaping and measuring text for HTML and SVG.
enum HTMLText {
    /// Text safe inside elements and double-quoted attributes.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case _ where scalar.value < 0x20 && scalar != "\n" && scalar != "\t": result += " "
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A rough width in pixels of `text` in a sans-serif font of `size` px: SVG cannot measure
    /// text before drawing it, and labels must not overlap, so the estimate errs wide.
    static func width(_ text: String, size: Double) -> Double {
        var units = 0.0
        for character in text {
            switch character {
            case "i", "l", "j", "t", "f", "I", ".", ",", ":", ";", "'", "|", "!": units += 0.32
            case " ": units += 0.3
            case "m", "w", "M", "W": units += 0.9
            case _ where character.isUppercase: units += 0.7
            case _ where character.isNumber: units += 0.58
            default: units += 0.56
            }
        }
        return units * size
    }

    /// `text` cut with "…" to fit `maximum` pixels (full text when it fits).
    static func fit(_ text: String, size: Double, maximum: Double) -> String {
        guard width(text, size: size) > maximum else { return text }
        var cut = text
        while !cut.isEmpty, width(cut + "…", size: size) > maximum { cut.removeLast() }
        return cut + "…"
    }

    /// Bytes percent-encoded for a `data:` URL (letters, digits and `-_.~` stay).
    static func percentEncoded(_ text: String) -> String {
        let hex = Array("0123456789ABCDEF")
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                result.append("%")
                result.append(hex[Int(byte >> 4)])
                result.append(hex[Int(byte & 0x0F)])
            }
        }
        return result
    }

    /// A coordinate for SVG: at most two decimals, no "-0".
    static func coordinate(_ value: Double) -> String {
        let text = ReportNumberFormat.format(value, decimals: 2)
        var trimmed = text
        if trimmed.contains(".") {
            while trimmed.hasSuffix("0") { trimmed.removeLast() }
            if trimmed.hasSuffix(".") { trimmed.removeLast() }
        }
        return trimmed == "-0" ? "0" : trimmed
    }
}
