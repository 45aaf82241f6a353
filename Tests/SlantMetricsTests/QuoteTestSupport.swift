import Foundation
import SlantMetrics
import SlantText
import Testing

/// Shared set-up for the quote and stance suites.
enum QuoteTestSupport {
    static func analyzer(_ options: QuoteOptions = QuoteOptions()) throws -> QuoteAnalyzer {
        try QuoteAnalyzer.standard(options: options)
    }

    /// A one-document analysis of `text` (paragraphs separated by blank lines).
    static func analyse(_ text: String, outlet: String = "Test") -> AnalysedDocument {
        TextAnalyzer.analyse(Document(id: "t", outlet: outlet, text: text))
    }

    static func quotes(_ text: String, options: QuoteOptions = QuoteOptions()) throws -> [Quote] {
        try analyzer(options).quotes(in: analyse(text))
    }

    /// The only quote of `text`, failing the test when there is not exactly one.
    static func only(_ text: String, options: QuoteOptions = QuoteOptions()) throws -> Quote {
        let found = try quotes(text, options: options)
        try #require(found.count == 1, "expected one quote, found \(found.map { "\($0.kind): \($0.text)" })")
        return try #require(found.first)
    }

    /// The five bundled seed articles, analysed, by outlet.
    static func seeds() throws -> [String: AnalysedDocument] {
        let corpus = try Corpus.seeds()
        var byOutlet: [String: AnalysedDocument] = [:]
        for analysis in TextAnalyzer.analyse(corpus.documents) { byOutlet[analysis.document.outlet] = analysis }
        return byOutlet
    }

    static func seed(_ outlet: String) throws -> AnalysedDocument {
        try #require(try seeds()[outlet], "no seed from \(outlet)")
    }
}
