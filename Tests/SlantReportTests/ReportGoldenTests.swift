import SlantReport
import Testing

/// The sample report in every text format, compared with reviewed renderings.
@Suite("Report renderings: golden files")
struct ReportGoldenTests {
    @Test func markdown() throws {
        try Golden.check(MarkdownReportRenderer().render(SampleReport.report), "sample.md")
    }

    @Test func json() throws {
        try Golden.check(JSONReportRenderer().render(SampleReport.report), "sample.json")
    }

    @Test func csvForEveryTable() throws {
        let files = CSVReportRenderer().files(SampleReport.report, prefix: "sample")
        #expect(files.count == SampleReport.report.dataTables.count)
        try Golden.check(files.map { "== \($0.name)\n\($0.contents)" }.joined(), "sample.csv.txt")
    }

    @Test func jsonRecordsForEveryTable() throws {
        let renderer = JSONReportRenderer()
        let text = SampleReport.report.dataTables.map { renderer.records($0.table) }.joined(separator: "--\n")
        try Golden.check(text, "sample-records.json.txt")
    }

    @Test func terminalWithoutColour() throws {
        let text = TerminalReportRenderer(colour: false, width: 100, includeEvidenceAppendix: true).render(SampleReport.report)
        #expect(!text.contains("\u{1B}"))
        try Golden.check(text + "\n", "sample.txt")
    }

    @Test func terminalColourOnlyWhenAsked() {
        let text = TerminalReportRenderer(colour: true).render(SampleReport.report)
        #expect(text.contains("\u{1B}[1mHow outlets frame Russia\u{1B}[0m"))
        #expect(text.contains("\u{1B}[33mwarning: "))
    }
}
