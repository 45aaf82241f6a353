/// A problem in one of the data files of role framing or frame detection (a bundled file, or a
/// user's replacement): which file, which line, and what to do about it.
public struct RoleDataError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file's name as the user knows it (`actions.tsv`), or its path.
    public var file: String
    /// 1-based line; nil when the whole file is at fault (missing, unreadable).
    public var line: Int?
    public var message: String

    public init(file: String, line: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}
