import Foundation

/// A greedy averaged-perceptron part-of-speech tagger producing Penn Treebank tags: a faithful
/// port of `PerceptronTagger` from PyPI `textblob-aptagger` 0.2.0 (Matthew Honnibal's tagger),
/// running on the same weights (shipped in `Resources/ap_tagger`).
///
/// Same features, same order of floating-point additions, same tie-breaking, so the tags are
/// the reference's tags. Tokens should be Penn-Treebank-style (`"do"`, `"n't"`, `"``"`), the
/// convention the model was trained on.
///
/// ```swift
/// let tagger = try PerceptronTagger.shared()
/// tagger.tag(["Putin", "met", "Hollande", "."])   // ["NNP", "VBD", "NNP", "."]
/// ```
///
/// Reference quirks, reproduced on purpose (they change tags, so agreement depends on them):
/// - `_normalize` maps *any* four-digit number to `!YEAR` (its docstring says 1800–2100), and
///   any word with an inner `-` to `!HYPHEN` before looking at digits.
/// - `i suffix` and `i pref1` use the raw word (case kept); the word and neighbour-suffix
///   features use the normalised context.
/// - Before the first word the context is `-START-`, `-START2-`, so the first word's `i-1 word`
///   is `-START2-` and its `i-2 word` is `-START-`; after the last come `-END-`, `-END2-`.
/// - The tag dictionary is looked up with the raw, case-sensitive word; a dictionary hit skips
///   the features but still becomes the next word's previous tag.
/// - Within one call over several sentences the previous tags carry over (see ``tag(sentences:)``).
/// - Ties go to the greatest label in code-point order (`max(classes, key=(score, label))`), and
///   scores are summed feature by feature in the reference's order, so even near-ties match.
///
/// Differences from the reference, all on input the reference cannot take: an empty token is
/// tagged (the reference raises `IndexError`), and a token containing whitespace stays one token
/// (the reference's `str.split()` would cut it).
public final class PerceptronTagger: Sendable {
    let model: TaggerModel

    init(model: TaggerModel) {
        self.model = model
    }

    /// Loads a model from the bytes of its three files (see `Resources/ap_tagger`).
    public convenience init(weights: [UInt8], tagDictionary: [UInt8], classes: [UInt8]) throws(TaggerModelError) {
        let model = try weights.withUnsafeBufferPointer { weights throws(TaggerModelError) in
            try tagDictionary.withUnsafeBufferPointer { tagDictionary throws(TaggerModelError) in
                try classes.withUnsafeBufferPointer { classes throws(TaggerModelError) in
                    try TaggerModel(weights: weights, tagDictionary: tagDictionary, classes: classes)
                }
            }
        }
        self.init(model: model)
    }

    /// Loads a model from a folder holding `ap_tagger_weights.tsv`, `ap_tagger_tagdict.tsv` and
    /// `ap_tagger_classes.txt`.
    public convenience init(directory: URL) throws(TaggerModelError) {
        func read(_ name: String) throws(TaggerModelError) -> Data {
            let url = directory.appendingPathComponent(name)
            do {
                return try Data(contentsOf: url)
            } catch {
                throw TaggerModelError(
                    file: url.path,
                    message: "cannot read the tagger model file (\(error.localizedDescription)); "
                        + "reinstall Slant or restore Sources/SlantText/Resources/ap_tagger")
            }
        }
        let weights = try read(TaggerModel.FileName.weights)
        let tagDictionary = try read(TaggerModel.FileName.tagDictionary)
        let classes = try read(TaggerModel.FileName.classes)
        // Parse the file bytes in place: no copy of the 10 MB weights file.
        // (Data's closures are untyped-throwing, so the typed error travels in a Result.)
        let model = weights.withUnsafeBytes { weights in
            tagDictionary.withUnsafeBytes { tagDictionary in
                classes.withUnsafeBytes { classes in
                    Result { () throws(TaggerModelError) in
                        try TaggerModel(
                            weights: weights.bindMemory(to: UInt8.self),
                            tagDictionary: tagDictionary.bindMemory(to: UInt8.self),
                            classes: classes.bindMemory(to: UInt8.self))
                    }
                }
            }
        }
        self.init(model: try model.get())
    }

    /// The tagger for the bundled model, loaded on first use (about 10 MB of weights) and then
    /// shared. Thread-safe: concurrent first callers wait for the single load.
    public static func shared() throws(TaggerModelError) -> PerceptronTagger {
        try bundled.get()
    }

    private static let bundled: Result<PerceptronTagger, TaggerModelError> = {
        guard let directory = Bundle.module.url(forResource: "ap_tagger", withExtension: nil) else {
            return .failure(TaggerModelError(
                file: "ap_tagger", message: "the tagger model resource is missing from the SlantText bundle; reinstall Slant"))
        }
        do throws(TaggerModelError) {
            return .success(try PerceptronTagger(directory: directory))
        } catch {
            return .failure(error)
        }
    }()

    /// The model's classes, in Python string order.
    public var classes: [PennTag] { model.classes }

    /// Tags one sentence of tokens, returning one Penn tag per token.
    ///
    /// Equivalent to the reference's `tag(" ".join(tokens), tokenize=False)`.
    public func tag(_ tokens: [String]) -> [String] {
        pennTags(tokens).map(\.rawValue)
    }

    /// Tags one sentence of tokens (any string type, e.g. `Substring`), as ``PennTag`` values.
    public func pennTags<Tokens: Sequence>(_ tokens: Tokens) -> [PennTag] where Tokens.Element: StringProtocol {
        var history = model.initialHistory
        var scratch = TaggerModel.Scratch()
        return tagSentence(tokens, history: &history, scratch: &scratch)
    }

    /// Tags several sentences in one pass, exactly like the reference's
    /// `tag("\n".join(" ".join(s) for s in sentences), tokenize=False)`.
    ///
    /// Reference quirk, reproduced: the word context restarts at each sentence (-START-,
    /// -START2-), but the previous two *tags* carry over from the end of the previous sentence;
    /// only the first sentence sees the -START- tags. Tag sentences one at a time with ``tag(_:)``
    /// to give each a fresh start, as the agreement fixture does.
    public func tag(sentences: [[String]]) -> [[String]] {
        var history = model.initialHistory
        var scratch = TaggerModel.Scratch()
        return sentences.map { sentence in
            tagSentence(sentence, history: &history, scratch: &scratch).map(\.rawValue)
        }
    }

    private func tagSentence<Tokens: Sequence>(
        _ tokens: Tokens, history: inout TaggerModel.History, scratch: inout TaggerModel.Scratch
    ) -> [PennTag] where Tokens.Element: StringProtocol {
        var bytes: [UInt8] = []
        var ends: [Int] = []
        bytes.reserveCapacity(tokens.underestimatedCount * 8)
        ends.reserveCapacity(tokens.underestimatedCount)
        for token in tokens {
            bytes.append(contentsOf: token.utf8)
            ends.append(bytes.count)
        }
        var classIndices: [UInt8] = []
        classIndices.reserveCapacity(ends.count)
        bytes.withUnsafeBufferPointer { bytes in
            ends.withUnsafeBufferPointer { ends in
                model.tagSentence(bytes, tokenEnds: ends, history: &history, scratch: &scratch, output: &classIndices)
            }
        }
        let classes = model.classes
        return classIndices.map { classes[Int($0)] }
    }

    /// The reference's `_normalize(word)`: the word form the word features see —
    /// `!HYPHEN` for words with an inner hyphen, `!YEAR` for four-digit numbers, `!DIGITS` for
    /// other words starting with a digit, otherwise the lowercased word.
    public static func normalize(_ word: String) -> String {
        var copy = word
        var output: [UInt8] = []
        copy.withUTF8 { PerceptronNormalizer.normalize($0, into: &output) }
        return String(decoding: output, as: UTF8.self)
    }
}
