/// The sentences behind one number, shown where the number links to.
public struct EvidenceGroup: Sendable, Hashable {
    /// Unique in the report; becomes the anchor `ev-<id>` (letters, digits and `-` only —
    /// ``ReportSlug/anchor(_:)`` makes one).
    public var id: String
    /// What the number is ("Tone toward Russia — Breitbart").
    public var title: String
    /// The sentences shown (a renderer shows all of them).
    public var items: [EvidenceItem]
    /// How many pieces of evidence there are in all; more than `items.count` when the list was cut.
    public var total: Int
    /// Where the group is shown in full.
    public var placement: Placement

    public enum Placement: String, Sendable, Hashable {
        /// In the evidence appendix at the end (numbers link there).
        case appendix
        /// Where an ``ReportBlock/evidence(_:)`` block shows it; not repeated in the appendix.
        case inline
    }

    public init(id: String, title: String, items: [EvidenceItem], total: Int? = nil, placement: Placement = .appendix) {
        self.id = id
        self.title = title
        self.items = items
        self.total = max(total ?? items.count, items.count)
        self.placement = placement
    }
}

/// One sentence of evidence with the words that counted.
public struct EvidenceItem: Sendable, Hashable {
    /// The sentence as written.
    public var text: String
    /// UTF-8 byte ranges in `text` to highlight, ascending and not overlapping (renderers clamp
    /// and skip any that are not).
    public var highlights: [Range<Int>]
    public var documentID: String
    public var outlet: String
    /// 0-based sentence index in its document, when known.
    public var sentence: Int?
    /// What counted ("alias 'Kremlin'", "score −0.42").
    public var note: String

    public init(text: String, highlights: [Range<Int>] = [], documentID: String, outlet: String, sentence: Int? = nil, note: String = "") {
        self.text = text
        self.highlights = highlights
        self.documentID = documentID
        self.outlet = outlet
        self.sentence = sentence
        self.note = note
    }

    /// The text cut into plain and highlighted pieces, in order (invalid ranges are ignored).
    public var pieces: [(text: String, highlighted: Bool)] {
        let bytes = Array(text.utf8)
        var result: [(String, Bool)] = []
        var position = 0
        for range in highlights.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            let start = max(range.lowerBound, position)
            let end = min(range.upperBound, bytes.count)
            guard start < end else { continue }
            if start > position { result.append((String(decoding: bytes[position..<start], as: UTF8.self), false)) }
            result.append((String(decoding: bytes[start..<end], as: UTF8.self), true))
            position = end
        }
        if position < bytes.count { result.append((String(decoding: bytes[position...], as: UTF8.self), false)) }
        return result
    }
}
