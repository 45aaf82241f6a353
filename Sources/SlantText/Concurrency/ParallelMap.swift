import Dispatch

/// Maps an array on all cores, keeping order: documents are independent, so metrics over a
/// corpus use every core (`DispatchQueue.concurrentPerform`).
public enum ParallelMap {
    /// `transform` applied to every element; serial for small inputs, where threads cost more
    /// than they save. Large maps report their progress (see ``WorkProgressReporting``),
    /// counting `unit`.
    public static func map<Element: Sendable, Result: Sendable>(
        _ elements: [Element], minimumForParallel: Int = 8, unit: String = "documents",
        _ transform: @Sendable (Element) -> Result
    ) -> [Result] {
        guard elements.count >= minimumForParallel else { return elements.map(transform) }
        let tracker = WorkProgressReporting.track(total: elements.count, unit: unit)
        let slots = Slots<Result>(count: elements.count)
        DispatchQueue.concurrentPerform(iterations: elements.count) { index in
            slots.set(index, transform(elements[index]))
            tracker?.advance()
        }
        tracker?.finish()
        return slots.values()
    }

    /// Fixed slots filled from concurrent workers, each written once.
    private final class Slots<Value>: @unchecked Sendable {
        // Each index is written by exactly one worker, into memory allocated up front (no
        // shared array header to race on), and read only after all workers have finished.
        private let storage: UnsafeMutableBufferPointer<Value?>

        init(count: Int) {
            storage = .allocate(capacity: count)
            storage.initialize(repeating: nil)
        }

        deinit {
            storage.deinitialize()
            storage.deallocate()
        }

        func set(_ index: Int, _ value: Value) { storage[index] = value }

        func values() -> [Value] { storage.compactMap { $0 } }
    }
}
