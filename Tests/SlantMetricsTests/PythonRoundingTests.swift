import SlantMetrics
import Testing

/// Expected values were printed by CPython 3.11's `round(x, n)`.
@Suite("Python round()")
struct PythonRoundingTests {
    @Test("true binary ties round half to even", arguments: [
        (0.0625, 3, 0.062), (0.5625, 3, 0.562), (0.1875, 3, 0.188),
        (0.03125, 4, 0.0312), (0.09375, 4, 0.0938), (-0.03125, 4, -0.0312),
    ])
    func ties(value: Double, digits: Int, expected: Double) {
        #expect(PythonRounding.round(value, digits: digits) == expected)
    }

    @Test("decimal-looking ties follow the exact binary value", arguments: [
        (2.675, 2, 2.67), (0.00015, 4, 0.0001), (0.0005, 3, 0.001), (0.0015, 3, 0.002),
        (0.1235, 3, 0.123), (0.44045, 4, 0.4405), (0.4404499999999999, 4, 0.4404),
        (0.99995, 4, 1.0), (0.9995, 3, 1.0), (1e-300, 3, 0.0),
    ])
    func nearTies(value: Double, digits: Int, expected: Double) {
        #expect(PythonRounding.round(value, digits: digits) == expected)
    }

    @Test("negative values that round to zero keep their sign, as in Python")
    func negativeZero() {
        let rounded = PythonRounding.round(-0.00004, digits: 4)
        #expect(rounded == 0)
        #expect(rounded.sign == .minus)
        #expect(PythonRounding.round(-0.0, digits: 3).sign == .minus)
        #expect(PythonRounding.round(0.0, digits: 3).sign == .plus)
    }

    @Test("integers, infinities and NaN pass through")
    func passThrough() {
        #expect(PythonRounding.round(3.0, digits: 3) == 3.0)
        #expect(PythonRounding.round(.infinity, digits: 3) == .infinity)
        #expect(PythonRounding.round(.nan, digits: 3).isNaN)
        #expect(PythonRounding.round(0x1p60, digits: 4) == 0x1p60)
    }
}
