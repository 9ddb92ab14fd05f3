import ServiceIndexCore

/// One cell of a report table: text (guarded against formula injection in CSV), a number
/// (written as formatted, never prefixed) or empty.
///
/// A number keeps the digits the CSV writes together with what kind of figure it is, so the
/// workbook stores exactly the CSV's value and shows it the right way (a rate as a percentage).
///
/// ```swift
/// Cell.rate(0.96174).field(decimalMark: ",")   // "0,9617"
/// Cell.text("=SUM(A1)").field(decimalMark: ".") // "'=SUM(A1)"
/// ```
public enum Cell: Equatable, Sendable {
    case text(String)
    case number(String, NumberKind)
    case empty

    /// What a number is, which decides how a spreadsheet shows it.
    public enum NumberKind: Equatable, Sendable {
        /// A whole number that is not a quantity: a rank, a line number, a rank change.
        case integer
        /// A count of dossiers or rows (shown with thousands grouping in the workbook).
        case count
        /// A share between 0 and 1 written with 4 decimals (shown as a percentage).
        case rate
        /// A decimal with this many fixed decimals (points, days).
        case decimal(Int)
    }

    /// An integer that is not a count (a rank, a line number).
    public static func integer<T: BinaryInteger>(_ value: T) -> Cell { .number(String(value), .integer) }

    /// An optional integer: empty when nil.
    public static func integer<T: BinaryInteger>(_ value: T?) -> Cell { value.map { .integer($0) } ?? .empty }

    /// A count.
    public static func count<T: BinaryInteger>(_ value: T) -> Cell { .number(String(value), .count) }

    /// An optional count: empty when nil.
    public static func count<T: BinaryInteger>(_ value: T?) -> Cell { value.map { .count($0) } ?? .empty }

    /// A decimal with fixed decimals, rounded half away from zero (points 2).
    public static func decimal(_ value: Double, decimals: Int) -> Cell {
        .number(NumberFormat.fixed(value, decimals: decimals), .decimal(decimals))
    }

    /// An optional decimal: empty when nil.
    public static func decimal(_ value: Double?, decimals: Int) -> Cell {
        value.map { .decimal($0, decimals: decimals) } ?? .empty
    }

    /// A rate with 4 decimals, rounded half away from zero; empty when nil.
    public static func rate(_ value: Double?) -> Cell {
        value.map { .number(NumberFormat.fixed($0, decimals: 4), .rate) } ?? .empty
    }

    /// The field as written with `.` as the decimal mark.
    public var field: String { field(decimalMark: ".") }

    /// The field as written. A text cell that starts with `=`, `+`, `-`, `@`, TAB or CR gets a
    /// leading `'`, so a spreadsheet cannot run it as a formula (CWE-1236); a number uses
    /// `decimalMark` and is never prefixed.
    public func field(decimalMark: Character) -> String {
        switch self {
        case .text(let value):
            guard let first = value.unicodeScalars.first,
                ["=", "+", "-", "@", "\t", "\r"].contains(first)
            else { return value }
            return "'" + value
        case .number(let value, _):
            guard decimalMark != "." else { return value }
            return String(value.map { $0 == "." ? decimalMark : $0 })
        case .empty: return ""
        }
    }
}
