/// Why the tagger model could not be loaded. The description names the file, and the line and
/// byte column when the fault is inside it, and says what to do.
public struct TaggerModelError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The model file (path as opened, or its resource name).
    public var file: String
    /// 1-based line of the fault, when it is inside the file.
    public var line: Int?
    /// 1-based byte column of the fault on that line.
    public var column: Int?
    /// What is wrong and what to do about it.
    public var message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let column { place += ":\(column)" }
        return "\(place): error: \(message)"
    }
}
