import Foundation

/// The REPL history file: where it lives, how it is read, and how it is written without ever
/// leaving a truncated file behind.
///
/// Format: UTF-8 text, one entry per line, oldest first. A statement typed over several lines
/// is one entry; its newlines are stored as `\n` and backslashes as `\\`, so every entry stays
/// on one physical line and the file can be read back exactly.
struct HistoryStore: Sendable {
    /// Entries kept in memory and on disk; older ones are dropped first.
    static let maximumEntries = 1000

    let fileURL: URL

    /// `$XDG_STATE_HOME/slant/history`, else `~/.local/state/slant/history`, or nil when neither
    /// a state folder nor a home folder is known.
    static func defaultLocation(environment: [String: String]) -> URL? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return URL(fileURLWithPath: state).appendingPathComponent("slant/history")
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return URL(fileURLWithPath: home).appendingPathComponent(".local/state/slant/history")
    }

    /// The saved entries, oldest first; none when the file does not exist yet.
    func load() throws -> [String] {
        guard FileManager.default.fileExists(atPath: fileURL.path) else { return [] }
        let data = try Data(contentsOf: fileURL)
        let text = String(decoding: data, as: UTF8.self)
        let entries = text.split(separator: "\n", omittingEmptySubsequences: true).map { Self.decode($0) }
        return Array(entries.suffix(Self.maximumEntries))
    }

    /// Writes `entries` (the newest `maximumEntries` of them) to a temporary file in the same
    /// folder, then renames it over the history file: a crash leaves the old file or the new
    /// one, never half of one. `durable` also flushes it to disk first (used when leaving).
    func save(_ entries: [String], durable: Bool) throws {
        let folder = fileURL.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        var text = ""
        for entry in entries.suffix(Self.maximumEntries) {
            text += Self.encode(entry)
            text += "\n"
        }
        let temporary = folder.appendingPathComponent(".history.\(getpid()).tmp")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw HistoryError.cannotWrite(temporary.path, errno) }
        let bytes = Array(text.utf8)
        var offset = 0
        var failure: Int32 = 0
        bytes.withUnsafeBytes { buffer in
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = write(descriptor, base + offset, buffer.count - offset)
                if written > 0 { offset += written } else if errno != EINTR { failure = errno; return }
            }
        }
        if failure == 0 && durable && fsync(descriptor) != 0 { failure = errno }
        close(descriptor)
        guard failure == 0, rename(temporary.path, fileURL.path) == 0 else {
            let code = failure != 0 ? failure : errno
            unlink(temporary.path)
            throw HistoryError.cannotWrite(fileURL.path, code)
        }
    }

    static func encode(_ entry: String) -> String {
        var encoded = ""
        for scalar in entry.unicodeScalars {
            switch scalar {
            case "\\": encoded += "\\\\"
            case "\n": encoded += "\\n"
            case "\r": encoded += "\\r"
            default: encoded.unicodeScalars.append(scalar)
            }
        }
        return encoded
    }

    static func decode(_ line: Substring) -> String {
        var decoded = ""
        var escaping = false
        for scalar in line.unicodeScalars {
            if escaping {
                switch scalar {
                case "n": decoded += "\n"
                case "r": decoded += "\r"
                default: decoded.unicodeScalars.append(scalar)  // "\\" and anything unknown
                }
                escaping = false
            } else if scalar == "\\" {
                escaping = true
            } else {
                decoded.unicodeScalars.append(scalar)
            }
        }
        return decoded
    }
}

/// Why the history file could not be written; the REPL reports it once and carries on.
enum HistoryError: Error, CustomStringConvertible {
    case cannotWrite(String, Int32)

    var description: String {
        switch self {
        case .cannotWrite(let path, let code):
            return "cannot save history to \(path): \(String(cString: strerror(code))) "
                + "(check the folder's permissions, or start with --no-history)"
        }
    }
}
