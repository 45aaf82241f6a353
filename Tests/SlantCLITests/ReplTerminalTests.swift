import Foundation
import Testing

/// The interactive REPL, driven through a real pseudo-terminal (tmux): keys go in with
/// send-keys, the screen comes back with capture-pane.
@Suite(
    "REPL in a terminal",
    .enabled(if: ReplTerminal.tmuxPath != nil, "tmux is not installed (apt-get install tmux): REPL terminal tests skipped"))
struct ReplTerminalTests {
    /// Starts slant in a fresh terminal and waits for its first prompt.
    private func launch(_ arguments: [String] = [], home: URL? = nil, folder: URL? = nil) throws -> ReplTerminal {
        let terminal = try ReplTerminal(home: home)
        try terminal.start(arguments, folder: folder)
        try terminal.waitFor("slant>")
        return terminal
    }

    /// Types `line`, presses Enter, and waits for the prompt after it (prompt number `prompt`).
    private func submit(_ terminal: ReplTerminal, _ line: String, thenPrompt prompt: Int) throws {
        try terminal.type(line)
        try terminal.press("Enter")
        try terminal.waitFor("slant>", count: prompt)
    }

    @Test("the banner names the corpus and how to get help; the prompt follows")
    func banner() throws {
        let terminal = try launch()
        defer { terminal.close() }
        let screen = try terminal.screen()
        #expect(screen == "Slant 0.1.0 on the bundled seed corpus. Type :help for help, Ctrl-D to leave.\nslant>")
    }

    @Test("the prompt is coloured on a terminal, and plain with NO_COLOR or TERM=dumb")
    func colour() throws {
        let coloured = try launch()
        defer { coloured.close() }
        let promptLine = try coloured.screen(escapes: true).split(separator: "\n").first { $0.contains("slant>") } ?? ""
        #expect(promptLine.contains("\u{1B}[32m"), "no green in \(promptLine.debugDescription)")

        for environment in [["NO_COLOR": "1"], ["TERM": "dumb"]] {
            let plain = try ReplTerminal()
            defer { plain.close() }
            try plain.start([], environment: environment)
            try plain.waitFor("slant>")
            try submit(plain, "1 + 1", thenPrompt: 2)
            let screen = try plain.screen(escapes: true)
            #expect(!screen.contains("\u{1B}["), "escape codes with \(environment):\n\(screen)")
            #expect(screen.hasSuffix("slant> 1 + 1\n2\nslant>"))
        }
    }

    @Test("--corpus with a path that does not exist stops before the prompt, with status 2")
    func missingCorpus() throws {
        let terminal = try ReplTerminal()
        defer { terminal.close() }
        try terminal.start(["--corpus", "no/such/corpus.jsonl"])
        let status = try terminal.waitForExit()
        let screen = try terminal.screen()
        #expect(screen.hasPrefix("slant: no corpus at 'no/such/corpus.jsonl' (paths are relative to \(terminal.home.path))"))
        #expect(!screen.contains("slant>"))
        #expect(status == 2)
    }

    @Test("a line can be edited before Enter, and Up recalls it")
    func editingAndRecall() throws {
        let terminal = try launch()
        defer { terminal.close() }
        try terminal.type("2 * 50")
        try terminal.press("BSpace")      // 2 * 5
        try terminal.press("C-a")         // cursor to the start
        try terminal.type("1")            // 12 * 5
        try terminal.press("Enter")
        try terminal.waitFor("slant>", count: 2)
        #expect(try terminal.screen().hasSuffix("slant> 12 * 5\n60\nslant>"))

        try terminal.press("Up")
        try terminal.waitUntil("the recalled line") { $0.hasSuffix("slant> 12 * 5") }
        try terminal.press("Enter")
        try terminal.waitFor("slant>", count: 3)
        #expect(try terminal.screen().hasSuffix("slant> 12 * 5\n60\nslant> 12 * 5\n60\nslant>"))
    }

    @Test("history is saved, and a restarted REPL recalls it with Up")
    func historySurvivesRestart() throws {
        let first = try launch()
        defer { first.close() }
        try submit(first, "let answer = 42", thenPrompt: 2)
        try first.press("C-d")
        try first.waitForExit()
        first.stop()

        let second = try launch(home: first.home)
        defer { second.stop() }
        try second.press("Up")
        try second.waitUntil("the line from the first session") { $0.hasSuffix("slant> let answer = 42") }
        try second.type(" + 1")
        try second.press("Enter")
        try second.waitFor("slant>", count: 2)
        try submit(second, "answer", thenPrompt: 3)
        #expect(try second.screen().hasSuffix("slant> answer\n43\nslant>"))
    }

    @Test("Ctrl-D on an empty line leaves and the history file holds what was typed")
    func ctrlDSavesHistoryAndLeaves() throws {
        let terminal = try launch()
        defer { terminal.close() }
        try submit(terminal, "1 + 1", thenPrompt: 2)
        try submit(terminal, ":mode csv", thenPrompt: 3)
        try submit(terminal, "1 + 1", thenPrompt: 4)  // a repeat is stored once
        try submit(terminal, "\"Davutoğlu\"", thenPrompt: 5)
        try terminal.press("C-d")
        #expect(try terminal.waitForExit() == 0)
        let saved = try String(contentsOf: terminal.historyFile, encoding: .utf8)
        #expect(saved == "1 + 1\n:mode csv\n1 + 1\n\"Davutoğlu\"\n")
    }

    @Test("--no-history neither reads nor writes the history file")
    func noHistory() throws {
        let terminal = try launch(["--no-history"])
        defer { terminal.close() }
        try submit(terminal, "7 * 6", thenPrompt: 2)
        try terminal.press("C-d")
        try terminal.waitForExit()
        #expect(!FileManager.default.fileExists(atPath: terminal.historyFile.path))
    }

    @Test("a statement over several lines gets the continuation prompt and is one history entry")
    func multiLineStatement() throws {
        let terminal = try launch()
        defer { terminal.close() }
        try terminal.type("[1,")
        try terminal.press("Enter")
        try terminal.waitUntil("the continuation prompt") { $0.hasSuffix("slant> [1,\n...>") }
        try terminal.type("2]")
        try terminal.press("Enter")
        try terminal.waitFor("slant>", count: 2)
        #expect(try terminal.screen().hasSuffix("slant> [1,\n...> 2]\n[1, 2]\nslant>"))

        // Up brings the whole statement back, both lines, as one entry.
        try terminal.press("Up")
        try terminal.waitUntil("the recalled statement") { $0.hasSuffix("slant> [1,\n2]") }
        try terminal.press("C-c")
        try terminal.waitFor("slant>", count: 3)
        try terminal.press("C-d")
        try terminal.waitForExit()
        let saved = try String(contentsOf: terminal.historyFile, encoding: .utf8)
        #expect(saved == "[1,\\n2]\n")
    }

    @Test("Tab completes a builtin, a let-bound name, a column, a meta-command and a path")
    func completion() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("slant-complete-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("reports"), withIntermediateDirectories: true)
        try Data("1\n".utf8).write(to: folder.appendingPathComponent("reports/russia-role.slant"))
        defer { try? FileManager.default.removeItem(at: folder) }
        let terminal = try launch(folder: folder)
        defer { terminal.close() }

        // A builtin gets its opening bracket.
        try terminal.type("ran")
        try terminal.press("Tab")
        try terminal.waitUntil("range(") { $0.hasSuffix("slant> range(") }
        try terminal.type("3)")
        try terminal.press("Enter")
        try terminal.waitFor("slant>", count: 2)
        #expect(try terminal.screen().hasSuffix("slant> range(3)\n[0, 1, 2]\nslant>"))

        // A name bound with let.
        try submit(terminal, "let sentiment_total = 5", thenPrompt: 3)
        try terminal.type("sentiment_t")
        try terminal.press("Tab")
        try terminal.waitUntil("the bound name") { $0.hasSuffix("slant> sentiment_total") }
        try terminal.press("Enter")
        try terminal.waitFor("slant>", count: 4)

        // Columns after where and select.
        try submit(terminal, "let docs = corpus()", thenPrompt: 5)
        try terminal.type("docs | where out")
        try terminal.press("Tab")
        try terminal.waitUntil("the column after where") { $0.hasSuffix("slant> docs | where outlet") }
        try terminal.type(" == \"Breitbart\" | select ti")
        try terminal.press("Tab")
        try terminal.waitUntil("the column after select") { $0.hasSuffix("| select title") }
        try terminal.press("Enter")
        try terminal.waitFor("slant>", count: 6)
        #expect(try terminal.screen().contains("title\n-----------------------------------------------------------\nAnti-ISIS Alliance Between France, Russia, U.S. Takes Shape\nslant>"))

        // A meta-command after ':'.
        try terminal.type(":ti")
        try terminal.press("Tab")
        try terminal.waitUntil("the meta-command") { $0.hasSuffix("slant> :timer") }
        try terminal.press("C-u")

        // A path inside a string: folder first, then the file and the closing quote.
        try terminal.type("\"rep")
        try terminal.press("Tab")
        try terminal.waitUntil("the folder") { $0.hasSuffix("slant> \"reports/") }
        try terminal.press("Tab")
        try terminal.waitUntil("the file") { $0.hasSuffix("slant> \"reports/russia-role.slant\"") }
        try terminal.press("Enter")
        try terminal.waitFor("slant>", count: 7)
        #expect(try terminal.screen().hasSuffix("slant> \"reports/russia-role.slant\"\nreports/russia-role.slant\nslant>"))
    }

    @Test("Tab completes asc and desc after a sort key")
    func completionOfSortOrder() throws {
        let terminal = try launch()
        defer { terminal.close() }
        try terminal.type("corpus() | sort words des")
        try terminal.press("Tab")
        // (The screen comes back without trailing blanks; the line below shows the space.)
        try terminal.waitUntil("desc") { $0.hasSuffix("slant> corpus() | sort words desc") }
        try terminal.type("| select words | top 1")
        try terminal.press("Enter")
        try terminal.waitFor("slant>", count: 2)
        #expect(try terminal.screen().hasSuffix("slant> corpus() | sort words desc | select words | top 1\nwords\n-----\n 1187\nslant>"))
    }

    @Test("Tab lists the candidates when they share nothing more")
    func completionListsCandidates() throws {
        let terminal = try launch()
        defer { terminal.close() }
        try terminal.type(":mode c")
        try terminal.press("Tab")
        try terminal.waitUntil("the single mode") { $0.hasSuffix("slant> :mode csv") }
        try terminal.press("C-u")
        try terminal.type("m")
        try terminal.press("Tab")
        // max mean median min map: the common prefix "m" adds nothing, so all are listed.
        let screen = try terminal.waitUntil("the listing") { $0.hasSuffix("slant> m") && $0.contains("median") }
        for name in ["map", "max", "mean", "median", "min"] {
            #expect(screen.contains(name), "\(name) missing from\n\(screen)")
        }
    }

    @Test("Ctrl-C abandons the line being typed")
    func ctrlCAbandonsLine() throws {
        let terminal = try launch()
        defer { terminal.close() }
        try terminal.type("this is not run")
        try terminal.waitUntil("the typed line") { $0.hasSuffix("slant> this is not run") }
        try terminal.press("C-c")
        try terminal.waitFor("slant>", count: 2)
        try submit(terminal, "1 + 1", thenPrompt: 3)
        let screen = try terminal.screen()
        #expect(screen.hasSuffix("slant> 1 + 1\n2\nslant>"))
        #expect(!screen.contains("error"))
    }

    @Test("Ctrl-C stops a long evaluation and the prompt comes back; the session lives on")
    func ctrlCCancelsEvaluation() throws {
        let terminal = try launch()
        defer { terminal.close() }
        try submit(terminal, "let kept = 7", thenPrompt: 2)
        // A hundred million function calls in little memory: many seconds, even in a release build.
        try terminal.type("range(1000000) | map(fn(i) range(100) | filter(fn(x) x < 0)) | first")
        try terminal.press("Enter")
        try terminal.waitUntil("the statement to start") { $0.hasSuffix("filter(fn(x) x < 0)) | first") }
        // Still running after half a second: no new prompt.
        Thread.sleep(forTimeInterval: 0.5)
        #expect(ReplTerminal.lines(startingWith: "slant>", in: try terminal.screen()) == 2)
        let clock = ContinuousClock()
        let pressed = clock.now
        try terminal.press("C-c")
        try terminal.waitFor("slant>", count: 3)
        #expect(clock.now - pressed < .seconds(3))
        #expect(try terminal.screen().contains("error: evaluation cancelled"))
        try submit(terminal, "kept * 6", thenPrompt: 4)
        #expect(try terminal.screen().hasSuffix("slant> kept * 6\n42\nslant>"))
    }

    @Test("UTF-8 is typed, edited and evaluated as characters")
    func utf8Input() throws {
        let terminal = try launch()
        defer { terminal.close() }
        try submit(terminal, "\"Quai d’Orsay\"", thenPrompt: 2)
        #expect(try terminal.screen().hasSuffix("slant> \"Quai d’Orsay\"\nQuai d’Orsay\nslant>"))

        try terminal.type("length(\"Davutoğlu\")")
        try terminal.waitUntil("the echo") { $0.hasSuffix("slant> length(\"Davutoğlu\")") }
        try terminal.press("Enter")
        try terminal.waitFor("slant>", count: 3)
        #expect(try terminal.screen().hasSuffix("slant> length(\"Davutoğlu\")\n9\nslant>"))

        // Left moves over "ğ" as one character; BSpace deletes it whole.
        try terminal.type("\"Davutoğlu\"")
        try terminal.press("Left", "Left", "Left")
        try terminal.press("BSpace")
        try terminal.type("g")
        try terminal.press("Enter")
        try terminal.waitFor("slant>", count: 4)
        #expect(try terminal.screen().hasSuffix("slant> \"Davutoglu\"\nDavutoglu\nslant>"))
    }

    @Test("without a locale in the environment, UTF-8 still works (C.UTF-8 fallback)")
    func utf8WithoutLocale() throws {
        let terminal = try ReplTerminal()
        defer { terminal.close() }
        try terminal.start([], environment: ["LANG": "", "LC_ALL": ""])
        try terminal.waitFor("slant>")
        try submit(terminal, "upper(\"Davutoğlu\")", thenPrompt: 2)
        #expect(try terminal.screen().hasSuffix("slant> upper(\"Davutoğlu\")\nDAVUTOĞLU\nslant>"))
    }

    @Test("meta-commands: a typo gets a suggestion, :mode, :corpus, :help NAME, :ast, :quit")
    func metaCommands() throws {
        let terminal = try launch()
        defer { terminal.close() }
        try submit(terminal, ":mdoe csv", thenPrompt: 2)
        #expect(try terminal.screen().contains("error: unknown command ':mdoe'; did you mean :mode? (:help lists them all)"))
        try submit(terminal, ":mode csv", thenPrompt: 3)
        try submit(terminal, "table(name = [\"a\", \"b\"], n = [1, 2])", thenPrompt: 4)
        #expect(try terminal.screen().hasSuffix("slant> table(name = [\"a\", \"b\"], n = [1, 2])\nname,n\na,1\nb,2\nslant>"))
        try terminal.type("x +")  // incomplete: the continuation prompt, then Ctrl-C drops it
        try terminal.press("Enter")
        try terminal.waitUntil("the continuation prompt") { $0.hasSuffix("slant> x +\n...>") }
        try terminal.press("C-c")
        try terminal.waitFor("slant>", count: 5)
        try submit(terminal, "undefined_thing", thenPrompt: 6)
        #expect(try terminal.screen().contains("<repl>:1:1: error:"))
        try submit(terminal, ":corpus", thenPrompt: 7)
        #expect(try terminal.screen().contains("""
            corpus: the bundled seeds
            documents: 5
            outlets (5): Atlantic Sentinel, Breitbart, Foreign Policy, Hot Air, The Wall Street Journal
            """))
        try submit(terminal, ":help length", thenPrompt: 8)
        #expect(try terminal.screen().contains("length(text) -> number   [Text]\n  The number of characters"))
        try submit(terminal, ":ast 1 + 2", thenPrompt: 9)
        #expect(try terminal.screen().hasSuffix("""
            slant> :ast 1 + 2
            Program 1:1-1:6
              Expression 1:1-1:6
                Binary + 1:1-1:6
                  Number 1 1:1-1:2
                  Number 2 1:5-1:6
            slant>
            """))
        try terminal.type(":quit")
        try terminal.press("Enter")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test(":help prelude shows the prelude's text: the actors every session starts with")
    func helpPrelude() throws {
        let terminal = try launch()
        defer { terminal.close() }
        try submit(terminal, ":help prelude", thenPrompt: 2)
        let screen = try terminal.screen()
        #expect(screen.contains("actor Coalition = \"the coalition\""))
        #expect(screen.hasSuffix("\"-the coalition government\"\nslant>"))
    }

    @Test("long tables stop at the row limit with a count; wide ones are cut with a note")
    func tableLimits() throws {
        let terminal = try launch()
        defer { terminal.close() }
        try submit(terminal, "table(n = range(100))", thenPrompt: 2)
        let screen = try terminal.screen()
        #expect(screen.contains("\n39\n(60 more rows not shown (100 in all); use top N, or :mode csv)\nslant>"))
        #expect(!screen.contains("\n40\n"))

        try submit(terminal, "table(a = [\"\(String(repeating: "x", count: 90))\"], b = [\"\(String(repeating: "y", count: 90))\"])", thenPrompt: 3)
        let wide = try terminal.screen()
        #expect(wide.contains("(columns cut to fit 120 characters; :mode csv or :mode json shows them whole)"))
        #expect(wide.contains("…"))
    }
}
