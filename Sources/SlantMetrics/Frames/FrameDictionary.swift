/// The two frame schemes Slant detects.
public enum FrameFamily: String, CaseIterable, Sendable, Hashable, CustomStringConvertible {
    /// The 15 dimensions of the Policy Frames Codebook (Boydstun et al. 2014).
    case policy
    /// The 5 generic news frames (Semetko & Valkenburg 2000).
    case news

    public var description: String { rawValue }

    /// The frames in the scheme's own order.
    public var frames: [String] {
        switch self {
        case .policy:
            ["economic", "capacity & resources", "morality", "fairness & equality", "legality", "policy prescription",
             "crime & punishment", "security & defense", "health & safety", "quality of life", "cultural identity",
             "public opinion", "political", "external regulation & reputation", "other"]
        case .news:
            ["conflict", "responsibility", "human interest", "economic consequences", "morality"]
        }
    }

    /// The frame no cue detects: what a sentence without any cue counts as (policy: "other").
    public var residualFrame: String? { self == .policy ? "other" : nil }

    /// The bundled dictionary's file name.
    public var fileName: String { self == .policy ? "policy-frames.tsv" : "news-frames.tsv" }
}

/// One cue of a frame dictionary: a word, a prefix (`econom*`) or a phrase.
public struct FrameCue: Sendable, Hashable {
    /// As written in the file ("econom*", "war crime*").
    public var pattern: String
    /// Index into ``FrameDictionary/frames``.
    public var frame: Int
    public var rationale: String
    /// `policy-frames.tsv:42`.
    public var source: String
    /// The pattern's words, lowercased, each with whether it is a prefix.
    var words: [(bytes: [UInt8], isPrefix: Bool)]

    public static func == (lhs: FrameCue, rhs: FrameCue) -> Bool { lhs.source == rhs.source && lhs.pattern == rhs.pattern }
    public func hash(into hasher: inout Hasher) { hasher.combine(source) }
}

/// A frame dictionary read from a data file (bundled `policy-frames.tsv` / `news-frames.tsv`,
/// or a user's): cues by frame, compiled for byte-level matching.
public struct FrameDictionary: Sendable {
    public let family: FrameFamily
    /// The frames, in the scheme's order.
    public let frames: [String]
    public let cues: [FrameCue]
    /// Single-word cues by word (and their plurals); phrase cues by their first word.
    let exact: FoldedWordTable<[Int32]>
    /// Prefix cues by prefix.
    let prefixes: PrefixTrie

    public init(text: String, family: FrameFamily, file: String? = nil) throws(RoleDataError) {
        let file = file ?? family.fileName
        self.family = family
        frames = family.frames
        let table = DataTable(text: text, file: file)
        try table.requireColumns(3, "cue, frame, rationale")
        var cues: [FrameCue] = []
        var exact: [(String, [Int32])] = []
        var prefixes = PrefixTrie()
        for row in table.rows {
            guard let frame = frames.firstIndex(of: row.fields[1]) else {
                throw table.error(row, "unknown frame '\(row.fields[1])'; the \(family) frames are: " + frames.joined(separator: ", "))
            }
            guard frames[frame] != family.residualFrame else {
                throw table.error(row, "'\(frames[frame])' is what a sentence without cues counts as; it cannot have cues")
            }
            let pattern = row.fields[0].lowercased()
            var words: [(bytes: [UInt8], isPrefix: Bool)] = []
            for word in pattern.split(separator: " ") {
                let isPrefix = word.hasSuffix("*")
                let bytes = Array((isPrefix ? word.dropLast() : word).utf8)
                guard !bytes.isEmpty else { throw table.error(row, "empty cue word in '\(row.fields[0])'") }
                words.append((bytes, isPrefix))
            }
            guard let first = words.first else { throw table.error(row, "the cue is empty") }
            let index = Int32(cues.count)
            cues.append(FrameCue(pattern: row.fields[0], frame: frame, rationale: row.fields[2],
                                 source: "\(file):\(row.line)", words: words))
            if first.isPrefix {
                prefixes.insert(first.bytes, value: index)
            } else {
                let word = String(decoding: first.bytes, as: UTF8.self)
                exact.append((word, [index]))
                if words.count == 1 {
                    exact.append((word + "s", [index]))
                    exact.append((word + "es", [index]))
                }
            }
        }
        self.cues = cues
        self.exact = FoldedWordTable(exact) { old, new in old + new.filter { !old.contains($0) } }
        self.prefixes = prefixes
    }

    /// The bundled dictionary of `family`, loaded once.
    public static func bundled(_ family: FrameFamily) throws(RoleDataError) -> FrameDictionary {
        switch family {
        case .policy: try bundledPolicy.get()
        case .news: try bundledNews.get()
        }
    }

    private static func load(_ family: FrameFamily) -> Result<FrameDictionary, RoleDataError> {
        do throws(RoleDataError) {
            return .success(try FrameDictionary(text: DataTable.bundledText(folder: "frames", name: family.fileName), family: family))
        } catch {
            return .failure(error)
        }
    }

    private static let bundledPolicy = load(.policy)
    private static let bundledNews = load(.news)

    /// Whether cue word `word` matches the lowercase token bytes.
    static func matches(_ word: (bytes: [UInt8], isPrefix: Bool), _ token: UnsafeBufferPointer<UInt8>) -> Bool {
        if word.isPrefix {
            return token.count >= word.bytes.count && word.bytes.withUnsafeBufferPointer { prefix in
                prefix.elementsEqual(UnsafeBufferPointer(rebasing: token[0..<prefix.count]))
            }
        }
        if token.count == word.bytes.count { return word.bytes.elementsEqual(token) }
        // the plural forms of a single word are in the table; inside a phrase allow -s / -es too
        guard token.count == word.bytes.count + 1 || token.count == word.bytes.count + 2 else { return false }
        let stem = UnsafeBufferPointer(rebasing: token[0..<word.bytes.count])
        guard word.bytes.elementsEqual(stem) else { return false }
        // "s" or "es" after the stem
        let extra = token.count - word.bytes.count
        return token[token.count - 1] == 0x73 && (extra == 1 || token[word.bytes.count] == 0x65)
    }
}
