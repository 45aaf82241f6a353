/// The comparison builtins: `keyness`, `compare`, `distance`, `coverage`, `kwic`, `frequency`.
enum ComparisonBuiltins: BuiltinModule {
    static var builtins: [Builtin] {
        [KeynessBuiltin.builtin, CompareBuiltin.builtin, DistanceBuiltin.builtin, CoverageBuiltin.builtin, KwicBuiltin.builtin, FrequencyBuiltin.builtin]
    }
}
