/// A horizontal bar chart in inline SVG: one row per group (so outlet names never collide),
/// bars from zero, 95% intervals as whiskers with caps, the value and n in a column of their
/// own on the right, an axis with ticks and the unit under it. Bars and values link to their
/// evidence.
struct SVGBarChart {
    let chart: BarChart
    let anchors: Set<String>

    private let width = 760.0
    private let rowHeight = 30.0
    private let barHeight = 16.0
    private let fontSize = 13.0
    private let top = 8.0
    private let axisHeight = 46.0

    func render() -> String {
        let values = chart.bars.flatMap { [$0.value, $0.interval?.lowerBound, $0.interval?.upperBound].compactMap { $0 } }
        let decimals = ReportNumberFormat.decimals(for: values)
        let labels = chart.bars.map(\.label)
        let labelWidth = min(220, max(70, (labels.map { HTMLText.width($0, size: fontSize) }.max() ?? 0) + 14))
        let valueTexts = chart.bars.map { bar -> String in
            guard let value = bar.value else { return "no data" }
            return ReportNumberFormat.format(value, decimals: decimals) + (bar.n.map { " (n=\(ReportNumberFormat.count($0)))" } ?? "")
        }
        let valueWidth = min(200, max(70, (valueTexts.map { HTMLText.width($0, size: fontSize) }.max() ?? 0) + 18))
        let scale = AxisScale(values: values, pixelStart: labelWidth, pixelEnd: width - valueWidth - 8)
        let plotBottom = top + Double(chart.bars.count) * rowHeight
        let height = plotBottom + axisHeight
        let unit = chart.unit.isEmpty ? "value" : chart.unit

        var svg = "<svg class=\"chart bars\" viewBox=\"0 0 \(c(width)) \(c(height))\" width=\"\(c(width))\" height=\"\(c(height))\" role=\"img\" aria-label=\"\(HTMLText.escape(chart.title)), \(HTMLText.escape(unit))\" xmlns=\"http://www.w3.org/2000/svg\">\n"
        // Grid and ticks.
        let tickDecimals = scale.tickDecimals
        for tick in scale.ticks {
            let x = scale.pixel(tick)
            svg += "<line class=\"\(tick == 0 ? "zero" : "grid")\" x1=\"\(c(x))\" y1=\"\(c(top - 4))\" x2=\"\(c(x))\" y2=\"\(c(plotBottom))\"/>\n"
            svg += "<text class=\"tick\" x=\"\(c(x))\" y=\"\(c(plotBottom + 16))\" text-anchor=\"middle\">\(ReportNumberFormat.format(tick, decimals: tickDecimals))</text>\n"
        }
        svg += "<line class=\"axis\" x1=\"\(c(scale.pixelStart))\" y1=\"\(c(plotBottom))\" x2=\"\(c(scale.pixelEnd))\" y2=\"\(c(plotBottom))\"/>\n"
        svg += "<text class=\"unit\" x=\"\(c((scale.pixelStart + scale.pixelEnd) / 2))\" y=\"\(c(plotBottom + 36))\" text-anchor=\"middle\">\(HTMLText.escape(unit))</text>\n"

        for (index, bar) in chart.bars.enumerated() {
            let middle = top + Double(index) * rowHeight + rowHeight / 2
            let label = HTMLText.fit(bar.label, size: fontSize, maximum: labelWidth - 12)
            svg += "<text class=\"label\" x=\"\(c(labelWidth - 8))\" y=\"\(c(middle + 4.5))\" text-anchor=\"end\"><title>\(HTMLText.escape(bar.label))</title>\(HTMLText.escape(label))</text>\n"
            var mark = ""
            var description = "\(bar.label): "
            if let value = bar.value {
                let zero = scale.pixel(0)
                let end = scale.pixel(value)
                let x = min(zero, end)
                let barWidth = max(1, abs(end - zero))
                description += ReportNumberFormat.format(value, decimals: decimals)
                mark += "<rect class=\"bar\(bar.caution == nil ? "" : " fragile")\" x=\"\(c(x))\" y=\"\(c(middle - barHeight / 2))\" width=\"\(c(barWidth))\" height=\"\(c(barHeight))\"/>"
                if let interval = bar.interval {
                    description += " (95% interval \(ReportNumberFormat.interval(interval, decimals: decimals)))"
                    let from = scale.pixel(interval.lowerBound)
                    let to = scale.pixel(interval.upperBound)
                    mark += "<line class=\"whisker\" x1=\"\(c(from))\" y1=\"\(c(middle))\" x2=\"\(c(to))\" y2=\"\(c(middle))\"/>"
                    mark += "<line class=\"whisker\" x1=\"\(c(from))\" y1=\"\(c(middle - 6))\" x2=\"\(c(from))\" y2=\"\(c(middle + 6))\"/>"
                    mark += "<line class=\"whisker\" x1=\"\(c(to))\" y1=\"\(c(middle - 6))\" x2=\"\(c(to))\" y2=\"\(c(middle + 6))\"/>"
                }
            } else {
                description += "no data"
            }
            if let n = bar.n { description += ", n=\(ReportNumberFormat.count(n))" }
            if let caution = bar.caution { description += ". Caution: \(caution)" }
            let valueText = "<text class=\"value\" x=\"\(c(width - valueWidth))\" y=\"\(c(middle + 4.5))\">\(HTMLText.escape(valueTexts[index]))\(bar.caution == nil ? "" : " ⚠")</text>"
            let content = "<title>\(HTMLText.escape(description))</title>" + mark + valueText
            if let id = bar.evidence, anchors.contains(id) {
                svg += "<a href=\"#\(ReportSlug.anchor(id))\">\(content)</a>\n"
            } else {
                svg += "<g>\(content)</g>\n"
            }
        }
        svg += "</svg>"
        return svg
    }

    private func c(_ value: Double) -> String { HTMLText.coordinate(value) }
}
