import SlantText

/// Types the other party of an action as villain, victim or unmarked: from cue words in its own
/// phrase ("the Assad regime", "civilians"), or from a name that the same document sets next to
/// a cue word elsewhere ("Assad" after "Assad's regime" in another sentence).
///
/// Built once per document from its tokens alone (no tags), so it is cheap.
public struct PartyIndex: Sendable {
    /// Why a party got its type: the cue word, and where the text says so.
    public struct Reason: Sendable, Hashable {
        public var type: PartyType
        /// The cue word that typed it ("regime").
        public var cue: String
        /// The phrase that links a name to the cue ("Assad's regime"), for a name typed elsewhere.
        public var phrase: String?
        /// Sentence of that phrase.
        public var sentence: Int?
    }

    private var names: [String: Reason] = [:]
    let cues: TargetCues

    static let antiPrefixes = ["anti-", "counter-"]

    static let titles: Set<String> = [
        "president", "prime", "minister", "mr.", "mrs.", "ms.", "dr.", "sen.", "gen.", "king", "queen", "secretary",
        "foreign", "defense", "defence", "chancellor", "leader", "general", "sheikh", "emir", "the", "a", "an",
    ]

    /// Scans `document` for names next to cue words.
    public init(document: AnalysedDocument, cues: TargetCues) {
        self.cues = cues
        var votes: [String: [PartyType: Int]] = [:]
        var first: [String: Reason] = [:]
        let tokens = document.tokens
        var buffer: [UInt8] = []
        for sentenceIndex in document.sentences.indices {
            let range = document.sentences[sentenceIndex].tokens
            for index in range where tokens[index].isWord {
                lowercaseBytes(tokens[index].text, into: &buffer)
                guard buffer.withUnsafeBufferPointer({ cues.mightComplete($0) }) else { continue }
                let previous = index > range.lowerBound ? tokens[index - 1].text.lowercased() : nil
                guard let cue = cues.cue(tokens[index].text.lowercased(), previous: previous) else { continue }
                var linked: [(name: Int, phrase: Range<Int>)] = []
                // "Assad's regime", "the Assad regime"
                var end = index - 1
                if end >= range.lowerBound, tokens[end].kind == .clitic { end -= 1 }
                if let name = Self.lastName(tokens, endingAt: end, from: range.lowerBound) { linked.append((name, name..<(index + 1))) }
                // "strongman Assad"
                if index + 1 < range.upperBound, let name = Self.nameRun(tokens, from: index + 1, to: range.upperBound) {
                    linked.append((name, index..<(name + 1)))
                }
                // "the regime of Syrian President Bashar al-Assad"
                if index + 2 < range.upperBound, tokens[index + 1].text == "of",
                   let name = Self.nameRun(tokens, from: index + 2, to: Swift.min(range.upperBound, index + 8)) {
                    linked.append((name, index..<(name + 1)))
                }
                for (name, phrase) in linked {
                    let key = Self.key(tokens[name].text)
                    guard !key.isEmpty, cues.cue(key) == nil else { continue }
                    votes[key, default: [:]][cue.type, default: 0] += 1
                    if first[key] == nil || first[key]?.type != cue.type {
                        let start = tokens[phrase.lowerBound].range.lowerBound, stop = tokens[phrase.upperBound - 1].range.upperBound
                        first[key] = Reason(type: cue.type, cue: cue.word, phrase: document.originalText(start..<stop), sentence: sentenceIndex)
                    }
                }
            }
        }
        for (key, counts) in votes {
            let villain = counts[.villain] ?? 0, victim = counts[.victim] ?? 0
            guard villain != victim, var reason = first[key] else { continue }
            reason.type = villain > victim ? .villain : .victim
            names[key] = reason
        }
    }

    /// A name's comparison key: lowercased, without an "al-" / "el-" prefix.
    static func key(_ word: String) -> String {
        var lower = word.lowercased()
        for prefix in ["al-", "el-"] where lower.hasPrefix(prefix) { lower.removeFirst(prefix.count) }
        return lower
    }

    /// A capitalised word that can be a name: not a title, not a demonym-like adjective.
    static func isName(_ token: Token) -> Bool {
        let lower = token.text.lowercased()
        guard isCapitalised(token) else { return false }
        if titles.contains(lower) { return false }
        for suffix in ["ian", "ese", "ish", "an", "i"] where lower.hasSuffix(suffix) && lower.count > 4 { return false }
        return true
    }

    /// A word whose first letter (after an "al-" / "el-" prefix) is upper case.
    static func isCapitalised(_ token: Token) -> Bool {
        guard token.kind == .word else { return false }
        let name = key(token.text)
        guard !name.isEmpty, let first = token.text.dropFirst(token.text.count - name.count).unicodeScalars.first else {
            return false
        }
        return first.properties.isUppercase
    }

    /// The last token of the run of names ending at `end`.
    static func lastName(_ tokens: [Token], endingAt end: Int, from start: Int) -> Int? {
        guard end >= start, isName(tokens[end]) else { return nil }
        return end
    }

    /// The last token of a run of capitalised words starting at `start` (titles allowed inside).
    static func nameRun(_ tokens: [Token], from start: Int, to end: Int) -> Int? {
        var index = start
        var last: Int? = nil
        while index < end, isCapitalised(tokens[index]) {
            if isName(tokens[index]) { last = index }
            index += 1
        }
        return last
    }

    /// The type a party phrase gets from cue words of its own (sentence-relative `range`).
    /// The head part (before "of") is read first; words after "anti-" name a target, not the party.
    public static func cueType(of range: Range<Int>, in sentence: ClauseSentence, cues: TargetCues) -> Reason? {
        let range = typedPart(of: range.clamped(to: 0..<sentence.count), in: sentence, cues: cues)
        guard !range.isEmpty else { return nil }
        let ofIndex = range.first { sentence.word($0) == "of" }
        let parts: [Range<Int>] = ofIndex.map { [range.lowerBound..<$0, ($0 + 1)..<range.upperBound] } ?? [range]
        for part in parts {
            for index in part.reversed() where !isAgainst(index, in: sentence, range: range) {
                let previous = index > part.lowerBound ? sentence.word(index - 1) : nil
                if let cue = cues.cue(sentence.word(index), previous: previous) {
                    return Reason(type: cue.type, cue: cue.word)
                }
            }
        }
        return nil
    }

    /// The part of a party phrase that can type it: all of it, or only the part before "of" when
    /// that part ends in a relation noun ("the less fanatical opponents of … regime" is typed by
    /// "opponents", not by "regime").
    static func typedPart(of range: Range<Int>, in sentence: ClauseSentence, cues: TargetCues) -> Range<Int> {
        guard let ofIndex = range.first(where: { sentence.word($0) == "of" }), ofIndex > range.lowerBound,
              cues.isRelation(sentence.word(ofIndex - 1)) else { return range }
        return range.lowerBound..<ofIndex
    }

    /// "the anti-Islamic State coalition": a word after (or with) "anti-" names the target.
    static func isAgainst(_ index: Int, in sentence: ClauseSentence, range: Range<Int>) -> Bool {
        for probe in [index - 1, index] where probe >= range.lowerBound {
            let word = sentence.word(probe)
            if antiPrefixes.contains(where: { word.hasPrefix($0) }) { return true }
        }
        return false
    }

    /// Whether the phrase has a word that could be a name typed elsewhere in the document.
    public static func hasName(_ range: Range<Int>, tokens: ArraySlice<Token>) -> Bool {
        range.contains { tokens.indices.contains(tokens.startIndex + $0) && isName(tokens[tokens.startIndex + $0]) }
    }

    /// The type of a party phrase (sentence-relative `range` of `sentence`), with its reason:
    /// its own cue words first, else a name the document types elsewhere.
    public func type(of range: Range<Int>, in sentence: ClauseSentence, tokens: ArraySlice<Token>) -> Reason? {
        if let reason = Self.cueType(of: range, in: sentence, cues: cues) { return reason }
        let range = Self.typedPart(of: range.clamped(to: 0..<sentence.count), in: sentence, cues: cues)
        let base = tokens.startIndex
        for index in range.reversed() where tokens.indices.contains(base + index) && !Self.isAgainst(index, in: sentence, range: range) {
            let token = tokens[base + index]
            if Self.isName(token), let reason = names[Self.key(token.text)] { return reason }
        }
        return nil
    }
}
