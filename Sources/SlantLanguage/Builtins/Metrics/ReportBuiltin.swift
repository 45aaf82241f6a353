import Foundation
import SlantReport

/// `report`: renders sections to the terminal and writes the report files.
enum ReportBuiltin {
    static let builtin = Builtin(
        name: "report", category: "Reports",
        signature: "report(path?, title: text, sections: [section, …], corpus: text, date: text, evidence: 25) -> text",
        summary: "Builds a report from sections, writes it (HTML, Markdown, text, JSON, CSV by extension) and returns it as text.",
        details: """
            `path` is a file or a list of files; each extension picks a format: `.html` (one self-contained \
            page: inline CSS and SVG charts, no scripts, every number linking to its evidence sentences), \
            `.md` (Markdown), `.txt` (the terminal text), `.json` (the whole report, tables included) and \
            `.csv` (one file per table, named `NAME-SECTION-TABLE.csv`). Files are written whole: to a \
            temporary file in the same folder, then renamed over the old one, so a reader never sees half \
            a report; a missing folder is created (and reported); the corpus is never overwritten. Without \
            a path nothing is written. The result is the report as terminal text, followed by one line per \
            file written. `corpus` describes the data (default: the session's corpus and its size); `date` \
            is printed in the header (default: today; "" leaves it out). Each number's evidence shows up to \
            `evidence` sentences (the count says how many there are).
            """,
        examples: [],
        parameters: [
            .value("path", .string, .list, optional: true), .value("title", .string), .value("sections", .list),
            .value("corpus", .string, optional: true), .value("date", .string, optional: true),
            .value("evidence", .number, optional: true),
        ]
    ) { call throws(RuntimeError) in
        let paths = try ReportBuiltin.paths(call)
        let limit = call.has("evidence") ? try call.integer("evidence", atLeast: 1) : 25
        var assembly = ReportAssembly(evidenceLimit: limit)
        let sections = try assembly.sections(try call.list("sections"), at: call.range(of: "sections"))
        let metadata = ReportMetadata(
            corpus: call.has("corpus") ? try call.string("corpus") : try corpusDescription(call),
            date: call.has("date") ? try call.string("date") : today(),
            generatedBy: "Slant")
        let report = Report(title: try call.string("title"), metadata: metadata, sections: sections, evidence: assembly.evidence)
        var lines = [TerminalReportRenderer(colour: false).render(report)]

        let writer = ReportWriter(protectedPaths: [call.interpreter.corpora.defaultPath].compactMap { $0 })
        var createdFolders = Set<String>()
        for (path, format) in paths {
            for file in format.files(for: report, at: path) {
                try call.checkCancellation()
                let written: WrittenFile
                do throws(ReportWriteError) {
                    written = try writer.write(file.contents, to: file.path)
                } catch {
                    throw call.error(error.description, at: "path", suggestion: error.suggestion)
                }
                if let folder = written.createdDirectory, createdFolders.insert(folder).inserted {
                    lines.append("created folder \(folder)")
                }
                lines.append("wrote \(written.path) (\(ReportNumberFormat.count(written.bytes)) bytes)")
            }
        }
        return .string(lines.joined(separator: "\n"))
    }

    private static func paths(_ call: BuiltinCall) throws(RuntimeError) -> [(String, ReportFormat)] {
        let given: [Value]
        switch call.value("path") {
        case nil, .nil?: return []
        case .list(let items)?: given = items
        case let value?: given = [value]
        }
        var result: [(String, ReportFormat)] = []
        for item in given {
            guard case .string(let path) = item, !path.isEmpty else {
                throw call.error("'report' needs file paths as strings", at: "path", suggestion: "write report(\"out/report.html\", …)")
            }
            guard let format = ReportFormat(path: path) else {
                throw call.error(
                    "cannot tell the format of '\(path)' from its extension", at: "path",
                    suggestion: "end the file name with \(ReportFormat.extensions)")
            }
            result.append((path, format))
        }
        return result
    }

    /// "the bundled seed articles (5 documents, 5 outlets)" or "PATH (5,975 documents, 180 outlets)".
    private static func corpusDescription(_ call: BuiltinCall) throws(RuntimeError) -> String {
        let table = try call.corpusTable(path: nil)
        let outlets = Set(table.documents.map(\.outlet).filter { !$0.isEmpty }).count
        let name = call.interpreter.corpora.defaultPath ?? "the bundled seed articles"
        let documents = table.rowCount
        return "\(name) (\(ReportNumberFormat.count(documents)) document\(documents == 1 ? "" : "s"), \(ReportNumberFormat.count(outlets)) outlet\(outlets == 1 ? "" : "s"))"
    }

    /// Today as YYYY-MM-DD (UTC).
    private static func today() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return formatter.string(from: Date())
    }
}
