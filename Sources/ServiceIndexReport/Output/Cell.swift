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
