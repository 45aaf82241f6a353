import SlantReport
import Testing

/// The HTML page checked for structure rather than byte for byte: sections, charts, links that
/// land, escaping, and nothing that reaches outside the file.
@Suite("HTML report structure")
struct HTMLStructureTests {
    let report = SampleReport.report
    let html = HTMLReportRenderer().render(SampleReport.report)

    /// Values of `attribute="…"` in the page, in order.
    private func attributes(_ attribute: String) -> [String] {
        var values: [String] = []
        var rest = html[...]
        let marker = " \(attribute)=\""
        while let start = rest.firstRange(of: marker) {
            let after = rest[start.upperBound...]
            guard let end = after.firstIndex(of: "\"") else { break }
            values.append(String(after[..<end]))
            rest = after[end...]
        }
        return values
    }

    private func count(_ text: String) -> Int { html.ranges(of: text).count }

    @Test func isOneSelfContainedDocument() {
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.hasSuffix("</html>\n"))
        #expect(count("<style>") == 1)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<link"))
        #expect(!html.contains(" src=\""))
        #expect(!html.contains("@import"))
        // The only URLs are SVG's namespace name (never fetched) and in-page or data: links.
        #expect(count("http") == count("xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(attributes("href").allSatisfy { $0.hasPrefix("#") || $0.hasPrefix("data:") })
    }

    @Test func hasEverySectionAndTheEvidence() {
        for heading in ["Salience", "Roles and words", "Evidence"] {
            #expect(html.contains("<h2>\(heading)</h2>"), "missing section \(heading)")
        }
        #expect(html.contains("<h1>How outlets frame Russia</h1>"))
        #expect(html.contains("<dt>Corpus</dt><dd>two test articles</dd>"))
        #expect(html.contains("<figcaption>Mentions per 1,000 words</figcaption>"))
    }

    @Test func chartsAreInlineSVGWithUnitsAndLegends() {
        #expect(count("<svg ") == 2)
        #expect(count("</svg>") == 2)
        #expect(html.contains("class=\"chart bars\""))
        #expect(html.contains("class=\"chart heatmap\""))
        // The axis is labelled with its unit; the heatmap has a gradient legend and its unit.
        #expect(html.contains("<text class=\"unit\" x=\"") && html.contains(">mentions per 1,000 words</text>"))
        #expect(html.contains("<linearGradient id=\"grad-roles-of-russia-share-of-mentions\">"))
        #expect(html.contains(">share of mentions</text>"))
        // One whisker (three lines) for the one bar with an interval.
        #expect(count("class=\"whisker\"") == 3)
        #expect(html.contains("<rect class=\"bar fragile\""))
    }

    @Test func everyLinkLandsOnAnAnchor() {
        let ids = Set(attributes("id"))
        let targets = attributes("href").filter { $0.hasPrefix("#") }.map { String($0.dropFirst()) }
        #expect(!targets.isEmpty)
        for target in targets { #expect(ids.contains(target), "link to missing #\(target)") }
        // Every evidence group has its anchor, once.
        for group in report.evidence {
            #expect(count("id=\"\(ReportSlug.anchor(group.id))\"") == 1)
        }
    }

    @Test func everyNumberWithEvidenceIsALink() {
        // Table cells: the value itself is the link.
        #expect(html.contains("<td class=\"num\"><a href=\"#ev-a-salience\">12.5</a></td>"))
        #expect(html.contains("<a href=\"#ev-b-salience\">3.1</a>"))
        // Bars, heatmap cells and keyness scores link too: one link per referenced number.
        let links = attributes("href").filter { $0.hasPrefix("#ev-") }
        #expect(links.count == report.referencedEvidence.count - 1)  // the in-place evidence block is not a link
        #expect(html.contains("<a href=\"#ev-a-kremlin\">2.35</a>"))
        // A heatmap cell without evidence is not a link.
        #expect(links.filter { $0 == "#ev-a-roles" }.count == 2)
    }

    @Test func textIsEscaped() {
        #expect(html.contains("Outlet &quot;B&quot;, Inc."))
        #expect(!html.contains("Outlet \"B\""))
        #expect(html.contains("<mark>Russia</mark> bombed &lt;targets&gt; &amp; more."))
        #expect(!html.contains("<targets>"))
    }

    @Test func downloadsCarryTheTableData() throws {
        let links = attributes("href").filter { $0.hasPrefix("data:text/csv;charset=utf-8,") }
        #expect(links.count == report.dataTables.count)
        let first = try #require(links.first)
        let decoded = try #require(String(first.dropFirst("data:text/csv;charset=utf-8,".count)).removingPercentEncodingWithoutFoundation())
        #expect(decoded == CSVReportRenderer().render(report.dataTables[0].table))
    }

    @Test func labelsTooLongForTheChartAreCutWithTheirFullTextKept() {
        let long = String(repeating: "Very Long Outlet Name ", count: 4)
        let chart = BarChart(title: "t", unit: "u", bars: [.init(label: long, value: 1, n: 3)])
        let page = HTMLReportRenderer().render(Report(title: "x", sections: [ReportSection(heading: "s", blocks: [.barChart(chart)])]))
        #expect(page.contains("<title>\(long)</title>"))
        #expect(page.contains("…</text>"))
    }
}

extension String {
    /// `%XX` sequences decoded as UTF-8 (nil when malformed).
    func removingPercentEncodingWithoutFoundation() -> String? {
        var bytes: [UInt8] = []
        var iterator = utf8.makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "%") {
                guard let high = iterator.next(), let low = iterator.next(),
                      let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16) else { return nil }
                bytes.append(value)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
