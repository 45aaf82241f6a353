import Synchronization

/// Identifies one producer of per-document results (a mention finder, a quote analyzer): every
/// instance gets a new identity, so results computed with different rules or data are never
/// mixed up, while copies of one instance share theirs.
public struct DerivedResultOwner: Sendable, Hashable {
    private let id: UInt64

    public init() {
        id = Self.counter.wrappingAdd(1, ordering: .relaxed).newValue
    }

    private static let counter = Atomic<UInt64>(0)
}

/// Results derived from one analysed document, remembered so that the metrics of one script
/// compute them once: `mentions`, `salience`, `tone` and `labels` of an actor share one mention
/// pass, and `quotes`, `voices` and `stance` one quote analysis.
///
/// Safe across threads. Two threads asking for the same missing result may both compute it
/// (results are pure functions of the document, so either copy is right); the lock is never
/// held while computing.
final class DerivedResults: Sendable {
    private struct Key: Hashable, @unchecked Sendable {
        // `AnyHashable` is not `Sendable`, but it only ever wraps the `Sendable` keys that
        // ``AnalysedDocument/derived(by:key:_:)`` accepts.
        var owner: DerivedResultOwner
        var key: AnyHashable
    }

    /// Beyond this many results the document forgets them all and starts again: a long REPL
    /// session that redefines actors again and again must not grow without bound.
    static let capacity = 256

    private let storage = Mutex<[Key: any Sendable]>([:])

    func value<Value: Sendable>(
        owner: DerivedResultOwner, key: some Hashable & Sendable, compute: () -> Value
    ) -> Value {
        let key = Key(owner: owner, key: AnyHashable(key))
        // Unwrap the lookup before casting: cast directly, a missing entry would read as a
        // remembered nil whenever `Value` is itself an optional.
        let cached: (any Sendable)? = storage.withLock { $0[key] }
        if let cached, let value = cached as? Value { return value }
        let value = compute()
        storage.withLock { results in
            if results.count >= Self.capacity { results.removeAll() }
            results[key] = value
        }
        return value
    }
}

extension AnalysedDocument {
    /// The result `owner` derives from this document under `key`: computed by `compute` on first
    /// request and remembered for the life of the document (shared by its copies).
    ///
    /// `compute` must be a pure function of the document, `owner` and `key`.
    public func derived<Value: Sendable>(
        by owner: DerivedResultOwner, key: some Hashable & Sendable = 0, _ compute: () -> Value
    ) -> Value {
        derivedResults.value(owner: owner, key: key, compute: compute)
    }
}
