import SlantText

/// One cue that fired: which frame, which cue, which tokens.
public struct FrameHit: Sendable, Hashable {
    /// Index into ``FrameDictionary/frames``.
    public var frame: Int
    /// Index into ``FrameDictionary/cues``.
    public var cue: Int
    /// Document token indices of the matched words.
    public var tokens: Range<Int>
}

/// The frames of one sentence.
public struct SentenceFrames: Sendable, Hashable {
    /// Index into ``SlantText/AnalysedDocument/sentences``.
    public var sentence: Int
    /// Word tokens in the sentence.
    public var words: Int
    public var hits: [FrameHit]
    /// The distinct frames of the sentence, in scheme order; the residual frame ("other") when
    /// no cue fired in a policy sentence with words.
    public var frames: [Int]
}

/// The frames of one document (or of the sentences of it that were asked for).
public struct DocumentFrames: Sendable {
    public let analysis: AnalysedDocument
    public let dictionary: FrameDictionary
    /// Every sentence examined that has words, in order.
    public let sentences: [SentenceFrames]

    /// Words in the examined sentences.
    public var words: Int { sentences.reduce(0) { $0 + $1.words } }
}

/// Dictionary-based frame detection over the tokens of analysed documents: byte-level, no
/// part-of-speech tags needed, so it runs on every sentence of a corpus.
public struct FrameDetector: Sendable {
    public let dictionary: FrameDictionary

    public init(dictionary: FrameDictionary) {
        self.dictionary = dictionary
    }

    /// The frames of every sentence of `document`, or only of `sentences` (e.g. those that
    /// mention an actor), in ascending order.
    public func detect(_ document: AnalysedDocument, sentences: [Int]? = nil) -> DocumentFrames {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(32)
        var next: [UInt8] = []
        var candidates: [Int32] = []
        var results: [SentenceFrames] = []
        let residual = dictionary.family.residualFrame.flatMap { dictionary.frames.firstIndex(of: $0) }
        let indices = sentences ?? Array(document.sentences.indices)
        results.reserveCapacity(indices.count)
        for sentenceIndex in indices where document.sentences.indices.contains(sentenceIndex) {
            let tokenRange = document.sentences[sentenceIndex].tokens
            var words = 0
            var hits: [FrameHit] = []
            var fired: [(token: Int, frame: Int)] = []
            for tokenIndex in tokenRange {
                let token = document.tokens[tokenIndex]
                guard token.isWord else { continue }
                words += 1
                lowercaseBytes(token.text, into: &buffer)
                buffer.withUnsafeBufferPointer { bytes in
                    candidates.removeAll(keepingCapacity: true)
                    candidates.append(contentsOf: dictionary.exact.value(forBytes: bytes) ?? [])
                    dictionary.prefixes.forEachPrefix(of: bytes) { candidates.append($0) }
                    for candidate in candidates {
                        let cueIndex = Int(candidate)
                        let cue = dictionary.cues[cueIndex]
                        guard FrameDictionary.matches(cue.words[0], bytes) else { continue }
                        var end = tokenIndex + 1
                        var matched = true
                        for word in cue.words.dropFirst() {
                            while end < tokenRange.upperBound, !document.tokens[end].isWord { end += 1 }
                            guard end < tokenRange.upperBound else { matched = false; break }
                            lowercaseBytes(document.tokens[end].text, into: &next)
                            guard next.withUnsafeBufferPointer({ FrameDictionary.matches(word, $0) }) else { matched = false; break }
                            end += 1
                        }
                        guard matched, !fired.contains(where: { $0.token == tokenIndex && $0.frame == cue.frame }) else { continue }
                        // A phrase's later words count for its frame too, but fire it only once.
                        for covered in tokenIndex..<end { fired.append((covered, cue.frame)) }
                        hits.append(FrameHit(frame: cue.frame, cue: cueIndex, tokens: tokenIndex..<end))
                    }
                }
                if fired.count > 64 { fired.removeFirst(fired.count - 16) }
            }
            guard words > 0 else { continue }
            var frames = Array(Set(hits.map(\.frame))).sorted()
            if frames.isEmpty, let residual { frames = [residual] }
            results.append(SentenceFrames(sentence: sentenceIndex, words: words, hits: hits, frames: frames))
        }
        return DocumentFrames(analysis: document, dictionary: dictionary, sentences: results)
    }
}
