/// The report builtins: the blocks, `section` and `report`.
enum ReportBuiltins: BuiltinModule {
    static var builtins: [Builtin] { ReportBlockBuiltins.builtins + [ReportBuiltin.builtin] }
}
