/// The averaged-perceptron model in compact, read-only form: the classes, the tag dictionary,
/// and the weights as one flat array of rows (compressed sparse rows, one row per feature).
///
/// Loaded from the three TSV files of `Resources/ap_tagger` (see `init(weights:tagDictionary:classes:)`).
/// About 3 MB in memory for the shipped model: 375k weights packed in 4 bytes each.
struct TaggerModel: Sendable {
    /// The classes sorted in Python string order (code point order). A class index is a position
    /// here, so "the later label wins a tie" is "the larger index wins".
    let classes: [PennTag]
    /// Every argument string that occurs in some feature (words, suffixes, prefixes, tags).
    let arguments: ByteStringTable
    /// (template, argument ids) → feature id, for every feature.
    let features: FeatureKeyTable
    /// A feature's weights are a row of `entries`; its *row handle* packs `start << 8 | count`
    /// (a feature has at most 45 weights), so 0 means "no weights". Handles are what the tagging
    /// loop keeps, saving a lookup per feature.
    let rowHandles: [UInt32]
    /// One-argument templates as a dense table: the row of template `t` with argument `a` is at
    /// `a * FeatureTemplate.argumentSlotCount + t.argumentSlot` (0 when no such feature).
    let argumentRows: [UInt32]
    /// One weight each, `paletteIndex << 8 | classIndex`; the weight is `palette[paletteIndex]`.
    let entries: [UInt32]
    let palette: [Double]
    /// Words the reference tags without features (`tagdict`), and their class index.
    let tagDictionary: ByteStringTable
    let tagDictionaryClass: [UInt8]

    // Context for the "tag state" features. A tag state is a class index, or `startState`
    // ("-START-") / `start2State` ("-START2-"), the reference's initial `prev` / `prev2`.
    var startState: Int { classes.count }
    var start2State: Int { classes.count + 1 }
    var tagStateCount: Int { classes.count + 2 }
    /// Rows of `i-1 tag <state>`, `i-2 tag <state>` per tag state, and of
    /// `i tag+i-2 tag <prev> <prev2>` at `prev * tagStateCount + prev2`; 0 when absent.
    let previousTagRow: [UInt32]
    let secondPreviousTagRow: [UInt32]
    let tagPairRow: [UInt32]
    /// Argument id of each tag state's name (for `i-1 tag+i word`), -1 when never an argument.
    let tagStateArgument: [Int32]
    /// The row of `bias`, 0 when absent.
    let biasRow: UInt32
    /// Argument ids of the padding words "-START-", "-START2-", "-END-", "-END2-" and of their
    /// last three characters, for the context beyond the sentence.
    let paddingWords: [Int32]
    let paddingSuffixes: [Int32]

    /// Words whose first code point is an ASCII byte get their `i pref1` argument from here.
    let asciiPrefixArgument: [Int32]

    init(
        classes: [PennTag], weights: WeightsParser.Result, tagDictionary: ByteStringTable, tagDictionaryClass: [UInt8]
    ) {
        self.classes = classes
        self.arguments = weights.arguments
        self.features = weights.features
        self.rowHandles = weights.rowHandles
        self.argumentRows = weights.argumentRows
        self.entries = weights.entries
        self.palette = weights.palette
        self.tagDictionary = tagDictionary
        self.tagDictionaryClass = tagDictionaryClass

        let arguments = weights.arguments
        let features = weights.features
        let stateNames = classes.map(\.rawValue) + ["-START-", "-START2-"]
        let stateArguments = stateNames.map { arguments.find($0) }
        let rowHandles = weights.rowHandles
        func row(_ template: FeatureTemplate, _ first: Int32, _ second: Int32 = 0) -> UInt32 {
            guard first >= 0, second >= 0 else { return 0 }
            let feature = features.find(FeatureKeyTable.key(template, first, second))
            return feature >= 0 ? rowHandles[Int(feature)] : 0
        }
        tagStateArgument = stateArguments
        previousTagRow = stateArguments.map { row(.previousTag, $0) }
        secondPreviousTagRow = stateArguments.map { row(.secondPreviousTag, $0) }
        tagPairRow = stateArguments.flatMap { previous in
            stateArguments.map { second in row(.tagPair, previous, second) }
        }
        biasRow = row(.bias, 0)
        let padding = ["-START-", "-START2-", "-END-", "-END2-"]
        paddingWords = padding.map { arguments.find($0) }
        paddingSuffixes = padding.map { arguments.find(String($0.unicodeScalars.suffix(3))) }
        asciiPrefixArgument = (0..<128).map { byte in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 1) { buffer in
                buffer[0] = UInt8(byte)
                return arguments.find(UnsafeBufferPointer(buffer))
            }
        }
    }

    /// Packs a row's start and length (at most 255) into a handle.
    static func rowHandle(start: Int, count: Int) -> UInt32 {
        UInt32(truncatingIfNeeded: start) << 8 | UInt32(truncatingIfNeeded: count)
    }
}
