@preconcurrency import CEditLine
import Glibc
import Synchronization

/// SIGINT (Ctrl-C) turned into a flag the REPL polls, plus a pipe that wakes a waiting `poll()`.
///
/// The handler is installed without `SA_RESTART`. While the line editor waits for a key it
/// polls both the terminal and the wake pipe, so a Ctrl-C that arrives at any moment, even just
/// before the read, ends `el_gets` at once (the self-pipe trick). While a statement evaluates on
/// its worker thread, the main thread polls the flag and cancels the evaluation.
enum InterruptSignal {
    /// Set by the signal handler; atomic stores and `write(2)` are async-signal-safe, unlike
    /// anything that allocates or locks.
    private static let pending = Atomic<Bool>(false)
    private static let wakeReadEnd = Atomic<Int32>(-1)
    private static let wakeWriteEnd = Atomic<Int32>(-1)

    /// Installs the SIGINT handler. Call once, before the first prompt.
    static func install() {
        // Touch the statics first: their lazy initialisation must not run inside the handler.
        pending.store(false, ordering: .relaxed)
        var ends: [Int32] = [-1, -1]
        if slant_make_wake_pipe(&ends) == 0 {
            wakeReadEnd.store(ends[0], ordering: .releasing)
            wakeWriteEnd.store(ends[1], ordering: .releasing)
        }
        _ = slant_install_sigint_handler { _ in
            InterruptSignal.pending.store(true, ordering: .releasing)
            let descriptor = InterruptSignal.wakeWriteEnd.load(ordering: .acquiring)
            if descriptor >= 0 {
                let savedErrno = errno
                var byte: UInt8 = 1
                _ = write(descriptor, &byte, 1)  // a full pipe already means "wake up"
                errno = savedErrno
            }
        }
    }

    /// A descriptor that becomes readable when SIGINT arrives (-1 before `install()`).
    static var wakeDescriptor: Int32 { wakeReadEnd.load(ordering: .acquiring) }

    /// Whether SIGINT arrived since the last `take()`, leaving the flag set.
    static var isPending: Bool { pending.load(ordering: .acquiring) }

    /// Whether SIGINT arrived since the last call; clears the flag and empties the wake pipe.
    static func take() -> Bool {
        drainWakePipe()
        return pending.exchange(false, ordering: .acquiringAndReleasing)
    }

    /// Empties the wake pipe (its bytes carry no information beyond "a signal came").
    static func drainWakePipe() {
        let descriptor = wakeDescriptor
        guard descriptor >= 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 64)
        while read(descriptor, &buffer, buffer.count) > 0 {}
    }
}
