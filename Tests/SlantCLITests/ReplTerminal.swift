import Foundation
import Testing

/// The real `slant` binary running in a pseudo-terminal: a private tmux server (its own socket,
/// so tests run side by side) with one 120×40 pane, in its own session, so a Ctrl-C sent to the
/// pane never reaches the test runner. Each instance has its own HOME and XDG_STATE_HOME.
///
/// Waits poll `capture-pane` until the expected text shows, with a bounded timeout; nothing
/// sleeps for a fixed time.
final class ReplTerminal {
    /// tmux, if installed; REPL tests are skipped without it.
    static let tmuxPath: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// The `slant` executable next to the test bundle (SwiftPM builds both into one folder).
    static var slantPath: String {
        if let override = ProcessInfo.processInfo.environment["SLANT_BINARY"] { return override }
        let testBinary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var folder = testBinary.deletingLastPathComponent()
        // On macOS the test binary sits inside Foo.xctest/Contents/MacOS.
        while folder.path.contains(".xctest") { folder = folder.deletingLastPathComponent() }
        return folder.appendingPathComponent("slant").path
    }

    /// How long any single wait may take before the test fails.
    static let timeout: Duration = .seconds(10)

    /// The tmux server's socket, inside this terminal's own folder (removed with it).
    let socket: String
    /// A fresh folder used as HOME; history lives in `stateFolder`.
    let home: URL
    let stateFolder: URL
    private let tmux: String

    /// The history file the REPL under test writes.
    var historyFile: URL { stateFolder.appendingPathComponent("slant/history") }

    /// Creates the temporary HOME; call `start` to launch the binary.
    init(home existingHome: URL? = nil) throws {
        guard let tmux = Self.tmuxPath else { throw ReplTerminalError.noTmux }
        self.tmux = tmux
        if let existingHome {
            home = existingHome
        } else {
            home = FileManager.default.temporaryDirectory.appendingPathComponent("slant-repl-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        }
        socket = home.appendingPathComponent("tmux-\(UUID().uuidString.prefix(8))").path
        stateFolder = home.appendingPathComponent("state")
    }

    /// Starts `slant arguments…` in the pane, in `folder` (default: HOME), with a clean
    /// environment plus `environment`.
    func start(_ arguments: [String] = [], environment: [String: String] = [:],
               folder: URL? = nil) throws {
        var variables = [
            "HOME": home.path, "XDG_STATE_HOME": stateFolder.path, "TERM": "screen",
            "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
        ]
        variables.merge(environment) { _, new in new }
        let assignments = variables.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.quoted($0.value))" }
        let slant = (["env", "-i"] + assignments + [Self.quoted(Self.slantPath)] + arguments.map(Self.quoted))
            .joined(separator: " ")
        // The pane's shell reports slant's exit status on screen: tmux itself sometimes never
        // collects a dead pane's status. `trap : INT` keeps that shell alive through Ctrl-C
        // (slant, started afresh, gets the default disposition and installs its own handler).
        let command = "trap : INT; cd \(Self.quoted((folder ?? home).path)) && \(slant); echo \"\(Self.exitMarker)$?]\""
        try tmuxCommand(["new-session", "-d", "-x", "120", "-y", "40", command])
        // Keep the pane after the shell exits, so a test can read the last words.
        try tmuxCommand(["set-option", "-t", socketTarget, "remain-on-exit", "on"])
    }

    private var socketTarget: String { "0" }

    /// Types text literally (no key names interpreted).
    func type(_ text: String) throws {
        try tmuxCommand(["send-keys", "-t", socketTarget, "-l", text])
    }

    /// Presses named keys: "Enter", "Tab", "Up", "C-c", "C-d", "BSpace", "Left"…
    func press(_ keys: String...) throws {
        try tmuxCommand(["send-keys", "-t", socketTarget] + keys)
    }

    /// The pane's visible text plus its scrollback, trailing blank lines removed; with
    /// `escapes`, colour and other attributes appear as escape sequences.
    func screen(escapes: Bool = false) throws -> String {
        let text = try tmuxCommand(["capture-pane", "-p", "-J", "-S", "-200"] + (escapes ? ["-e"] : []) + ["-t", socketTarget])
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.replacing(/\s+$/, with: "") }
            .joined(separator: "\n")
            .trimmingCharacters(in: .newlines)
    }

    /// Polls the screen until `condition` holds; fails the test with the last screen on timeout.
    @discardableResult
    func waitUntil(_ description: String, sourceLocation: SourceLocation = #_sourceLocation,
                   _ condition: (String) -> Bool) throws -> String {
        let clock = ContinuousClock()
        let deadline = clock.now + Self.timeout
        var last = ""
        while clock.now < deadline {
            last = try screen()
            if condition(last) { return last }
            Thread.sleep(forTimeInterval: 0.02)
        }
        Issue.record("timed out waiting for \(description); screen was:\n\(last)", sourceLocation: sourceLocation)
        throw ReplTerminalError.timedOut(description)
    }

    /// Waits until `count` lines on screen start with `text` (prompts repeat, so counting
    /// matters; `:help` examples show "  slant> …" indented, which does not count).
    @discardableResult
    func waitFor(_ text: String, count: Int = 1, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try waitUntil("\(count) lines starting \"\(text)\"", sourceLocation: sourceLocation) {
            Self.lines(startingWith: text, in: $0) >= count
        }
    }

    /// The last line on screen (where the cursor usually is).
    func lastLine() throws -> String {
        try screen().split(separator: "\n", omittingEmptySubsequences: false).last.map(String.init) ?? ""
    }

    /// What the pane's shell prints when slant has exited, before the status and a `]`.
    static let exitMarker = "[slant exited with status "

    /// The program's exit status once it has exited, else nil.
    func exitStatus() throws -> Int32? {
        let text = try screen()
        guard let marker = text.range(of: Self.exitMarker, options: .backwards) else { return nil }
        return Int32(text[marker.upperBound...].prefix { $0 != "]" })
    }

    /// Waits for the program to exit and returns its exit status.
    @discardableResult
    func waitForExit(sourceLocation: SourceLocation = #_sourceLocation) throws -> Int32 {
        let clock = ContinuousClock()
        let deadline = clock.now + Self.timeout
        while clock.now < deadline {
            if let status = try exitStatus() { return status }
            Thread.sleep(forTimeInterval: 0.02)
        }
        Issue.record("slant did not exit; screen was:\n\(try screen())", sourceLocation: sourceLocation)
        throw ReplTerminalError.timedOut("exit")
    }

    /// Stops the program in the pane (SIGKILL to the pane's process group, so it cannot write
    /// anything more, such as its history file) and then the tmux server. Safe to call twice.
    func stop() {
        if let text = try? tmuxCommand(["display-message", "-p", "-t", socketTarget, "#{pane_pid}"]),
           let group = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)), group > 1 {
            kill(-group, SIGKILL)
            Self.waitUntilGone(processGroup: group)
        }
        _ = try? tmuxCommand(["kill-server"])
    }

    /// Stops everything and deletes the temporary HOME (with the socket in it).
    func close() {
        stop()
        try? FileManager.default.removeItem(at: home)
    }

    /// Waits (briefly) until every process of `group` is dead or a zombie, read from /proc.
    private static func waitUntilGone(processGroup group: pid_t) {
        let clock = ContinuousClock()
        let deadline = clock.now + .seconds(2)
        while clock.now < deadline {
            guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return }
            let alive = entries.contains { entry in
                guard Int32(entry) != nil,
                      let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                      let close = stat.range(of: ") ", options: .backwards)
                else { return false }
                // After "pid (name) ": state, ppid, pgrp.
                let fields = stat[close.upperBound...].split(separator: " ")
                return fields.count > 2 && fields[2] == "\(group)" && fields[0] != "Z"
            }
            if !alive { return }
            Thread.sleep(forTimeInterval: 0.01)
        }
    }

    @discardableResult
    private func tmuxCommand(_ arguments: [String]) throws -> String {
        // Output goes to a file, not a pipe: `new-session` starts the tmux server, which would
        // inherit a pipe and hold it open. The client is spawned and reaped by hand: Foundation's
        // Process sometimes never noticed these short-lived clients exit.
        let outputFile = home.appendingPathComponent(".tmux-output-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: outputFile) }
        let status = try Self.spawnAndWait(tmux, ["-S", socket, "-f", "/dev/null"] + arguments, output: outputFile.path)
        let text = String(decoding: (try? Data(contentsOf: outputFile)) ?? Data(), as: UTF8.self)
        guard status == 0 else {
            throw ReplTerminalError.tmuxFailed(arguments.first ?? "", text)
        }
        return text
    }

    /// Runs `program arguments…` with stdin from /dev/null and stdout+stderr to `output`, with
    /// no signal blocked or ignored; returns its exit status.
    private static func spawnAndWait(_ program: String, _ arguments: [String], output: String) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var everySignal = sigset_t()
        sigfillset(&everySignal)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &everySignal)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv: [UnsafeMutablePointer<CChar>?] = ([program] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, program, &actions, &attributes, argv, environ)
        guard spawned == 0 else { throw ReplTerminalError.tmuxFailed(arguments.first ?? "", String(cString: strerror(spawned))) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw ReplTerminalError.tmuxFailed(arguments.first ?? "", "waitpid failed") }
        }
        // WIFEXITED / WEXITSTATUS, spelled out (they are C macros).
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : -1
    }

    /// How many lines of `text` start with `prefix`.
    static func lines(startingWith prefix: String, in text: String) -> Int {
        text.split(separator: "\n", omittingEmptySubsequences: false).filter { $0.hasPrefix(prefix) }.count
    }

    /// A word the shell reads back as exactly `text`.
    static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

enum ReplTerminalError: Error, CustomStringConvertible {
    case noTmux
    case timedOut(String)
    case tmuxFailed(String, String)

    var description: String {
        switch self {
        case .noTmux: return "tmux is not installed; install it to run the REPL tests (apt-get install tmux)"
        case .timedOut(let what): return "timed out waiting for \(what)"
        case .tmuxFailed(let command, let output): return "tmux \(command) failed: \(output)"
        }
    }
}
