import Foundation
import Testing

/// The saved analysis scripts in `scripts/`: every one is run through the real binary and its
/// output compared with golden files in `Golden/scripts/` (regenerate with SLANT_UPDATE_GOLDEN=1).
@Suite("Saved scripts")
struct ScriptTests {
    /// How each script is run: the extra arguments after `slant run scripts/NAME.slant`.
    /// `left-center-right` is written for the 5,975-article AllSides corpus; here it runs on a
    /// 36-article sample of it (`Golden/scripts/allsides-sample.jsonl`, see its README), and on
    /// the whole corpus only in ``leftCenterRightOnTheWholeCorpus``.
    static let runs: [String: [String]] = [
        "prelude": [],
        "naming": [],
        "voices": [],
        "russia-role": [],
        "left-center-right": ["--corpus", ScriptRun.goldenFolder.appendingPathComponent("allsides-sample.jsonl").path],
    ]

    @Test func everyScriptInTheFolderIsRun() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: ScriptRun.scriptsFolder.path)
            .filter { $0.hasSuffix(".slant") }
            .map { String($0.dropLast(".slant".count)) }
        #expect(Set(names) == Set(Self.runs.keys), "add new scripts to ScriptTests.runs")
    }

    /// Scripts that only print: their standard output is the golden file `NAME.stdout`.
    @Test(arguments: ["prelude", "naming", "voices", "left-center-right"])
    func printedOutput(_ name: String) throws {
        let run = try ScriptRun(name, arguments: Self.runs[name] ?? [])
        defer { run.remove() }
        #expect(run.result.stderr == "", "stderr of \(name)")
        #expect(run.result.status == 0, "exit status of \(name)")
        #expect(run.files(under: ".").isEmpty, "\(name) wrote files: \(run.files(under: "."))")
        try ScriptRun.expectGolden(run.result.stdout, name == "left-center-right" ? "left-center-right-sample.stdout" : "\(name).stdout")
    }

    @Test func documentedAtTheTop() throws {
        for name in Self.runs.keys where name != "prelude" {
            let text = try String(contentsOf: ScriptRun.scriptsFolder.appendingPathComponent("\(name).slant"), encoding: .utf8)
            let header = text.components(separatedBy: "\n").prefix { $0.hasPrefix("#") }.joined(separator: "\n")
            #expect(header.hasPrefix("# scripts/\(name).slant — "), "\(name) starts with its name and question")
            for topic in ["What it answers", "Run it", "Caveats"] {
                #expect(header.contains(topic), "\(name)'s header says \(topic)")
            }
            #expect(header.contains("slant run scripts/\(name).slant"), "\(name)'s header shows the command")
        }
    }

    /// The README's main command: the comparison on the terminal and the report in every format.
    @Test func russiaRoleWritesItsReport() throws {
        let run = try ScriptRun("russia-role")
        defer { run.remove() }
        #expect(run.result.stderr == "")
        #expect(run.result.status == 0)
        try ScriptRun.expectGolden(run.normalised(run.result.stdout), "russia-role.stdout")

        #expect(run.files(under: "out") == ["russia-role.html", "russia-role.json", "russia-role.md", "tables"])
        let markdown = try #require(run.written("out/russia-role.md"))
        try ScriptRun.expectGolden(run.normalised(markdown), "russia-role.md")
        let json = try #require(run.written("out/russia-role.json"))
        try ScriptRun.expectGolden(run.normalised(json), "russia-role.json")
        #expect((try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil, "the JSON report parses")

        // One CSV file per table, each compared with its golden copy; the set of files too.
        let tables = run.files(under: "out/tables")
        #expect(tables.count >= 8)
        #expect(tables.allSatisfy { $0.hasPrefix("russia-role-") && $0.hasSuffix(".csv") })
        if !ScriptRun.updating {
            let expected = (try? FileManager.default.contentsOfDirectory(atPath: ScriptRun.goldenFolder.appendingPathComponent("russia-role-tables").path)) ?? []
            #expect(tables == expected.sorted(), "CSV files written")
        } else {
            try? FileManager.default.removeItem(at: ScriptRun.goldenFolder.appendingPathComponent("russia-role-tables"))
        }
        for table in tables {
            let csv = try #require(run.written("out/tables/\(table)"))
            #expect(csv.hasPrefix("outlet,") || csv.hasPrefix("group,") || csv.hasPrefix("term,"), "\(table) starts with its key column")
            try ScriptRun.expectGolden(run.normalised(csv), "russia-role-tables/\(table)")
        }

        // The terminal comparison ends by naming the files it wrote.
        #expect(run.result.stdout.contains("\nwrote out/russia-role.html ("))
        #expect(run.result.stdout.contains("\nwrote out/russia-role.md ("))
    }

    /// A report is replaced whole: a second run over the first gives the same files.
    @Test func russiaRoleRunTwiceReplacesTheFiles() throws {
        let run = try ScriptRun("russia-role")
        defer { run.remove() }
        let first = try #require(run.written("out/russia-role.md"))
        let again = try SlantProcess.run(["run", ScriptRun.scriptsFolder.appendingPathComponent("russia-role.slant").path], in: run.folder)
        #expect(again.status == 0)
        #expect(!again.stdout.contains("created folder"))
        #expect(run.normalised(try #require(run.written("out/russia-role.md"))) == run.normalised(first))
        #expect(run.files(under: "out").filter { $0.hasPrefix(".") }.isEmpty, "no temporary files left behind")
    }

    /// The full AllSides corpus: opt in with SLANT_FULL_CORPUS=1 (minutes in a debug build).
    @Test func leftCenterRightOnTheWholeCorpus() throws {
        guard ProcessInfo.processInfo.environment["SLANT_FULL_CORPUS"] == "1" else {
            print("skipped: set SLANT_FULL_CORPUS=1 to run scripts/left-center-right.slant on the whole AllSides corpus")
            return
        }
        guard let corpus = ScriptRun.shared("corpora/allsides-russia.jsonl.gz") else {
            print("skipped: ../shared/corpora/allsides-russia.jsonl.gz not present")
            return
        }
        let run = try ScriptRun("left-center-right", arguments: ["--corpus", corpus.path], timeout: 1_800)
        defer { run.remove() }
        #expect(run.result.stderr == "")
        #expect(run.result.status == 0)
        // The first table: one row per side, and every article in one of them.
        let lines = run.result.stdout.components(separatedBy: "\n")
        let sides = lines.dropFirst(3).prefix(3).map { $0.split(separator: " ", omittingEmptySubsequences: true) }
        #expect(sides.map { $0.first.map(String.init) } == ["left", "center", "right"])
        #expect(sides.compactMap { $0.count > 1 ? Int($0[1]) : nil }.reduce(0, +) == 5_975)
    }
}
