import SlantReport
import Testing

@Suite("Report formatting: numbers, slugs, evidence pieces")
struct ReportFormattingTests {
    @Test func decimalsFollowTheLargestMagnitude() {
        #expect(ReportNumberFormat.decimals(for: [0.123, -0.5]) == 2)
        #expect(ReportNumberFormat.decimals(for: [0.6, 0, 1]) == 2)
        #expect(ReportNumberFormat.decimals(for: [0.004, 0.5]) == 3)
        #expect(ReportNumberFormat.decimals(for: [1.5, 3]) == 2)
        #expect(ReportNumberFormat.decimals(for: [12.5, 3.125]) == 1)
        #expect(ReportNumberFormat.decimals(for: [120.5]) == 0)
        #expect(ReportNumberFormat.decimals(for: [1, 2, 300]) == 0)
        #expect(ReportNumberFormat.decimals(for: [Double]()) == 0)
        #expect(ReportNumberFormat.decimals(for: [Double.nan, 0.5]) == 2)
    }

    @Test func formatRoundsHalfAwayFromZeroWithoutNegativeZero() {
        #expect(ReportNumberFormat.format(0.125, decimals: 2) == "0.13")
        #expect(ReportNumberFormat.format(-0.125, decimals: 2) == "-0.13")
        #expect(ReportNumberFormat.format(-0.0004, decimals: 3) == "0.000")
        #expect(ReportNumberFormat.format(3, decimals: 0) == "3")
        #expect(ReportNumberFormat.format(0.05, decimals: 3) == "0.050")
        #expect(ReportNumberFormat.format(1234.5, decimals: 1) == "1234.5")
        #expect(ReportNumberFormat.format(.nan, decimals: 2) == "NaN")
        #expect(ReportNumberFormat.count(5975) == "5,975")
        #expect(ReportNumberFormat.count(-1234567) == "-1,234,567")
        #expect(ReportNumberFormat.exact(16) == "16")
        #expect(ReportNumberFormat.exact(0.1) == "0.1")
        #expect(ReportNumberFormat.interval(8.25...16, decimals: 1) == "[8.3, 16.0]")
    }

    @Test func slugsAndAnchors() {
        #expect(ReportSlug.make("Tone: Russia's role") == "tone-russia-s-role")
        #expect(ReportSlug.make("  ***  ") == "x")
        #expect(ReportSlug.make("Élan") == "lan")
        #expect(ReportSlug.anchor("a-salience") == "ev-a-salience")
        var uniquer = ReportSlug.Uniquer()
        #expect(["Salience", "salience", "Salience 2", "Salience"].map { uniquer.unique($0) } == ["salience", "salience-2", "salience-2-2", "salience-3"])
    }

    @Test func evidencePiecesSplitAtHighlights() {
        let item = EvidenceItem(text: "Moscow’s jets hit Aleppo.", highlights: [20..<26, 0..<6, 100..<120, 3..<5], documentID: "d", outlet: "o")
        let pieces = item.pieces.map { ($0.highlighted ? "[" + $0.text + "]" : $0.text) }.joined()
        // Out-of-range and overlapping highlights are skipped; the curly apostrophe (3 bytes) survives.
        #expect(pieces == "[Moscow]’s jets hit [Aleppo].")
    }

    @Test func tablesPadShortRowsAndCutLongOnes() {
        let table = ReportTable(columns: [ReportColumn("a", .text), ReportColumn("b", .number)], rows: [[.text("x")], [.text("y"), .number(1), .number(2)]])
        #expect(table.rows == [[.text("x"), .empty], [.text("y"), .number(1)]])
    }

    @Test func formatsByExtension() {
        #expect(ReportFormat(path: "out/r.HTML") == .html)
        #expect(ReportFormat(path: "r.md") == .markdown)
        #expect(ReportFormat(path: "r.markdown") == .markdown)
        #expect(ReportFormat(path: "a.b/report") == nil)
        #expect(ReportFormat(path: "r.pdf") == nil)
        let files = ReportFormat.csv.files(for: SampleReport.report, at: "out/russia.csv").map(\.path)
        #expect(files == [
            "out/russia-salience-mentions-per-1-000-words.csv", "out/russia-salience-salience-of-russia.csv",
            "out/russia-roles-and-words-roles-of-russia.csv", "out/russia-roles-and-words-distinctive-words.csv",
        ])
    }

    @Test func danglingEvidenceIsReported() {
        var report = SampleReport.report
        #expect(report.danglingEvidence.isEmpty)
        report.evidence.removeAll { $0.id == "b-roles" }
        #expect(report.danglingEvidence == ["b-roles"])
    }
}
