import Foundation
import SlantLanguage

extension Repl {
    /// What the loop does after a meta-command.
    enum MetaOutcome {
        case stay, leave
    }

    /// Parses and runs one `:` line; problems are reported and the session carries on.
    func runMetaCommand(_ line: String) -> MetaOutcome {
        let command: MetaCommand
        switch MetaCommand.parse(line) {
        case .success(let parsed): command = parsed
        case .failure(let problem):
            errors.write(palette.red("error:") + " \(problem)\n")
            return .stay
        }
        switch command {
        case .quit:
            return .leave
        case .help(nil):
            output.write(HelpText.overview(registry: session.registry, palette: palette) + "\n")
        case .help(let topic?):
            showHelp(for: topic)
        case .load(let path):
            load(path)
        case .mode(let newMode):
            if let newMode { mode = newMode }
            output.write(palette.dim("values print as \(mode.rawValue)") + "\n")
        case .timer(let on):
            if let on { timerEnabled = on }
            output.write(palette.dim("timer \(timerEnabled ? "on" : "off")") + "\n")
        case .ast(let source):
            output.write(dumpAST(source) + "\n")
        case .corpus:
            describeCorpus()
        case .reset:
            session.reset()
            output.write(palette.dim("session reset: every let, actor, function and loaded corpus is forgotten") + "\n")
        }
        return .stay
    }

    private func showHelp(for topic: String) {
        if topic.hasPrefix(":") {
            let name = String(topic.dropFirst())
            if let text = HelpText.metaCommand(name) {
                output.write(text + "\n")
            } else {
                let guess = EditDistance.nearest(to: name, in: MetaCommand.names, limit: 3)
                errors.write(palette.red("error:") + " no meta-command ':\(name)'" + (guess.map { "; did you mean :\($0)?" } ?? "") + "\n")
            }
            return
        }
        if let builtin = session.registry.entry(named: topic) {
            let width = min(TerminalOutput.columns(of: STDOUT_FILENO) ?? 80, 100)
            output.write(HelpText.entry(builtin, palette: palette, width: width) + "\n")
            // The prelude's help is the prelude itself: the actors every session starts with.
            if topic == "prelude" { output.write("\n" + String(Prelude.source.reversed().drop(while: \.isNewline).reversed()) + "\n") }
            return
        }
        if let keyword = Keyword(rawValue: topic) {
            output.write("'\(keyword.rawValue)' is a keyword of the language; see docs/LANGUAGE.md\n")
            return
        }
        let guess = EditDistance.nearest(to: topic, in: session.registry.names, limit: 3)
        errors.write(palette.red("error:") + " no builtin named '\(topic)'"
            + (guess.map { "; did you mean \($0)?" } ?? "") + " (:help lists them all)\n")
    }

    /// `:load FILE`: runs the file's statements in this session, as `slant run` would.
    private func load(_ path: String) {
        let expanded = path.hasPrefix("~/") ? (options.environment["HOME"] ?? "~") + path.dropFirst() : path
        guard let data = FileManager.default.contents(atPath: expanded) else {
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: expanded, isDirectory: &isFolder)
            let reason = !exists ? "no such file" : (isFolder.boolValue ? "it is a folder" : "permission denied")
            errors.write(palette.red("error:") + " cannot load '\(path)': \(reason) (paths are relative to \(FileManager.default.currentDirectoryPath))\n")
            return
        }
        switch ScriptSource.decode([UInt8](data)) {
        case .success(let source):
            runStatement(source, origin: path)
        case .failure(let diagnostic):
            errors.write(diagnostic.rendered(map: SourceMap(bytes: [UInt8](data)), file: path, color: palette.enabled) + "\n")
        }
    }

    /// `:corpus`: loads the session's corpus (if not yet loaded) and summarises it.
    private func describeCorpus() {
        let name = options.corpusPath ?? "the bundled seeds"
        var table: Table?
        var problem: Diagnostic?
        // Loading a large corpus takes a while: off the main thread, so Ctrl-C can cancel it.
        let session = self.session
        let token = CancellationToken()
        let items = InterruptibleWork.run({ session.run("corpus()", origin: ":corpus", cancel: token) },
                                          onInterrupt: { token.cancel() })
        for item in items {
            switch item {
            case .value(.table(let loaded)): table = loaded
            case .diagnostic(let diagnostic) where diagnostic.severity == .error: problem = diagnostic
            default: break
            }
        }
        if let problem {
            errors.write(problem.rendered(source: "corpus()", color: palette.enabled) + "\n")
            return
        }
        guard let table else { return }
        var outlets: [String] = []
        if let column = table.columnIndex("outlet") {
            for case .string(let outlet) in table.values(ofColumn: column) where !outlets.contains(outlet) {
                outlets.append(outlet)
            }
        }
        output.write("\(palette.bold("corpus")): \(name)\n")
        output.write("documents: \(table.rowCount)\n")
        if !outlets.isEmpty { output.write("outlets (\(outlets.count)): \(outlets.sorted().joined(separator: ", "))\n") }
        output.write("columns: \(table.columnNames.joined(separator: ", "))\n")
        output.write(palette.dim("corpus() returns it as a table, e.g. corpus() | select outlet, title") + "\n")
    }
}
