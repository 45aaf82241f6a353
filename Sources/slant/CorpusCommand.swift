import ArgumentParser
import Foundation
import SlantText

/// `slant corpus`: loads a corpus and lists its documents with what cleaning did to them.
struct CorpusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corpus",
        abstract: "List a corpus: each document's id, outlet, date, words, sentences and removed boilerplate.",
        discussion: """
            With no --corpus, lists the five bundled seed articles. PATH may be a folder of .txt \
            files (with an optional manifest.csv), a .jsonl or .jsonl.gz file, or a .csv file. \
            Problems with single documents are reported as warnings on standard error and the \
            rest still load, unless --strict is given. Exit status: 0 on success, 1 when the \
            corpus cannot be loaded, 2 for a usage error.
            """)

    /// `--corpus` (and `--format`) are shared with the root command, which declares them for
    /// scripts; declaring our own `--corpus` here would let the root's swallow the value.
    @OptionGroup var script: ScriptOptions

    @Flag(name: .long, help: "Stop at the first problem in the corpus instead of skipping the bad document.")
    var strict = false

    @Flag(name: .long, help: "Also list every removed span (repeats, boilerplate) with its reason.")
    var removed = false

    /// How many warnings to print before summarising the rest.
    static let warningLimit = 20

    func validate() throws {
        if script.format != .table {
            throw ValidationError("slant corpus prints an aligned table; --format applies to scripts")
        }
    }

    mutating func run() throws {
        let progress = ProgressLine(enabled: ProgressLine.stderrIsTerminal)
        let loaded: Corpus
        do {
            if let path = script.corpus {
                let report: @Sendable (LoadProgress) -> Void = { progress.loading($0) }
                let options = LoadOptions(strict: strict, progress: Self.fileSize(path) > 4_000_000 ? report : nil)
                loaded = try Corpus.load(path: path, options: options)
            } else {
                loaded = try Corpus.seeds(strict: strict)
            }
        } catch {
            progress.clear()
            standardError("\(error)")
            throw ExitCode(1)
        }
        progress.clear()
        for warning in loaded.warnings.prefix(Self.warningLimit) { standardError("\(warning)") }
        if loaded.warnings.count > Self.warningLimit {
            standardError("slant: \(loaded.warnings.count - Self.warningLimit) more warnings not shown")
        }

        // The analysis reports through the library's progress hook, like a session's metrics.
        if progress.isEnabled { WorkProgressReporting.install { progress.working($0, label: "analysing") } }
        let analysed = TextAnalyzer.analyse(loaded.documents)
        WorkProgressReporting.install(nil)
        progress.clear()
        print(CorpusTable(documents: analysed).render(), terminator: "")
        if removed { print(RemovedListing(documents: analysed).render(), terminator: "") }
        let words = analysed.reduce(0) { $0 + $1.wordCount }
        let sentences = analysed.reduce(0) { $0 + $1.sentences.count }
        var summary = "\(loaded.documents.count.grouped) documents, \(words.grouped) words, \(sentences.grouped) sentences"
        if !loaded.warnings.isEmpty { summary += "; \(loaded.warnings.count.grouped) warnings" }
        print(summary)
        if analysed.contains(where: { $0.document.metadata["outlet_inferred"] == "yes" }) {
            print("* outlet attribution inferred, not stated by the source (see the manifest's provenance)")
        }
    }

    /// The size of the file at `path` in bytes; 0 for a folder or when unknown.
    static func fileSize(_ path: String) -> Int {
        let attributes = try? FileManager.default.attributesOfItem(atPath: (path as NSString).expandingTildeInPath)
        return (attributes?[.size] as? NSNumber)?.intValue ?? 0
    }
}

/// The aligned document table.
struct CorpusTable {
    let documents: [AnalysedDocument]

    func render() -> String {
        let header = ["id", "outlet", "date", "words", "sentences", "removed"]
        let rows = documents.map { analysed -> [String] in
            let document = analysed.document
            let inferred = document.metadata["outlet_inferred"] == "yes" ? "*" : ""
            let removedSpans = analysed.removed.count
            let removed = removedSpans == 0 ? "-"
                : "\(analysed.cleaned.removedByteCount.grouped) B in \(removedSpans) span\(removedSpans == 1 ? "" : "s")"
            return [document.id, document.outlet + inferred, document.date, analysed.wordCount.grouped,
                    analysed.sentences.count.grouped, removed]
        }
        let rightAligned: Set<Int> = [3, 4, 5]
        var widths = header.map(\.count)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, cell in
                let pad = String(repeating: " ", count: widths[i] - cell.count)
                return rightAligned.contains(i) ? pad + cell : cell + pad
            }.joined(separator: "  ").trimmingTrailingSpaces() + "\n"
        }
        var out = line(header)
        out += line(widths.map { String(repeating: "-", count: $0) })
        for row in rows { out += line(row) }
        return out
    }
}

/// `--removed`: every removed span with its reason and the start of its text.
struct RemovedListing {
    let documents: [AnalysedDocument]

    func render() -> String {
        var out = "\nremoved spans (UTF-8 byte ranges in the original text):\n"
        var any = false
        for analysed in documents where !analysed.removed.isEmpty {
            any = true
            out += "\(analysed.document.id):\n"
            for span in analysed.removed {
                let text = analysed.originalText(span.range).replacingOccurrences(of: "\n", with: " ")
                let excerpt = text.count > 60 ? String(text.prefix(57)) + "..." : text
                out += "  \(span.range.lowerBound)..<\(span.range.upperBound)  \(span.reason)\n    \"\(excerpt)\"\n"
            }
        }
        if !any { out += "  (none)\n" }
        return out + "\n"
    }
}

/// Writes one line to standard error.
func standardError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

extension Int {
    /// 12,345 — thousands separated, independent of the locale.
    var grouped: String {
        let digits = String(magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return self < 0 ? "-" + out : out
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
