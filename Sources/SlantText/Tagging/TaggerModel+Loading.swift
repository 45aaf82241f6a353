extension TaggerModel {
    /// The file names the loader reports in errors, and the resource names of the shipped model.
    enum FileName {
        static let weights = "ap_tagger_weights.tsv"
        static let tagDictionary = "ap_tagger_tagdict.tsv"
        static let classes = "ap_tagger_classes.txt"
    }

    /// Parses the three model files from their bytes.
    ///
    /// - `classes`: one Penn tag per line.
    /// - `tagDictionary`: `word<TAB>tag` per line.
    /// - `weights`: `feature<TAB>tag<TAB>weight` per line, where the feature is a template name
    ///   and its arguments joined by spaces, exactly as the reference builds it.
    ///
    /// Weights are decimal literals as Python's `repr` writes them; they are parsed to the same
    /// `Double` (correctly rounded), so scores match the reference bit for bit.
    init(
        weights: UnsafeBufferPointer<UInt8>, tagDictionary: UnsafeBufferPointer<UInt8>,
        classes: UnsafeBufferPointer<UInt8>
    ) throws(TaggerModelError) {
        let classList = try Self.parseClasses(classes)
        let classNames = TagNameTable(classList.map(\.rawValue))

        var words = ByteStringTable(minimumCapacity: 4096)
        var wordClasses: [UInt8] = []
        var dictionaryLines = TSVLines(tagDictionary, file: FileName.tagDictionary)
        while let fields = try dictionaryLines.next(fieldCount: 2) {
            let classIndex = try Self.classIndex(fields[1], in: classNames, lines: dictionaryLines)
            let (_, inserted) = words.insert(UnsafeBufferPointer(rebasing: tagDictionary[fields[0]]))
            guard inserted else {
                throw dictionaryLines.error(
                    in: fields[0], "the word '\(dictionaryLines.text(fields[0]))' is listed twice; keep one line")
            }
            wordClasses.append(classIndex)
        }

        let parsed = try WeightsParser.parse(weights, classNames: classNames)
        self.init(classes: classList, weights: parsed, tagDictionary: words, tagDictionaryClass: wordClasses)
    }

    /// Reads the class list and sorts it in Python string order (by code point).
    private static func parseClasses(_ bytes: UnsafeBufferPointer<UInt8>) throws(TaggerModelError) -> [PennTag] {
        var lines = TSVLines(bytes, file: FileName.classes)
        var found: [PennTag] = []
        while let fields = try lines.next(fieldCount: 1) {
            let name = lines.text(fields[0])
            guard let tag = PennTag(rawValue: name) else {
                throw lines.error(in: fields[0], "'\(name)' is not a Penn Treebank tag Slant knows; restore the file")
            }
            guard !found.contains(tag) else {
                throw lines.error(in: fields[0], "the class '\(name)' is listed twice; keep one line")
            }
            found.append(tag)
        }
        guard !found.isEmpty else {
            throw TaggerModelError(file: FileName.classes, message: "the file lists no classes; restore it")
        }
        return found.sorted { Array($0.rawValue.utf8).lexicographicallyPrecedes(Array($1.rawValue.utf8)) }
    }

    /// The class index of a tag field, or an error naming the line.
    static func classIndex(
        _ field: Range<Int>, in classNames: TagNameTable, lines: TSVLines
    ) throws(TaggerModelError) -> UInt8 {
        guard let index = classNames.find(UnsafeBufferPointer(rebasing: lines.bytes[field])) else {
            throw lines.error(
                in: field, "the tag '\(lines.text(field))' is not in \(FileName.classes); restore the model files")
        }
        return index
    }
}
