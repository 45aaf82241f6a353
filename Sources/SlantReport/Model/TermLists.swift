/// Distinctive terms per group (keyness), each with its score and raw counts.
public struct TermLists: Sendable, Hashable {
    public var title: String
    /// What the score is ("z-score of the log-odds ratio, Monroe et al. 2008").
    public var scoreName: String
    /// What the counts are compared with ("the other outlets").
    public var baseline: String
    public var lists: [TermList]
    public var notes: [String]

    public init(title: String, scoreName: String = "z", baseline: String = "rest", lists: [TermList], notes: [String] = []) {
        self.title = title
        self.scoreName = scoreName
        self.baseline = baseline
        self.lists = lists
        self.notes = notes
    }

    public struct TermList: Sendable, Hashable {
        public var group: String
        public var terms: [Term]

        public init(group: String, terms: [Term]) {
            self.group = group
            self.terms = terms
        }
    }

    public struct Term: Sendable, Hashable {
        public var term: String
        public var score: Double
        /// Uses in the group.
        public var count: Int
        /// Uses in the baseline.
        public var baselineCount: Int
        public var evidence: String?

        public init(term: String, score: Double, count: Int, baselineCount: Int, evidence: String? = nil) {
            self.term = term
            self.score = score
            self.count = count
            self.baselineCount = baselineCount
            self.evidence = evidence
        }
    }

    /// One row per group and term.
    public var dataTable: ReportTable {
        ReportTable(
            title: title,
            columns: [
                ReportColumn("group", .text), ReportColumn("term", .text), ReportColumn(scoreName, .number),
                ReportColumn("count", .number), ReportColumn("\(baseline) count", .number),
            ],
            rows: lists.flatMap { list in
                list.terms.map { term in
                    [.text(list.group), .text(term.term), .number(term.score), .number(Double(term.count)), .number(Double(term.baselineCount))]
                }
            }, notes: notes)
    }
}
