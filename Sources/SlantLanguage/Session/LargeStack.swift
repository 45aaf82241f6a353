#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs work on a thread with a large stack and waits for it.
///
/// Evaluation recurses once per nested expression and per function call; the depth limits in
/// ``EvaluationLimits`` are sized for this stack, not for whatever thread the caller is on
/// (secondary threads may have as little as 512 KB).
enum LargeStack {
    private final class Work: @unchecked Sendable {
        let body: () -> Void
        init(_ body: @escaping () -> Void) { self.body = body }
    }

    static func run(stackSize: Int, _ body: @escaping () -> Void) {
        var attributes = pthread_attr_t()
        guard pthread_attr_init(&attributes) == 0 else {
            body()
            return
        }
        defer { pthread_attr_destroy(&attributes) }
        guard pthread_attr_setstacksize(&attributes, max(stackSize, 1 << 20)) == 0 else {
            body()
            return
        }
        let work = Unmanaged.passRetained(Work(body))
        #if canImport(Darwin)
        var thread: pthread_t?
        #else
        var thread = pthread_t()
        #endif
        let status = pthread_create(&thread, &attributes, { raw in
            #if canImport(Darwin)
            let pointer = raw
            #else
            guard let pointer = raw else { return nil }
            #endif
            Unmanaged<Work>.fromOpaque(pointer).takeRetainedValue().body()
            return nil
        }, work.toOpaque())
        guard status == 0 else {
            // No thread (resources exhausted): run here, with the caller's stack.
            work.release()
            body()
            return
        }
        #if canImport(Darwin)
        if let thread { pthread_join(thread, nil) }
        #else
        pthread_join(thread, nil)
        #endif
    }

    /// Runs `body` on a large stack and returns its result.
    static func value<T>(stackSize: Int = EvaluationLimits.standard.stackSize, _ body: @escaping () -> T) -> T {
        let box = ResultBox<T>()
        run(stackSize: stackSize) { box.value = body() }
        // `run` executes `body` exactly once, on the new thread or (failing that) on this one.
        guard let value = box.value else { return body() }
        return value
    }

    private final class ResultBox<T>: @unchecked Sendable {
        var value: T?
    }
}
