import Synchronization

/// Anything that assigns Penn Treebank tags to the tokens of one sentence.
///
/// The averaged-perceptron tagger in `Tagging/` conforms; ``AnalysedDocument`` calls it lazily,
/// one sentence at a time, through ``AnalysedDocument/tags(forSentence:using:)``.
public protocol PartOfSpeechTagger: Sendable {
    /// One tag per token, in order.
    func tag(_ tokens: [String]) -> [String]
}

/// Remembers the tags computed for each sentence of one analysed document, safely across threads.
final class TagCache: Sendable {
    private let storage: Mutex<[[String]?]>

    init(sentenceCount: Int) {
        storage = Mutex(Array(repeating: nil, count: sentenceCount))
    }

    func tags(for sentence: Int) -> [String]? {
        storage.withLock { $0.indices.contains(sentence) ? $0[sentence] : nil }
    }

    func store(_ tags: [String], for sentence: Int) {
        storage.withLock { if $0.indices.contains(sentence) { $0[sentence] = tags } }
    }
}
