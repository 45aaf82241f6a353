import Foundation

/// Runs one evaluation on a worker thread while the main thread watches for Ctrl-C.
///
/// The evaluator checks a cancellation token between steps; a signal handler can do nothing but
/// set a flag, so the main thread polls that flag and turns it into `cancel()`. (The session
/// runs the evaluation itself on a thread with a large stack.)
enum InterruptibleWork {
    /// How often the main thread looks for Ctrl-C while waiting.
    static let pollInterval: DispatchTimeInterval = .milliseconds(20)

    /// Runs `work` to completion and returns its result. `onInterrupt` runs on the main thread
    /// at each Ctrl-C that arrives meanwhile (it should ask `work` to stop early).
    static func run<Result>(_ work: @escaping () -> Result, onInterrupt: () -> Void) -> Result {
        let slot = WorkerSlot(work: work)
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            slot.result = slot.work()
            done.signal()
        }
        // A Ctrl-C already pending (pressed just after Enter) cancels this work too.
        thread.start()
        while done.wait(timeout: .now() + pollInterval) == .timedOut {
            if InterruptSignal.take() { onInterrupt() }
        }
        // The semaphore orders the worker's write of `result` before this read.
        guard let result = slot.result else { preconditionFailure("worker finished without a result") }
        return result
    }
}

/// Hands a closure and its result between the main thread and one worker thread.
///
/// `@unchecked Sendable` because access is strictly sequential: the main thread writes `work`
/// before starting the thread and reads `result` only after the worker signals completion.
private final class WorkerSlot<Result>: @unchecked Sendable {
    let work: () -> Result
    var result: Result?

    init(work: @escaping () -> Result) { self.work = work }
}
