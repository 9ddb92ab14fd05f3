import ServiceIndexCore

/// Numbers as a reader of one language writes them, built on `NumberFormat.fixed` (rounded
/// half away from zero, no machine locale involved).
///
/// Vietnamese uses `,` as the decimal mark and `.` between thousands; English the reverse.
///
/// ```swift
/// LocalizedNumberFormat.vi.decimal(1234.565, decimals: 2)   // "1.234,57"
/// LocalizedNumberFormat.en.decimal(1234.565, decimals: 2)   // "1,234.57"
/// LocalizedNumberFormat.vi.percent(0.8534)                  // "85,3%"
/// ```
public struct LocalizedNumberFormat: Sendable {
    /// Between the integer and the fractional digits.
    let decimalMark: String
    /// Between groups of three integer digits.
    let groupSeparator: String

    public static let vi = LocalizedNumberFormat(decimalMark: ",", groupSeparator: ".")
    public static let en = LocalizedNumberFormat(decimalMark: ".", groupSeparator: ",")

    /// The value with exactly `decimals` decimals, thousands grouped.
    public func decimal(_ value: Double, decimals: Int) -> String {
        localize(NumberFormat.fixed(value, decimals: decimals))
    }

    /// An integer, thousands grouped: `12.345` in Vietnamese.
    public func integer<T: BinaryInteger>(_ value: T) -> String {
        localize(String(value))
    }

    /// A rate in [0, 1] as a percentage with `decimals` decimals and a `%` sign: `85,3%`.
    public func percent(_ rate: Double, decimals: Int = 1) -> String {
        decimal(rate * 100, decimals: decimals) + "%"
    }

    /// A signed difference with an explicit `+` for positive values: `+1,25`, `−0,40`.
    public func signed(_ value: Double, decimals: Int) -> String {
        let text = decimal(value, decimals: decimals)
        if text.hasPrefix("-") { return "\u{2212}" + text.dropFirst() }
        return Rounding.scaled(value, decimals: decimals) > 0 ? "+" + text : text
    }

    /// Rewrites a plain `-1234.5` in this language's marks.
    private func localize(_ plain: String) -> String {
        var digits = Substring(plain)
        var sign = ""
        if digits.hasPrefix("-") {
            sign = "-"
            digits = digits.dropFirst()
        }
        let parts = digits.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = Array(parts[0])
        var grouped = ""
        for (offset, digit) in whole.enumerated() {
            if offset > 0, (whole.count - offset) % 3 == 0 { grouped += groupSeparator }
            grouped.append(digit)
        }
        if parts.count > 1 { grouped += decimalMark + parts[1] }
        return sign + grouped
    }
}
