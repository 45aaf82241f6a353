/// An outlet × category heatmap in inline SVG: a coloured cell with its value for each pair,
/// column labels slanted when they would not fit flat, and a legend with the scale's ends and
/// the unit. Sequential blues for values of one sign; red–white–blue around zero otherwise.
struct SVGHeatmap {
    let map: Heatmap
    let anchors: Set<String>

    private let fontSize = 13.0
    private let rowHeight = 30.0

    func render() -> String {
        let values = map.cells.flatMap { $0.compactMap(\.value) }
        let decimals = ReportNumberFormat.decimals(for: values)
        let low = values.min() ?? 0
        let high = values.max() ?? 0
        let diverging = low < 0 && high > 0
        let bound = max(abs(low), abs(high))

        let labelWidth = min(220, max(70, (map.rowLabels.map { HTMLText.width($0, size: fontSize) }.max() ?? 0) + 14))
        let widestColumn = map.columnLabels.map { HTMLText.width($0, size: fontSize) }.max() ?? 0
        let cellWidth = max(64, min(120, widestColumn + 16))
        let slanted = widestColumn + 16 > cellWidth
        // Slanted at 40°: a label of width w rises w · sin 40° ≈ 0.64 w.
        let headerHeight = slanted ? min(160, widestColumn * 0.66 + 16) : 26
        let gridTop = headerHeight
        let gridWidth = cellWidth * Double(map.columnLabels.count)
        let unit = map.unit.isEmpty ? "value" : map.unit
        // Wide enough for the grid, slanted labels, and the unit written out under the legend.
        let width = max(labelWidth + gridWidth + (slanted ? widestColumn * 0.77 : 0) + 8,
                        labelWidth + min(240, max(160, gridWidth)) + 8,
                        labelWidth + HTMLText.width(unit, size: 12.5) + 12, 320)
        let legendTop = gridTop + Double(map.rowLabels.count) * rowHeight + 18
        let height = legendTop + 52
        let legendWidth = min(240, max(160, gridWidth))

        var svg = "<svg class=\"chart heatmap\" viewBox=\"0 0 \(c(width)) \(c(height))\" width=\"\(c(width))\" height=\"\(c(height))\" role=\"img\" aria-label=\"\(HTMLText.escape(map.title))\" xmlns=\"http://www.w3.org/2000/svg\">\n"
        for (column, label) in map.columnLabels.enumerated() {
            let x = labelWidth + cellWidth * (Double(column) + 0.5)
            let shown = HTMLText.fit(label, size: fontSize, maximum: slanted ? 230 : cellWidth - 8)
            if slanted {
                svg += "<text class=\"label\" transform=\"translate(\(c(x - 4)),\(c(gridTop - 8))) rotate(-40)\"><title>\(HTMLText.escape(label))</title>\(HTMLText.escape(shown))</text>\n"
            } else {
                svg += "<text class=\"label\" x=\"\(c(x))\" y=\"\(c(gridTop - 9))\" text-anchor=\"middle\"><title>\(HTMLText.escape(label))</title>\(HTMLText.escape(shown))</text>\n"
            }
        }
        for (row, label) in map.rowLabels.enumerated() {
            let y = gridTop + Double(row) * rowHeight
            let shown = HTMLText.fit(label, size: fontSize, maximum: labelWidth - 12)
            svg += "<text class=\"label\" x=\"\(c(labelWidth - 8))\" y=\"\(c(y + rowHeight / 2 + 4.5))\" text-anchor=\"end\"><title>\(HTMLText.escape(label))</title>\(HTMLText.escape(shown))</text>\n"
            for (column, cell) in map.cells[row].enumerated() {
                let x = labelWidth + cellWidth * Double(column)
                let fraction = cell.value.map { diverging ? ($0 / max(bound, 1e-12) + 1) / 2 : (high > low ? ($0 - low) / (high - low) : 1) }
                let fill = fraction.map { diverging ? Self.diverging($0) : Self.sequential(low < 0 ? 1 - $0 : $0) } ?? "#eeeeee"
                let dark = fraction.map { diverging ? abs($0 - 0.5) > 0.3 : (low < 0 ? 1 - $0 : $0) > 0.55 } ?? false
                let text = cell.value.map { ReportNumberFormat.format($0, decimals: decimals) } ?? "–"
                var tip = "\(label) — \(map.columnLabels[column]): \(text)"
                if let n = cell.n { tip += ", n=\(ReportNumberFormat.count(n))" }
                let content = "<title>\(HTMLText.escape(tip))</title><rect x=\"\(c(x + 1))\" y=\"\(c(y + 1))\" width=\"\(c(cellWidth - 2))\" height=\"\(c(rowHeight - 2))\" fill=\"\(fill)\"/><text class=\"cell\(dark ? " on-dark" : "")\" x=\"\(c(x + cellWidth / 2))\" y=\"\(c(y + rowHeight / 2 + 4.5))\" text-anchor=\"middle\">\(text)</text>"
                if let id = cell.evidence, anchors.contains(id) {
                    svg += "<a href=\"#\(ReportSlug.anchor(id))\">\(content)</a>\n"
                } else {
                    svg += "<g>\(content)</g>\n"
                }
            }
        }
        // Legend: a gradient bar with its ends labelled, and the unit.
        let legendX = labelWidth
        let stops = diverging ? [0.0, 0.25, 0.5, 0.75, 1.0].map { ($0, Self.diverging($0)) } : [0.0, 0.25, 0.5, 0.75, 1.0].map { ($0, Self.sequential(low < 0 ? 1 - $0 : $0)) }
        let gradientID = "grad-" + ReportSlug.make(map.title + "-" + map.unit)
        svg += "<defs><linearGradient id=\"\(gradientID)\">" + stops.map { "<stop offset=\"\(c($0.0 * 100))%\" stop-color=\"\($0.1)\"/>" }.joined() + "</linearGradient></defs>\n"
        svg += "<rect x=\"\(c(legendX))\" y=\"\(c(legendTop))\" width=\"\(c(legendWidth))\" height=\"10\" fill=\"url(#\(gradientID))\" stroke=\"#999\" stroke-width=\"0.5\"/>\n"
        let lowLabel = ReportNumberFormat.format(diverging ? -bound : low, decimals: decimals)
        let highLabel = ReportNumberFormat.format(diverging ? bound : high, decimals: decimals)
        svg += "<text class=\"tick\" x=\"\(c(legendX))\" y=\"\(c(legendTop + 24))\" text-anchor=\"start\">\(lowLabel)</text>\n"
        if diverging { svg += "<text class=\"tick\" x=\"\(c(legendX + legendWidth / 2))\" y=\"\(c(legendTop + 24))\" text-anchor=\"middle\">0</text>\n" }
        svg += "<text class=\"tick\" x=\"\(c(legendX + legendWidth))\" y=\"\(c(legendTop + 24))\" text-anchor=\"end\">\(highLabel)</text>\n"
        svg += "<text class=\"unit\" x=\"\(c(legendX))\" y=\"\(c(legendTop + 42))\">\(HTMLText.escape(unit))</text>\n"
        svg += "</svg>"
        return svg
    }

    private func c(_ value: Double) -> String { HTMLText.coordinate(value) }

    /// White (0) to deep blue (1).
    static func sequential(_ t: Double) -> String {
        interpolate([(0.969, 0.984, 1.0), (0.776, 0.859, 0.937), (0.420, 0.682, 0.839), (0.129, 0.443, 0.710), (0.031, 0.188, 0.420)], t)
    }

    /// Red (0) through white (0.5) to blue (1).
    static func diverging(_ t: Double) -> String {
        interpolate([(0.698, 0.094, 0.169), (0.957, 0.647, 0.510), (0.969, 0.969, 0.969), (0.573, 0.773, 0.871), (0.129, 0.400, 0.675)], t)
    }

    private static func interpolate(_ stops: [(Double, Double, Double)], _ t: Double) -> String {
        let clamped = min(1, max(0, t.isFinite ? t : 0))
        let position = clamped * Double(stops.count - 1)
        let index = min(stops.count - 2, Int(position))
        let f = position - Double(index)
        let a = stops[index]
        let b = stops[index + 1]
        func channel(_ x: Double, _ y: Double) -> String {
            let value = Int(((x + (y - x) * f) * 255).rounded())
            let hex = String(min(255, max(0, value)), radix: 16)
            return hex.count == 1 ? "0" + hex : hex
        }
        return "#" + channel(a.0, b.0) + channel(a.1, b.1) + channel(a.2, b.2)
    }
}
