import Foundation
import Glibc
import SlantLanguage
import SlantText

/// A one-line progress display on standard error, redrawn in place; silent when not a terminal.
final class ProgressLine: @unchecked Sendable {
    // Called from the loading thread and from worker threads: the lock guards the state and
    // keeps redraws whole.
    private let enabled: Bool
    private let lock = NSLock()
    private var lastDraw = Date.distantPast
    private var drawn = false
    /// When the load being shown started, and how far it had got at the last report.
    private var loadStarted = Date()
    private var lastBytes = Int.max

    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    init(enabled: Bool) { self.enabled = enabled }

    /// Whether the line is drawn at all (standard error is a terminal).
    var isEnabled: Bool { enabled }

    /// Loading a corpus file: documents, MB/s, share and time left; the line goes away when the
    /// whole file is read.
    func loading(_ progress: LoadProgress) {
        guard enabled else { return }
        let elapsed: Double = lock.withLock {
            // A report behind the last one is a new load (the REPL may load several).
            if progress.bytesRead < lastBytes { loadStarted = Date() }
            lastBytes = progress.bytesRead
            return Date().timeIntervalSince(loadStarted)
        }
        if let total = progress.totalBytes, progress.bytesRead >= total {
            clear()
            return
        }
        var text = "loading: \(progress.documents.grouped) documents"
        // The clock starts at the first report, so the first fraction of a second says nothing yet.
        let settled = elapsed >= 0.25
        if settled { text += String(format: ", %.1f MB/s", Double(progress.bytesRead) / 1e6 / elapsed) }
        if settled, let total = progress.totalBytes, total > 0, progress.bytesRead > 0 {
            let left = elapsed * Double(total - progress.bytesRead) / Double(progress.bytesRead)
            text += String(format: ", %.0f%%, %.0fs left", 100 * Double(progress.bytesRead) / Double(total), left.rounded(.up))
        }
        draw(text)
    }

    /// Work over many documents or groups (a metric over a corpus): count, rate, time left,
    /// after `label`; the line goes away when the work is finished.
    func working(_ progress: WorkProgress, label: String = "working") {
        guard enabled else { return }
        if progress.isFinished { clear(); return }
        var text = "\(label): \(progress.done.grouped) of \(progress.total.grouped) \(progress.unit)"
        if let rate = progress.rate, rate.isFinite { text += ", \(Int(rate.rounded()).grouped)/s" }
        if let left = progress.secondsLeft { text += String(format: ", %.0fs left", left.rounded(.up)) }
        draw(text)
    }

    /// A progress line for a session's long work (loading a corpus file, metrics over many
    /// documents), installed when standard error is a terminal; quiet otherwise.
    static func forSession() -> (loader: CorpusLoader, line: ProgressLine) {
        let line = ProgressLine(enabled: stderrIsTerminal)
        guard line.isEnabled else { return (.standard, line) }
        WorkProgressReporting.install { line.working($0) }
        return (.standard(progress: { line.loading($0) }), line)
    }

    func clear() {
        guard enabled else { return }
        lock.withLock {
            if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            drawn = false
        }
    }

    private func draw(_ text: String) {
        lock.withLock {
            let now = Date()
            guard now.timeIntervalSince(lastDraw) > 0.1 else { return }
            lastDraw = now
            drawn = true
            FileHandle.standardError.write(Data("\r\u{1B}[K\(text)".utf8))
        }
    }
}

