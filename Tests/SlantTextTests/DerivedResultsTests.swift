import SlantText
import Synchronization
import Testing

/// Results derived from a document are computed once per owner and key, shared by the
/// document's copies, and kept apart for different owners.
@Suite("Derived results")
struct DerivedResultsTests {
    static let document = TextAnalyzer.analyse(Document(id: "d", text: "Russia said so. Moscow agreed."))

    @Test func computesOncePerOwnerAndKey() {
        let owner = DerivedResultOwner()
        let calls = Atomic<Int>(0)
        func count(_ key: Int) -> Int {
            Self.document.derived(by: owner, key: key) {
                calls.add(1, ordering: .relaxed)
                return key * 10
            }
        }
        #expect(count(1) == 10)
        #expect(count(1) == 10)
        #expect(count(2) == 20)
        #expect(calls.load(ordering: .relaxed) == 2)
    }

    @Test func copiesShareResultsButOwnersDoNot() {
        let first = DerivedResultOwner()
        let second = DerivedResultOwner()
        let copy = Self.document
        #expect(Self.document.derived(by: first) { "first" } == "first")
        #expect(copy.derived(by: first) { "recomputed" } == "first")
        #expect(copy.derived(by: second) { "second" } == "second")
    }

    @Test func aRememberedNilIsNotAMissingResult() {
        // An optional result: nil is remembered as nil, and a missing one is still computed.
        let owner = DerivedResultOwner()
        let missing: String? = Self.document.derived(by: owner, key: "title") { "computed" }
        #expect(missing == "computed")
        let none: Int? = Self.document.derived(by: owner, key: "none") { nil }
        #expect(none == nil)
        let again: Int? = Self.document.derived(by: owner, key: "none") { 1 }
        #expect(again == nil)
    }

    @Test func aDifferentTypeUnderTheSameKeyIsComputed() {
        let owner = DerivedResultOwner()
        #expect(Self.document.derived(by: owner) { 1 } == 1)
        #expect(Self.document.derived(by: owner) { "text" } == "text")
    }
}
