/// ASCII-lowercases `text`'s UTF-8 bytes into `buffer` (reused between calls).
@inline(__always)
func lowercaseBytes(_ text: String, into buffer: inout [UInt8]) {
    buffer.removeAll(keepingCapacity: true)
    for byte in text.utf8 {
        buffer.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
    }
}
