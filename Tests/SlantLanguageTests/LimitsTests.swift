import Foundation
import Testing
@testable import SlantLanguage

/// Limits end runaway scripts with located errors, never a crash or a hang.
@Suite("Limits")
struct LimitsTests {
    @Test(arguments: ["(", "[", "{a: ", "-", "not ", "f(", "fn(x) ", "if true then "])
    func tenThousandNestedOpenersGiveALocatedError(_ opener: String) {
        let source = String(repeating: opener, count: 10_000) + "1"
        guard case .error(let diagnostic) = Session.parseStatus(source) else {
            Issue.record("expected an error for \(opener)")
            return
        }
        #expect(diagnostic.message.hasPrefix("too much nesting (more than 200 levels"))
        #expect(diagnostic.phase == .parse)
    }

    @Test func nestingErrorPointsAtTheBracketThatGoesTooDeep() {
        let diagnostic = firstError(String(repeating: "(", count: 10_000))
        #expect(position(diagnostic) == "1:201")
    }

    @Test func reasonableNestingStillWorks() {
        #expect(run(String(repeating: "(", count: 150) + "1" + String(repeating: ")", count: 150)) == "1")
    }

    @Test func longOperatorChainsAreCapped() {
        let ok = "0" + String(repeating: " + 1", count: 1_500)
        #expect(run(ok) == "1500")
        let tooLong = "0" + String(repeating: " + 1", count: 5_000)
        #expect(firstError(tooLong)?.message == "expression is too deeply nested (more than 2000 operations inside each other)")
    }

    @Test func infiniteRecursionStops() {
        let diagnostic = firstError("let f = fn(x) f(x + 1)\nf(0)")
        #expect(diagnostic?.message == "too much recursion: more than 1000 nested function calls")
        #expect(diagnostic?.suggestion == "does 'f' call itself without reaching a case that stops?")
        #expect(position(diagnostic) == "1:15")
    }

    @Test func mutualRecursionThroughPipelinesStops() {
        let diagnostic = firstError("let a = fn(x) x | b\nlet b = fn(x) x | a\na(1)")
        #expect(diagnostic?.message.hasPrefix("too much recursion") == true)
    }

    @Test func deepButFiniteRecursionWorks() {
        #expect(run("let down = fn(n) if n == 0 then 0 else 1 + down(n - 1); down(900)") == "900")
    }

    @Test func stepLimitBoundsExponentialWork() {
        let limits = EvaluationLimits(maximumSteps: 50_000)
        let diagnostic = firstError("let f = fn(n) if n == 0 then 1 else f(n - 1) + f(n - 1); f(40)", limits: limits)
        #expect(diagnostic?.message == "evaluation took more than 50000 steps")
    }

    @Test func hugeCollectionsAreRefused() {
        #expect(run("range(1e12) | count") == "error: 'range' would create 1000000000000 elements, more than the limit of 10000000")
    }

    @Test func cancellationBeforeTheRunStopsAtOnce() {
        let token = CancellationToken()
        token.cancel()
        let outputs = Session().run("range(100000) | map(fn(x) x) | count", origin: "test", cancel: token)
        guard case .diagnostic(let diagnostic)? = outputs.last else {
            Issue.record("expected a diagnostic")
            return
        }
        #expect(diagnostic.message == "evaluation cancelled")
    }

    @Test func cancellationFromAnotherThreadStopsALongRun() {
        let token = CancellationToken()
        let started = Date()
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.2) { token.cancel() }
        // Without cancellation this runs for minutes (2^40 calls).
        let outputs = Session().run(
            "let f = fn(n) if n == 0 then 1 else f(n - 1) + f(n - 1)\nf(40)", origin: "test", cancel: token)
        let elapsed = Date().timeIntervalSince(started)
        guard case .diagnostic(let diagnostic)? = outputs.last else {
            Issue.record("expected a diagnostic")
            return
        }
        #expect(diagnostic.message == "evaluation cancelled")
        #expect(diagnostic.start?.line == 1)
        #expect(elapsed < 30)
    }

    @Test func tenMegabyteStringLiteralRuns() {
        let source = "let s = \"" + String(repeating: "a", count: 10_000_000) + "\"; length(s)"
        #expect(run(source) == "10000000")
    }

    @Test func tenMegabyteOperatorChainFailsCleanly() {
        let source = "1" + String(repeating: "+1", count: 5_000_000)
        let diagnostic = firstError(source)
        #expect(diagnostic?.message.hasPrefix("expression is too deeply nested") == true)
    }

    @Test func tenMegabyteCommentIsFine() {
        let source = "# " + String(repeating: "x", count: 10_000_000) + "\n42"
        #expect(run(source) == "42")
    }

    @Test func deeplyNestedValuesAreRefused() {
        let diagnostic = firstError("let wrap = fn(n, v) if n == 0 then v else wrap(n - 1, [[[[[v]]]]])\nwrap(400, 1)")
        #expect(diagnostic?.message == "value nested too deeply (lists or records more than 1000 levels inside each other)")
        #expect(position(diagnostic) == "1:59")
        #expect(run("let wrap = fn(n, v) if n == 0 then v else wrap(n - 1, [v]); wrap(900, 1) | count") == "1")
    }

    @Test func hugeNamesAreAbbreviatedInMessages() {
        let name = String(repeating: "x", count: 100_000)
        #expect(firstError(name)?.message == "unknown name '" + String(repeating: "x", count: 40) + "…'")
    }

    /// The worst path per level of evaluation (builtin calls nested inside a recursive function)
    /// reaches the evaluation-depth limit, with its error, well inside the default stack, even in
    /// a debug build.
    @Test func evaluationDepthLimitHoldsOnTheWorstPath() {
        let body = String(repeating: "abs(", count: 20) + "f(n - 1)" + String(repeating: ")", count: 20)
        let diagnostic = firstError("let f = fn(n) if n == 0 then 0 else \(body)\nf(5000)")
        #expect(diagnostic?.message == "evaluation nested too deeply (more than 10000 levels)")
    }
}
