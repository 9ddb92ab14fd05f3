/// Number formatting with no locale: `.` as the decimal mark, fixed decimals.
public enum NumberFormat {
    /// The value with exactly `decimals` decimals, rounded half away from zero.
    ///
    /// ```swift
    /// NumberFormat.fixed(2.345, decimals: 2)   // "2.35"
    /// NumberFormat.fixed(-0.001, decimals: 2)  // "0.00"
    /// ```
    public static func fixed(_ value: Double, decimals: Int) -> String {
        let scaled = Rounding.scaled(value, decimals: decimals)
        let negative = scaled < 0
        let digits = String(scaled.magnitude)
        guard decimals > 0 else { return (negative ? "-" : "") + digits }
        let padded = String(repeating: "0", count: max(0, decimals + 1 - digits.count)) + digits
        let split = padded.index(padded.endIndex, offsetBy: -decimals)
        return (negative ? "-" : "") + padded[..<split] + "." + padded[split...]
    }

    /// The value with at most 2 decimals, trailing zeros dropped: "62", "62.5", "17.35".
    public static func compact(_ value: Double) -> String {
        var text = fixed(value, decimals: 2)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
