import ServiceIndexCore

/// One cell of a CSV output: text (guarded against formula injection), a number (written as
/// formatted, never prefixed) or empty.
public enum Cell: Equatable, Sendable {
    case text(String)
    case number(String)
    case empty

    /// An integer.
    public static func integer<T: BinaryInteger>(_ value: T) -> Cell { .number(String(value)) }

    /// A decimal with fixed decimals, rounded half away from zero (rates 4, points 2).
    public static func decimal(_ value: Double, decimals: Int) -> Cell {
        .number(NumberFormat.fixed(value, decimals: decimals))
    }

    /// An optional decimal: empty when nil.
    public static func decimal(_ value: Double?, decimals: Int) -> Cell {
        value.map { .decimal($0, decimals: decimals) } ?? .empty
    }

    /// An optional integer: empty when nil.
    public static func integer<T: BinaryInteger>(_ value: T?) -> Cell {
        value.map { .integer($0) } ?? .empty
    }

    /// The field as written. A text cell that starts with `=`, `+`, `-`, `@`, TAB or CR gets a
    /// leading `'`, so a spreadsheet cannot run it as a formula (CWE-1236).
    public var field: String {
        switch self {
        case .text(let value):
            guard let first = value.unicodeScalars.first,
                ["=", "+", "-", "@", "\t", "\r"].contains(first)
            else { return value }
            return "'" + value
        case .number(let value): return value
        case .empty: return ""
        }
    }
}

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
}
