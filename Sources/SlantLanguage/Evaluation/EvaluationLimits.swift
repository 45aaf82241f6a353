/// Limits that stop runaway scripts with a clear error instead of a crash or a hang.
public struct EvaluationLimits: Sendable, Hashable {
    /// Nested calls of user functions (recursion). Infinite recursion ends here.
    public var maximumCallDepth: Int
    /// Nested evaluation of expressions, calls included; keeps the evaluator inside its stack.
    ///
    /// Sized for unoptimised builds, whose frames are large: measured on x86-64 (Swift 6.3, debug),
    /// one level costs about 8 KB for an operator chain and up to 32 KB for nested builtin calls,
    /// so 10,000 levels need at most about 320 MB of the 512 MB stack. Release frames are far smaller.
    public var maximumEvaluationDepth: Int
    /// Evaluation steps per run, or nil for no limit (tests and fuzzers set one to bound time).
    public var maximumSteps: Int?
    /// The most elements `range` and similar builtins may create at once.
    public var maximumCollectionSize: Int
    /// How deeply list and record literals may nest values (a list in a list in …). Printing,
    /// comparing and freeing values recurse through the nesting, on threads with small stacks.
    public var maximumValueNesting: Int
    /// Bytes of stack for the evaluation thread; the depth limits above are sized to fit it.
    public var stackSize: Int

    public init(
        maximumCallDepth: Int = 1_000, maximumEvaluationDepth: Int = 10_000, maximumSteps: Int? = nil,
        maximumCollectionSize: Int = 10_000_000, maximumValueNesting: Int = 1_000, stackSize: Int = 512 << 20
    ) {
        self.maximumCallDepth = maximumCallDepth
        self.maximumEvaluationDepth = maximumEvaluationDepth
        self.maximumSteps = maximumSteps
        self.maximumCollectionSize = maximumCollectionSize
        self.maximumValueNesting = maximumValueNesting
        self.stackSize = stackSize
    }

    public static let standard = EvaluationLimits()
}
