import SlantText

/// How much one frame is present in a set of documents.
public struct FrameScore: Sendable, Hashable {
    public var family: FrameFamily
    public var frame: String
    /// Cues that fired (for the residual frame "other": 0).
    public var hits: Int
    /// Hits per 1,000 words; nil when there are no words.
    public var per1000: Double?
    /// Sentences with the frame.
    public var sentences: Int
    /// Share of the examined sentences with the frame; nil when there are none.
    public var share: Double?
    /// Documents with at least one sentence with the frame.
    public var documents: Int
}

/// Frame scores over many documents, with their evidence.
public struct FrameSummary: Sendable {
    public let documents: [DocumentFrames]
    public let scores: [FrameScore]
    /// Words and sentences examined.
    public let words: Int
    public let sentences: Int

    public init(_ documents: [DocumentFrames], family: FrameFamily) {
        self.documents = documents
        let frames = documents.first?.dictionary.frames ?? family.frames
        var hits = Array(repeating: 0, count: frames.count)
        var sentenceCounts = Array(repeating: 0, count: frames.count)
        var documentCounts = Array(repeating: 0, count: frames.count)
        var words = 0, sentences = 0
        for document in documents {
            var present = Array(repeating: false, count: frames.count)
            for sentence in document.sentences {
                words += sentence.words
                sentences += 1
                for hit in sentence.hits { hits[hit.frame] += 1 }
                for frame in sentence.frames {
                    sentenceCounts[frame] += 1
                    present[frame] = true
                }
            }
            for (frame, isPresent) in present.enumerated() where isPresent { documentCounts[frame] += 1 }
        }
        self.words = words
        self.sentences = sentences
        scores = frames.indices.map { index in
            FrameScore(family: family, frame: frames[index], hits: hits[index],
                       per1000: words > 0 ? Double(hits[index]) * 1000 / Double(words) : nil,
                       sentences: sentenceCounts[index],
                       share: sentences > 0 ? Double(sentenceCounts[index]) / Double(sentences) : nil,
                       documents: documentCounts[index])
        }
    }

    /// The evidence of `frame` (nil: all frames): each sentence with the frame, its cue words
    /// highlighted, the cues and their rationales as the rule, contribution = hits × 1000 / words.
    public func evidence(frame: String? = nil) -> [Evidence] {
        var evidence: [Evidence] = []
        let perHit = words > 0 ? 1000 / Double(words) : nil
        for document in documents {
            let analysis = document.analysis
            let dictionary = document.dictionary
            let wanted = frame.flatMap { dictionary.frames.firstIndex(of: $0) }
            for sentence in document.sentences {
                for frameIndex in sentence.frames where wanted == nil || wanted == frameIndex {
                    let hits = sentence.hits.filter { $0.frame == frameIndex }
                    let rule: String
                    if hits.isEmpty {
                        rule = "\(dictionary.frames[frameIndex]): no cue of any other frame in the sentence"
                    } else {
                        let cues = hits.map { hit in
                            let cue = dictionary.cues[hit.cue]
                            return "'\(cue.pattern)' (\(cue.rationale))"
                        }
                        rule = "\(dictionary.frames[frameIndex]): " + cues.joined(separator: ", ")
                    }
                    let highlights = hits.compactMap { hit -> Range<Int>? in
                        guard analysis.tokens.indices.contains(hit.tokens.lowerBound),
                              analysis.tokens.indices.contains(hit.tokens.upperBound - 1) else { return nil }
                        return analysis.tokens[hit.tokens.lowerBound].range.lowerBound..<analysis.tokens[hit.tokens.upperBound - 1].range.upperBound
                    }
                    let sentenceInfo = analysis.sentences[sentence.sentence]
                    evidence.append(Evidence(
                        documentID: analysis.document.id, outlet: analysis.document.outlet, sentenceIndex: sentence.sentence,
                        sentenceRange: sentenceInfo.range, text: analysis.text(of: sentenceInfo), highlights: highlights,
                        rule: rule, contribution: perHit.map { $0 * Double(hits.count) }))
                }
            }
        }
        return evidence
    }
}
