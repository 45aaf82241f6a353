import SlantText

/// The stance of one document or of a group of documents (an outlet), with rates per 1,000
/// words and the opinion-vs-report index, each as a ``Measure`` with its evidence.
///
/// **Opinion index** = 1,000 × (opinion markers − attributions) / words, where
/// - *opinion markers* are the writer's own boosters, factive and assertive verbs, subjective
///   and intensifying words, first- and second-person pronouns, exclamations, questions and
///   scare quotes (``StanceCategory/opinionMarkers``), counted outside quotation marks;
/// - *attributions* are the quotes and reports the document attributes to a speaker (direct and
///   indirect, each reporting act once: partial quotes and continuations are not counted again);
/// - *words* are all the document's words.
///
/// Reporting rests claims on named sources; commentary asserts and evaluates in its own voice.
/// So the index is negative where attribution outweighs the writer's evaluation (news
/// reporting) and positive where the writer's voice dominates (commentary). On the five seeds
/// it orders Hot Air and Breitbart above the Wall Street Journal (see the tests).
public struct DocumentStance: Sendable, Hashable {
    /// The documents (one for a single document).
    public var documents: [Document]
    /// A sentence's stance and the index of its document in ``documents``.
    public struct Entry: Sendable, Hashable {
        public var document: Int
        public var stance: SentenceStance
    }

    /// Every sentence of every document, in order.
    public var sentences: [Entry]

    public init(document: Document, sentences: [SentenceStance]) {
        documents = [document]
        self.sentences = sentences.map { Entry(document: 0, stance: $0) }
    }

    /// Several documents' stance as one (an outlet's): counts add up, rates are over all words.
    public init(combining parts: [DocumentStance]) {
        documents = []
        sentences = []
        for part in parts {
            let offset = documents.count
            documents += part.documents
            sentences += part.sentences.map { Entry(document: $0.document + offset, stance: $0.stance) }
        }
    }

    public var counts: StanceCounts {
        var total = StanceCounts()
        for entry in sentences { total += entry.stance.counts }
        return total
    }
    public var words: Int { sentences.reduce(0) { $0 + $1.stance.words } }
    /// Words outside quotation marks.
    public var ownWords: Int { sentences.reduce(0) { $0 + $1.stance.ownWords } }
    public var attributions: Int { sentences.reduce(0) { $0 + $1.stance.attributions } }

    /// Markers of `category` per 1,000 of the writer's own words (0 when there are none, nil when
    /// there are no words), n = the markers; the interval is a 95% bootstrap (documents resampled,
    /// or for one document its sentences; nil with no markers); the evidence, each sentence with
    /// its markers highlighted.
    public func rate(_ category: StanceCategory, bootstrap: BootstrapOptions = .standard) -> Measure {
        let observations = sentences.map { part in
            observation(part, numerator: Double(part.stance.counts[category]), denominator: Double(part.stance.ownWords),
                        isEvidence: part.stance.counts[category] > 0)
        }
        let total = ownWords
        let count = counts[category]
        let value = RatioStatistic.perThousand.value(of: observations)
        let evidence = sentences.compactMap { part -> Evidence? in
            let markers = part.stance.markers.filter { $0.category == category }
            guard !markers.isEmpty else { return nil }
            return self.evidence(part, highlights: markers.map(\.range),
                                 rule: "\(category.rawValue): " + markers.map { "'\($0.text)'" }.joined(separator: ", "),
                                 contribution: total > 0 ? 1000 * Double(markers.count) / Double(total) : nil)
        }
        return Measure(value: total > 0 ? value : nil, n: count,
                       interval: count > 0 ? Bootstrap.interval(of: observations, statistic: .perThousand, unit: unit, options: bootstrap) : nil,
                       evidence: evidence)
    }

    /// Every category's markers per 1,000 of the writer's own words, as ``rate(_:bootstrap:)``
    /// gives them, in one pass and without intervals and evidence (which cost far more); nil
    /// when there are no own words.
    public func rateValues() -> [StanceCategory: Double]? {
        let total = ownWords
        guard total > 0 else { return nil }
        let counts = self.counts
        var rates: [StanceCategory: Double] = [:]
        for category in StanceCategory.allCases {
            rates[category] = RatioStatistic.perThousand.value(numerator: Double(counts[category]), denominator: Double(total))
        }
        return rates
    }

    /// The opinion-vs-report index (see the type's documentation), n = opinion markers plus
    /// attributions; nil when the documents have no words. With `evidence` false the measure
    /// has no evidence (ask ``opinionEvidence()`` when it is wanted).
    public func opinionIndex(bootstrap: BootstrapOptions = .standard, evidence: Bool = true) -> Measure {
        let observations = sentences.map { part in
            observation(part, numerator: Double(part.stance.balance), denominator: Double(part.stance.words),
                        isEvidence: part.stance.balance != 0)
        }
        let n = counts.opinionMarkers + attributions
        return Measure(value: words > 0 ? RatioStatistic.perThousand.value(of: observations) : nil, n: n,
                       interval: n > 0 ? Bootstrap.interval(of: observations, statistic: .perThousand, unit: unit, options: bootstrap) : nil,
                       evidence: evidence ? opinionEvidence() : [])
    }

    /// The evidence of ``opinionIndex(bootstrap:evidence:)``: each sentence with opinion markers
    /// or attributions, the markers highlighted.
    public func opinionEvidence() -> [Evidence] {
        let total = words
        return sentences.compactMap { part -> Evidence? in
            let stance = part.stance
            let markers = stance.markers.filter { $0.category != .hedge }
            guard !markers.isEmpty || stance.attributions > 0 else { return nil }
            var rule = markers.map { "\($0.category.rawValue) '\($0.text)'" }.joined(separator: ", ")
            if stance.attributions > 0 {
                rule += (rule.isEmpty ? "" : "; ") + "\(stance.attributions) attribution\(stance.attributions == 1 ? "" : "s")"
            }
            return self.evidence(part, highlights: markers.map(\.range) + stance.attributionRanges, rule: rule,
                                 contribution: total > 0 ? 1000 * Double(stance.balance) / Double(total) : nil)
        }
    }

    /// Documents are resampled when there are two or more (sentences of one article are not
    /// independent), else the sentences of the one document.
    private var unit: ResamplingUnit { documents.count > 1 ? .document : .sentence }

    /// One observation per sentence, for ``GroupComparison`` and bootstrap intervals.
    public func observations(_ category: StanceCategory?) -> [Observation] {
        sentences.map { part in
            if let category {
                return observation(part, numerator: Double(part.stance.counts[category]), denominator: Double(part.stance.ownWords),
                                   isEvidence: part.stance.counts[category] > 0)
            }
            return observation(part, numerator: Double(part.stance.balance), denominator: Double(part.stance.words),
                               isEvidence: part.stance.balance != 0)
        }
    }

    private func observation(_ part: Entry, numerator: Double, denominator: Double,
                             isEvidence: Bool) -> Observation {
        Observation(documentID: documents[part.document].id, sentenceIndex: part.stance.sentence,
                    numerator: numerator, denominator: denominator, isEvidence: isEvidence)
    }

    private func evidence(_ part: Entry, highlights: [Range<Int>], rule: String, contribution: Double?) -> Evidence {
        let document = documents[part.document]
        let ranges = highlights.sorted { $0.lowerBound < $1.lowerBound }
        return Evidence(documentID: document.id, outlet: document.outlet, sentenceIndex: part.stance.sentence,
                        sentenceRange: part.stance.range, text: DocumentStance.text(of: document, part.stance.range),
                        highlights: ranges, rule: rule, contribution: contribution)
    }

    /// The original text of a byte range of a document.
    static func text(of document: Document, _ range: Range<Int>) -> String {
        let utf8 = document.text.utf8
        let clamped = range.clamped(to: 0..<utf8.count)
        let start = utf8.index(utf8.startIndex, offsetBy: clamped.lowerBound)
        let end = utf8.index(start, offsetBy: clamped.count)
        return String(decoding: utf8[start..<end], as: UTF8.self)
    }
}
