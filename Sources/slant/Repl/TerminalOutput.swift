@preconcurrency import CEditLine
import Glibc

/// Writes the REPL's text straight to a file descriptor.
///
/// libedit draws through its own `FILE` and flushes it after every refresh; writing results with
/// `write(2)` rather than through another buffered `FILE` keeps the two from interleaving.
struct TerminalOutput: Sendable {
    let descriptor: Int32

    static let standardOutput = TerminalOutput(descriptor: STDOUT_FILENO)
    static let standardError = TerminalOutput(descriptor: STDERR_FILENO)

    /// Writes all of `text`, retrying after partial writes and interrupted calls.
    func write(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        bytes.withUnsafeMutableBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            while offset < buffer.count {
                let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0 && errno == EINTR {
                    continue
                } else {
                    return  // the terminal went away; nothing sensible left to do with the text
                }
            }
        }
    }

    /// Whether this descriptor is a terminal.
    var isTerminal: Bool { isatty(descriptor) == 1 }

    /// The width of the terminal on `descriptor`, else `$COLUMNS`, else nil.
    static func columns(of descriptor: Int32) -> Int? {
        let measured = Int(slant_terminal_columns(descriptor))
        if measured > 0 { return measured }
        if let text = Glibc.getenv("COLUMNS"), let columns = Int(String(cString: text)), columns > 0 {
            return columns
        }
        return nil
    }
}
