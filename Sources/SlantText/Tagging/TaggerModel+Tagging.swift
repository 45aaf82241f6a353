extension TaggerModel {
    /// The two previous tags, as tag states (class index, or `startState` / `start2State`).
    /// This is the reference's `prev` / `prev2`, which its `tag()` sets once per call.
    struct History {
        var previous: Int
        var secondPrevious: Int
    }

    /// Buffers reused from token to token and sentence to sentence, so tagging allocates per
    /// call, never per token or per feature.
    struct Scratch {
        var normalized: [UInt8] = []
        var contextWords: [Int32] = []
        var contextSuffixes: [Int32] = []
        /// Per token, the argument id of the raw word's last three characters when they equal the
        /// normalised word's (the usual case: "Putin" / "putin" both end in "tin"), else
        /// `unresolvedSuffix`, to be looked up if the token needs features.
        var tokenSuffixes: [Int32] = []
    }

    static let unresolvedSuffix = Int32.min

    /// The reference's initial history: `prev, prev2 = ['-START-', '-START2-']`.
    var initialHistory: History { History(previous: startState, secondPrevious: start2State) }

    /// Tags one sentence, appending a class index per token to `output`.
    ///
    /// `bytes` holds the tokens' UTF-8 back to back; token `i` ends at `tokenEnds[i]`. This is
    /// the body of the reference's `for words in split_sents(corpus)` loop: the word context is
    /// rebuilt per sentence, padded with -START-/-START2- and -END-/-END2-, while `history`
    /// carries over to the next sentence exactly as `prev`/`prev2` do in the reference.
    func tagSentence(
        _ bytes: UnsafeBufferPointer<UInt8>, tokenEnds: UnsafeBufferPointer<Int>,
        history: inout History, scratch: inout Scratch, output: inout [UInt8]
    ) {
        let count = tokenEnds.count
        guard count > 0 else { return }
        buildContext(bytes, tokenEnds: tokenEnds, scratch: &scratch)
        let contextWords = scratch.contextWords
        let contextSuffixes = scratch.contextSuffixes
        let tokenSuffixes = scratch.tokenSuffixes
        let classCount = classes.count
        let stateCount = tagStateCount

        let slots = FeatureTemplate.argumentSlotCount
        entries.withUnsafeBufferPointer { entries in
        palette.withUnsafeBufferPointer { palette in
        argumentRows.withUnsafeBufferPointer { argumentRows in
        withUnsafeTemporaryAllocation(of: Double.self, capacity: classCount) { scores in
            @inline(__always) func add(_ row: UInt32) {
                let start = Int(row >> 8)
                for index in start..<start + Int(row & 0xFF) {
                    let entry = entries[index]
                    scores[Int(entry & 0xFF)] += palette[Int(entry >> 8)]
                }
            }
            @inline(__always) func add(_ template: FeatureTemplate, _ argument: Int32) {
                guard argument >= 0, let slot = template.argumentSlot else { return }
                add(argumentRows[Int(argument) * slots + slot])
            }

            var start = 0
            for position in 0..<count {
                let word = UnsafeBufferPointer(rebasing: bytes[start..<tokenEnds[position]])
                start = tokenEnds[position]
                let known = tagDictionary.find(word)
                var tag: Int
                if known >= 0 {
                    tag = Int(tagDictionaryClass[Int(known)])
                } else {
                    // `_get_features`, in its order. `c` indexes the padded context.
                    let c = position + 2
                    let previous = history.previous
                    let second = history.secondPrevious
                    let wordArgument = contextWords[c]
                    var suffix = tokenSuffixes[position]
                    if suffix == Self.unresolvedSuffix {
                        suffix = arguments.find(UnsafeBufferPointer(rebasing: word[PerceptronNormalizer.lastScalars(word, 3)]))
                    }
                    let prefix: Int32
                    if let first = word.first, first < 0x80 {
                        prefix = asciiPrefixArgument[Int(first)]
                    } else {
                        prefix = arguments.find(UnsafeBufferPointer(rebasing: word[PerceptronNormalizer.firstScalar(word)]))
                    }
                    scores.initialize(repeating: 0)
                    add(biasRow)
                    add(.suffix, suffix)
                    add(.prefix1, prefix)
                    add(previousTagRow[previous])
                    add(secondPreviousTagRow[second])
                    add(tagPairRow[previous * stateCount + second])
                    add(.word, wordArgument)
                    let previousTagArgument = tagStateArgument[previous]
                    if previousTagArgument >= 0 && wordArgument >= 0 {
                        let feature = features.find(FeatureKeyTable.key(.previousTagAndWord, previousTagArgument, wordArgument))
                        if feature >= 0 { add(rowHandles[Int(feature)]) }
                    }
                    add(.previousWord, contextWords[c - 1])
                    add(.previousSuffix, contextSuffixes[c - 1])
                    add(.secondPreviousWord, contextWords[c - 2])
                    add(.nextWord, contextWords[c + 1])
                    add(.nextSuffix, contextSuffixes[c + 1])
                    add(.secondNextWord, contextWords[c + 2])
                    // max(classes, key=lambda label: (scores[label], label)):
                    // the highest score, and among equal scores the greatest label.
                    tag = 0
                    var best = scores[0]
                    for candidate in 1..<classCount where scores[candidate] >= best {
                        tag = candidate
                        best = scores[candidate]
                    }
                }
                output.append(UInt8(truncatingIfNeeded: tag))
                history.secondPrevious = history.previous
                history.previous = tag
            }
        }
        }
        }
        }
    }

    /// Interns the padded, normalised context `START + [normalize(w) for w in words] + END`:
    /// the argument id of each context word and of its last three characters (-1 if unknown).
    private func buildContext(
        _ bytes: UnsafeBufferPointer<UInt8>, tokenEnds: UnsafeBufferPointer<Int>, scratch: inout Scratch
    ) {
        let count = tokenEnds.count
        scratch.contextWords.removeAll(keepingCapacity: true)
        scratch.contextSuffixes.removeAll(keepingCapacity: true)
        scratch.tokenSuffixes.removeAll(keepingCapacity: true)
        scratch.contextWords.append(contentsOf: paddingWords[0..<2])
        scratch.contextSuffixes.append(contentsOf: paddingSuffixes[0..<2])
        var start = 0
        for position in 0..<count {
            let word = UnsafeBufferPointer(rebasing: bytes[start..<tokenEnds[position]])
            start = tokenEnds[position]
            PerceptronNormalizer.normalize(word, into: &scratch.normalized)
            let (wordID, suffixID, sameSuffix) = scratch.normalized.withUnsafeBufferPointer { normalized in
                let suffix = UnsafeBufferPointer(rebasing: normalized[PerceptronNormalizer.lastScalars(normalized, 3)])
                let rawSuffix = UnsafeBufferPointer(rebasing: word[PerceptronNormalizer.lastScalars(word, 3)])
                let same = suffix.count == rawSuffix.count && suffix.elementsEqual(rawSuffix)
                return (arguments.find(normalized), arguments.find(suffix), same)
            }
            scratch.contextWords.append(wordID)
            scratch.contextSuffixes.append(suffixID)
            scratch.tokenSuffixes.append(sameSuffix ? suffixID : Self.unresolvedSuffix)
        }
        scratch.contextWords.append(contentsOf: paddingWords[2..<4])
        scratch.contextSuffixes.append(contentsOf: paddingSuffixes[2..<4])
    }
}
