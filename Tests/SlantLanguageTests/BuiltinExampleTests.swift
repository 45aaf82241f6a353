import Testing
@testable import SlantLanguage

/// Every example in the builtin reference runs, and prints exactly what the reference says.
@Suite("Builtin examples")
struct BuiltinExampleTests {
    static let examples: [(String, BuiltinExample)] = BuiltinRegistry.standard.all.flatMap { builtin in
        builtin.examples.map { (builtin.name, $0) }
    }

    @Test(arguments: BuiltinRegistry.standard.all.map(\.name))
    func everyBuiltinIsDocumented(_ name: String) throws {
        let builtin = try #require(BuiltinRegistry.standard.entry(named: name))
        #expect(!builtin.examples.isEmpty, "\(name) has no example")
        #expect(!builtin.summary.isEmpty)
        #expect(builtin.signature.contains(name))
        #expect(builtin.summary.hasSuffix("."), "\(name): a summary is a sentence")
    }

    @Test func everyExampleProducesItsDocumentedOutput() {
        #expect(Self.examples.count >= 60)
        for (name, example) in Self.examples {
            let output = run(example.source)
            #expect(output == example.output, "example of \(name): \(example.source)")
        }
    }

    @Test func verbsAreNotCallable() {
        #expect(BuiltinRegistry.standard.function(named: "where") == nil)
        #expect(BuiltinRegistry.standard.entry(named: "where")?.kind == .verb)
    }

    @Test func registriesCanBeExtended() {
        var registry = BuiltinRegistry.standard
        registry.register(Builtin(
            name: "twice", category: "Test", signature: "twice(x) -> number", summary: "Doubles.",
            examples: [BuiltinExample("twice(2)", "4")], parameters: [.value("x", .number)]
        ) { call throws(RuntimeError) in .number(try call.number("x") * 2) })
        let session = Session(options: SessionOptions(registry: registry))
        #expect(run("[1, 2] | map(twice) | sum", session: session) == "6")
    }
}
