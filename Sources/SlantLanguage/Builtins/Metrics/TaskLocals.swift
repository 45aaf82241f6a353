/// Runs evaluation with a recorder bound, keeping Slant's typed errors: the task-local
/// `withValue` rethrows untyped errors, so they are narrowed back to ``RuntimeError`` here.
enum TaskLocals {
    static func with<T>(evidence recorder: EvidenceRecorder, _ body: () throws(RuntimeError) -> T) throws(RuntimeError) -> T {
        try with(EvidenceRecorder.$current, bound: recorder, body)
    }

    static func with<T>(observations recorder: ObservationRecorder, _ body: () throws(RuntimeError) -> T) throws(RuntimeError) -> T {
        try with(ObservationRecorder.$current, bound: recorder, body)
    }

    private static func with<R: Sendable, T>(
        _ local: TaskLocal<R?>, bound value: R, _ body: () throws(RuntimeError) -> T
    ) throws(RuntimeError) -> T {
        do {
            return try local.withValue(value) { try body() }
        } catch let error as RuntimeError {
            throw error
        } catch {
            throw RuntimeError("\(error)", at: SourceRange(start: 0, end: 0))
        }
    }
}
