import Foundation

/// Numbers: rounding, absolute value, roots, logarithms, powers.
enum MathBuiltins: BuiltinModule {
    static var builtins: [Builtin] { [abs, round, floor, ceil, sqrt, log, pow] }

    private static func unary(
        _ name: String, summary: String, examples: [BuiltinExample],
        _ body: @escaping @Sendable (Double, BuiltinCall) throws(RuntimeError) -> Double
    ) -> Builtin {
        Builtin(
            name: name, category: "Math", signature: "\(name)(x) -> number", summary: summary, examples: examples,
            parameters: [.value("x", .number)]
        ) { call throws(RuntimeError) in
            .number(try body(try call.number("x"), call))
        }
    }

    static let abs = unary("abs", summary: "The absolute value.", examples: [BuiltinExample("abs(-3.5)", "3.5")]) { x, _ in Swift.abs(x) }

    static let floor = unary("floor", summary: "Rounds down to a whole number.", examples: [BuiltinExample("floor(2.7)", "2")]) { x, _ in x.rounded(.down) }

    static let ceil = unary("ceil", summary: "Rounds up to a whole number.", examples: [BuiltinExample("ceil(2.1)", "3")]) { x, _ in x.rounded(.up) }

    static let sqrt = unary("sqrt", summary: "The square root.", examples: [BuiltinExample("sqrt(16)", "4")]) { x, call throws(RuntimeError) in
        guard x >= 0 else { throw call.error("cannot take the square root of a negative number", at: "x") }
        return x.squareRoot()
    }

    static let round = Builtin(
        name: "round", category: "Math", signature: "round(x, digits: 0) -> number",
        summary: "Rounds to a number of decimal places (halves away from zero).",
        examples: [BuiltinExample("round(2.5)", "3"), BuiltinExample("round(3.14159, digits: 2)", "3.14")],
        parameters: [.value("x", .number), .value("digits", .number, optional: true)]
    ) { call throws(RuntimeError) in
        let x = try call.number("x")
        let digits = call.has("digits") ? try call.integer("digits", atLeast: 0) : 0
        guard digits <= 15 else { throw call.error("'digits' must be at most 15", at: "digits") }
        let scale = Foundation.pow(10.0, Double(digits))
        return .number((x * scale).rounded(.toNearestOrAwayFromZero) / scale)
    }

    static let log = Builtin(
        name: "log", category: "Math", signature: "log(x, base?) -> number",
        summary: "The natural logarithm, or the logarithm in a given base.",
        examples: [BuiltinExample("log(100, 10)", "2"), BuiltinExample("log(1)", "0")],
        parameters: [.value("x", .number), .value("base", .number, optional: true)]
    ) { call throws(RuntimeError) in
        let x = try call.number("x")
        guard x > 0 else { throw call.error("the logarithm needs a number above 0", at: "x") }
        guard call.has("base") else { return .number(Foundation.log(x)) }
        let base = try call.number("base")
        guard base > 0, base != 1 else { throw call.error("the base must be above 0 and not 1", at: "base") }
        return .number(Foundation.log(x) / Foundation.log(base))
    }

    static let pow = Builtin(
        name: "pow", category: "Math", signature: "pow(x, y) -> number",
        summary: "x raised to the power y.",
        examples: [BuiltinExample("pow(2, 10)", "1024")],
        parameters: [.value("x", .number), .value("y", .number)]
    ) { call throws(RuntimeError) in
        .number(Foundation.pow(try call.number("x"), try call.number("y")))
    }
}
