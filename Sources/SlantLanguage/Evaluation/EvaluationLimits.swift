/// Limits that stop runaway scripts with a clear error instead of a crash or a hang.
public struct EvaluationLimits: Sendable, Hashable {
    /// Nested calls of user functions (recursion). Infinite recursion ends here.
    public var maximumCallDepth: Int
    /// Nested evaluation of expressions, calls included; keeps the evaluator inside its stack.
    public var maximumEvaluationDepth: Int
    /// Evaluation steps per run, or nil for no limit (tests and fuzzers set one to bound time).
    public var maximumSteps: Int?
    /// The most elements `range` and similar builtins may create at once.
    public var maximumCollectionSize: Int
    /// Bytes of stack for the evaluation thread; the depth limits above are sized to fit it.
    public var stackSize: Int

    public init(
        maximumCallDepth: Int = 1_000, maximumEvaluationDepth: Int = 20_000, maximumSteps: Int? = nil,
        maximumCollectionSize: Int = 10_000_000, stackSize: Int = 512 << 20
    ) {
        self.maximumCallDepth = maximumCallDepth
        self.maximumEvaluationDepth = maximumEvaluationDepth
        self.maximumSteps = maximumSteps
        self.maximumCollectionSize = maximumCollectionSize
        self.stackSize = stackSize
    }

    public static let standard = EvaluationLimits()
}
