/// Parses `ap_tagger_weights.tsv` (`feature<TAB>tag<TAB>weight`) into interned arguments, a
/// feature table and compressed weight rows, without creating a String per line.
enum WeightsParser {
    struct Result {
        var arguments: ByteStringTable
        var features: FeatureKeyTable
        var argumentRows: [UInt32]
        var rowHandles: [UInt32]
        var entries: [UInt32]
        var palette: [Double]
    }

    /// Entries pack a palette index above an 8-bit class index.
    static let paletteLimit = 1 << 24

    static func parse(
        _ bytes: UnsafeBufferPointer<UInt8>, classNames: TagNameTable
    ) throws(TaggerModelError) -> Result {
        var arguments = ByteStringTable(minimumCapacity: 1 << 15)
        var features = FeatureKeyTable(minimumCapacity: 1 << 17)
        var palette = WeightPalette()
        var oneArgumentFeatures: [(slot: Int, argument: Int32, feature: Int32)] = []
        var lineFeature: [Int32] = []
        var lineEntry: [UInt32] = []
        let estimatedLines = bytes.count / 28
        lineFeature.reserveCapacity(estimatedLines)
        lineEntry.reserveCapacity(estimatedLines)

        var lines = TSVLines(bytes, file: TaggerModel.FileName.weights)
        var previousFeature = 0..<0
        var previousFeatureID: Int32 = -1
        while let fields = try lines.next(fieldCount: 3) {
            let feature = fields[0]
            // The file lists a feature's classes on consecutive lines: parse each feature once.
            if previousFeatureID < 0 || !sameBytes(bytes, feature, previousFeature) {
                let (template, first, second) = try parseFeature(feature, lines: lines, arguments: &arguments)
                let key = FeatureKeyTable.key(template, first, second)
                var id = features.find(key)
                if id < 0 {
                    id = Int32(features.count)
                    guard features.count < FeatureKeyTable.featureLimit else {
                        throw lines.error(in: feature, "too many features for the compact table; this is not the shipped model")
                    }
                    features.insert(key, feature: id)
                    if let slot = template.argumentSlot { oneArgumentFeatures.append((slot, first, id)) }
                }
                previousFeature = feature
                previousFeatureID = id
            }
            let classIndex = try TaggerModel.classIndex(fields[1], in: classNames, lines: lines)
            guard let weight = DecimalParser.parse(UnsafeBufferPointer(rebasing: bytes[fields[2]])) else {
                throw lines.error(in: fields[2], "'\(lines.text(fields[2]))' is not a finite decimal number; restore the file")
            }
            let paletteIndex = palette.index(of: weight)
            guard paletteIndex < paletteLimit else {
                throw lines.error(in: fields[2], "too many distinct weights for the compact table; this is not the shipped model")
            }
            lineFeature.append(previousFeatureID)
            lineEntry.append(UInt32(paletteIndex) << 8 | UInt32(classIndex))
        }

        // Counting sort of the lines into one row per feature (order within a row is irrelevant:
        // each class's score still receives the features in template order).
        var rowStarts = [Int32](repeating: 0, count: features.count + 1)
        for feature in lineFeature { rowStarts[Int(feature) + 1] += 1 }
        for index in 0..<features.count { rowStarts[index + 1] += rowStarts[index] }
        var cursor = rowStarts
        var entries = [UInt32](repeating: 0, count: lineFeature.count)
        // A bit per class (there are at most 45 Penn tags) catches a feature listing a tag twice,
        // which a Python dict could not hold.
        var seenClasses = [UInt64](repeating: 0, count: features.count)
        for line in lineFeature.indices {
            let feature = Int(lineFeature[line])
            let bit = UInt64(1) << UInt64(lineEntry[line] & 63)
            if seenClasses[feature] & bit != 0 {
                throw TaggerModelError(
                    file: TaggerModel.FileName.weights,
                    message: "a feature lists the same tag twice (feature #\(feature + 1)); restore the file")
            }
            seenClasses[feature] |= bit
            entries[Int(cursor[feature])] = lineEntry[line]
            cursor[feature] += 1
        }
        guard entries.count < 1 << 24 else {
            throw TaggerModelError(
                file: TaggerModel.FileName.weights, message: "too many weights for the compact table; this is not the shipped model")
        }
        let rowHandles = (0..<features.count).map { feature in
            TaggerModel.rowHandle(start: Int(rowStarts[feature]), count: Int(rowStarts[feature + 1] - rowStarts[feature]))
        }
        var argumentRows = [UInt32](repeating: 0, count: arguments.count * FeatureTemplate.argumentSlotCount)
        for (slot, argument, feature) in oneArgumentFeatures {
            argumentRows[Int(argument) * FeatureTemplate.argumentSlotCount + slot] = rowHandles[Int(feature)]
        }
        return Result(
            arguments: arguments, features: features, argumentRows: argumentRows,
            rowHandles: rowHandles, entries: entries, palette: palette.values)
    }

    /// Splits a feature string into its template and arguments and interns the arguments.
    private static func parseFeature(
        _ feature: Range<Int>, lines: TSVLines, arguments: inout ByteStringTable
    ) throws(TaggerModelError) -> (FeatureTemplate, Int32, Int32) {
        let bytes = lines.bytes
        guard let template = TemplateMatcher.template(of: bytes, feature) else {
            throw lines.error(
                in: feature, "'\(lines.text(feature))' does not start with a feature template name; restore the file")
        }
        if template.arity == 0 { return (.bias, 0, 0) }
        let argumentStart = feature.lowerBound + template.name.utf8.count + 1
        var split = feature.upperBound
        if template.arity == 2 {
            split = argumentStart
            while split < feature.upperBound && bytes[split] != UInt8(ascii: " ") { split += 1 }
            guard split < feature.upperBound else {
                throw lines.error(in: feature, "the feature '\(lines.text(feature))' needs two arguments; restore the file")
            }
        }
        let first = arguments.insert(UnsafeBufferPointer(rebasing: bytes[argumentStart..<split])).id
        var second: Int32 = 0
        if template.arity == 2 {
            second = arguments.insert(UnsafeBufferPointer(rebasing: bytes[(split + 1)..<feature.upperBound])).id
        }
        guard arguments.count <= FeatureKeyTable.argumentLimit else {
            throw lines.error(in: feature, "too many distinct feature arguments for the compact table; this is not the shipped model")
        }
        return (template, first, second)
    }

    private static func sameBytes(_ bytes: UnsafeBufferPointer<UInt8>, _ a: Range<Int>, _ b: Range<Int>) -> Bool {
        guard a.count == b.count else { return false }
        guard let base = bytes.baseAddress, !a.isEmpty else { return true }
        return ByteStringTable.bytesEqual(base + a.lowerBound, base + b.lowerBound, a.count)
    }
}

/// Recognises which template a feature string was built from.
enum TemplateMatcher {
    private static let names: [(FeatureTemplate, [UInt8])] = FeatureTemplate.allCases.map { ($0, Array($0.name.utf8)) }

    /// `bias` alone, or a template name followed by a space. ("i-1 tag " and "i-1 tag+i word "
    /// cannot be confused: the byte after "i-1 tag" is a space in one and "+" in the other.)
    static func template(of bytes: UnsafeBufferPointer<UInt8>, _ feature: Range<Int>) -> FeatureTemplate? {
        for (template, name) in names {
            if template.arity == 0 {
                if feature.count == name.count && zip(bytes[feature], name).allSatisfy({ $0 == $1 }) { return template }
                continue
            }
            guard feature.count > name.count,
                  bytes[feature.lowerBound + name.count] == UInt8(ascii: " "),
                  zip(bytes[feature.lowerBound...], name).allSatisfy({ $0 == $1 })
            else { continue }
            return template
        }
        return nil
    }
}
