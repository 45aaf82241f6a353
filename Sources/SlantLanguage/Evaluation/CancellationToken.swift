import Synchronization

/// Asks a running evaluation to stop. Any thread may call ``cancel()`` (a signal handler's
/// helper thread, say); the evaluator checks the flag between steps, in loops over rows and
/// at every call, and ends with an "evaluation cancelled" error at the expression it was on.
public final class CancellationToken: Sendable {
    private let flag = Atomic<Bool>(false)

    public init() {}

    public func cancel() {
        flag.store(true, ordering: .relaxed)
    }

    public var isCancelled: Bool {
        flag.load(ordering: .relaxed)
    }
}
