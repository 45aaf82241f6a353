/// The builtin modules of the standard registry, in the order the reference lists categories.
/// To add builtins (a metric, say), write an enum conforming to ``BuiltinModule`` and add it here.
public enum StandardLibrary {
    public static var modules: [any BuiltinModule.Type] {
        [
            VerbDocumentation.self,
            TableBuiltins.self,
            AggregateBuiltins.self,
            CorpusBuiltins.self,
            ActorBuiltins.self,
            LabelBuiltins.self,
            ToneBuiltins.self,
            ExplainBuiltins.self,
            QuoteBuiltins.self,
            StanceBuiltins.self,
            RoleBuiltins.self,
            FrameBuiltins.self,
            ComparisonBuiltins.self,
            ReportBuiltins.self,
            ListBuiltins.self,
            TextBuiltins.self,
            MathBuiltins.self,
            CoreBuiltins.self,
        ]
    }

    /// The order of categories in the reference.
    public static let categoryOrder = [
        "Table verbs", "Tables", "Aggregates", "Corpus", "Metrics", "Lists", "Text", "Math", "Values",
    ]
}
