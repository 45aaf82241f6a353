/// The file formats a report can be written in, chosen by a path's extension.
public enum ReportFormat: String, Sendable, Hashable, CaseIterable {
    case html, markdown, text, json, csv

    /// The format for a path: `.html`/`.htm`, `.md`/`.markdown`, `.txt`, `.json`, `.csv`
    /// (case-insensitive); nil for anything else.
    public init?(path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        switch path[path.index(after: dot)...].lowercased() {
        case "html", "htm": self = .html
        case "md", "markdown": self = .markdown
        case "txt": self = .text
        case "json": self = .json
        case "csv": self = .csv
        default: return nil
        }
    }

    /// The extensions accepted, for messages.
    public static let extensions = ".html, .md, .txt, .json or .csv"

    /// What to write for a report at `path`: one file, or for CSV one file per table, named
    /// `<path without .csv>-<section>-<table>.csv`.
    public func files(for report: Report, at path: String) -> [(path: String, contents: String)] {
        switch self {
        case .html: return [(path, HTMLReportRenderer().render(report))]
        case .markdown: return [(path, MarkdownReportRenderer().render(report))]
        case .text: return [(path, TerminalReportRenderer(colour: false, includeEvidenceAppendix: true).render(report) + "\n")]
        case .json: return [(path, JSONReportRenderer().render(report))]
        case .csv:
            let stem = path.lowercased().hasSuffix(".csv") ? String(path.dropLast(4)) : path
            let folder = stem.lastIndex(of: "/").map { String(stem[...$0]) } ?? ""
            let prefix = stem.lastIndex(of: "/").map { String(stem[stem.index(after: $0)...]) } ?? stem
            return CSVReportRenderer().files(report, prefix: prefix).map { (folder + $0.name, $0.contents) }
        }
    }
}
