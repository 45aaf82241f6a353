/// A linear scale from data values to pixels with "nice" tick values (1, 2, 2.5 or 5 × 10^k).
struct AxisScale {
    let low: Double
    let high: Double
    let ticks: [Double]
    let pixelStart: Double
    let pixelEnd: Double

    /// A scale covering `values` and zero.
    init(values: [Double], pixelStart: Double, pixelEnd: Double, targetTicks: Int = 5) {
        var low = min(0, values.min() ?? 0)
        var high = max(0, values.max() ?? 0)
        if low == high { high = low + 1 }
        let step = Self.niceStep((high - low) / Double(max(1, targetTicks)))
        low = (low / step).rounded(.down) * step
        high = (high / step).rounded(.up) * step
        var ticks: [Double] = []
        var tick = low
        while tick <= high + step * 1e-9 {
            ticks.append(abs(tick) < step * 1e-9 ? 0 : tick)
            tick += step
        }
        self.low = low
        self.high = high
        self.ticks = ticks
        self.pixelStart = pixelStart
        self.pixelEnd = pixelEnd
    }

    func pixel(_ value: Double) -> Double {
        pixelStart + (value - low) / (high - low) * (pixelEnd - pixelStart)
    }

    /// Decimals that show every tick exactly.
    var tickDecimals: Int {
        for decimals in 0...6 {
            var scale = 1.0
            for _ in 0..<decimals { scale *= 10 }
            if ticks.allSatisfy({ abs(($0 * scale).rounded() - $0 * scale) < 1e-6 }) { return decimals }
        }
        return 6
    }

    static func niceStep(_ raw: Double) -> Double {
        guard raw > 0, raw.isFinite else { return 1 }
        var magnitude = 1.0
        while magnitude * 10 <= raw { magnitude *= 10 }
        while magnitude > raw { magnitude /= 10 }
        for factor in [1.0, 2.0, 2.5, 5.0, 10.0] where factor * magnitude >= raw { return factor * magnitude }
        return 10 * magnitude
    }
}
