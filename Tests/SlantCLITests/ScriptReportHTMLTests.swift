import Foundation
import Testing

/// The HTML page `scripts/russia-role.slant` writes on the seeds, checked for structure rather
/// than byte for byte: its sections, charts, self-containment, and that every number with
/// evidence is a link that lands on its evidence.
@Suite("russia-role HTML report")
struct ScriptReportHTMLTests {
    static let sections = [
        "The corpus", "At a glance", "Salience: how prominent is Russia?", "Tone toward Russia",
        "Roles: protagonist, antagonist or innocent?", "Agency: does Russia act, or is it acted on?",
        "Labels and distinctive words", "Voices: does Russia speak for itself?",
        "Evidence: the sentences that set the tone", "Evidence",
    ]

    @Test func theReportPage() throws {
        let run = try ScriptRun("russia-role")
        defer { run.remove() }
        #expect(run.result.status == 0)
        let html = try #require(run.written("out/russia-role.html"))
        let page = Page(html)

        // One self-contained document: no scripts, no outside resources.
        let (opens, closes) = (html.hasPrefix("<!DOCTYPE html>"), html.hasSuffix("</html>\n"))
        #expect(opens && closes)
        let outside = ["<script", "<link", " src=\"", "@import"].filter { html.contains($0) }
        #expect(outside.isEmpty, "the page reaches outside itself: \(outside)")
        #expect(page.attributes("href").allSatisfy { $0.hasPrefix("#") || $0.hasPrefix("data:") })

        // The sections, in order, and the overview's dates and caveats.
        #expect(page.headings == Self.sections)
        let overview = page.section("The corpus")
        for fact in ["2014-09-26", "2015-11-18", "2015-09-29", "Hot Air", "inferred"] {
            let shown = overview.contains(fact)
            #expect(shown, "the overview shows \(fact)")
        }

        // Charts: inline SVG bars with interval whiskers and a unit on each axis.
        let salience = page.section("Salience: how prominent is Russia?")
        let tone = page.section("Tone toward Russia")
        #expect(Page.count("<svg ", in: salience) == 1)
        #expect(Page.count("<svg ", in: tone) == 2)
        #expect(Page.count("<svg ", in: html) == 5)
        #expect(Page.count("<svg ", in: html) == Page.count("<text class=\"unit\"", in: html))
        #expect(Page.count("class=\"whisker\"", in: salience) == 15)
        let labelled = salience.contains(">mentions of Russia per 1,000 words; n = sentences</text>")
        #expect(labelled, "the salience axis names its unit")

        // Every link lands on an anchor of the page, and every evidence anchor exists once.
        let ids = page.attributes("id")
        #expect(Set(ids).count == ids.count, "ids are unique")
        let targets = page.attributes("href").filter { $0.hasPrefix("#") }.map { String($0.dropFirst()) }
        #expect(targets.count > 100)
        for target in Set(targets) { #expect(ids.contains(target), "link to missing #\(target)") }

        // Every number with evidence is a link: a table's number cells are all links (an empty
        // value shows a dash), except in the tables of plain counts the script shows on purpose —
        // the corpus, and the labels and actions tables (bound outside the report, whose rows
        // the evidence cannot be told apart for; their sentences are listed under them).
        let tables = Page.matches(of: "<table>", until: "</table>", in: html)
        #expect(tables.count == 9)
        var plain: [String] = []
        for table in tables {
            let cells = Page.cells(in: table, class: "num").filter { $0 != "<span class=\"v\">–</span>" }
            let linked = cells.filter { $0.hasPrefix("<a href=\"#ev-") }
            if linked.isEmpty {
                plain.append(String(Page.matches(of: "<th scope=\"col\"", until: "</tr>", in: table).first?.prefix(80) ?? ""))
            } else {
                #expect(linked.count == cells.count, "a table with unlinked numbers: \(cells.filter { !$0.hasPrefix("<a ") })")
            }
        }
        #expect(plain.count == 3, "tables without links: \(plain)")
        let corpusTable = overview.contains("<table>")
        #expect(corpusTable)
        let values = Page.count("<text class=\"value\"", in: html)
        #expect(values == 20)
        #expect(Page.linkedBarValues(in: html) == values)
        // Heatmap cells link too.
        let roles = page.section("Roles: protagonist, antagonist or innocent?")
        #expect(Page.count("<svg ", in: roles) == 1)
        #expect(Page.count("<a href=\"#ev-", in: Page.matches(of: "<svg ", until: "</svg>", in: roles).joined()) == 15)
        // Keyness scores link to the sentences that use each term.
        let keyness = page.section("Labels and distinctive words")
        #expect(Page.count("z <a href=\"#ev-", in: keyness) == 40)
    }
}

/// Small readers over the rendered page.
struct Page {
    let html: String

    init(_ html: String) { self.html = html }

    /// Values of `attribute="…"` in order.
    func attributes(_ attribute: String) -> [String] {
        Self.matches(of: " \(attribute)=\"", until: "\"", in: html)
    }

    /// The texts of the `<h2>` headings.
    var headings: [String] {
        Self.matches(of: "<h2>", until: "</h2>", in: html).map { $0.replacingOccurrences(of: "&#39;", with: "'") }
    }

    /// The page from a section's heading to the next heading.
    func section(_ heading: String) -> String {
        let escaped = heading.replacingOccurrences(of: "'", with: "&#39;")
        guard let start = html.range(of: "<h2>\(escaped)</h2>") else { return "" }
        let rest = html[start.upperBound...]
        let end = rest.range(of: "<h2>")?.lowerBound ?? rest.endIndex
        return String(rest[..<end])
    }

    /// Contents of `<td class="CLASS">…</td>` cells (exactly that class).
    static func cells(in text: String, class name: String) -> [String] {
        matches(of: "<td class=\"\(name)\">", until: "</td>", in: text)
    }

    static func count(_ needle: String, in text: String) -> Int {
        text.ranges(of: needle).count
    }

    /// Bar values (`<text class="value">`) inside an `<a href="#ev-…">` of their own.
    static func linkedBarValues(in text: String) -> Int {
        matches(of: "<a href=\"#ev-", until: "</a>", in: text).filter { $0.contains("<text class=\"value\"") }.count
    }

    /// The texts between each `start` and the following `end`.
    static func matches(of start: String, until end: String, in text: String) -> [String] {
        var values: [String] = []
        var rest = text[...]
        while let open = rest.range(of: start) {
            let after = rest[open.upperBound...]
            guard let close = after.range(of: end) else { break }
            values.append(String(after[..<close.lowerBound]))
            rest = after[close.upperBound...]
        }
        return values
    }
}
