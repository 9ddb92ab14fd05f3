/// How the CSV outputs are written: the portable comma form, or the form a spreadsheet in a
/// Vietnamese locale opens on a double click (`;` between fields, `,` as the decimal mark).
/// Both carry the same values, the same quoting rules, BOM and CRLF line ends.
public enum CSVOutputDialect: String, CaseIterable, Sendable {
    /// Comma, `.` as the decimal mark (RFC 4180).
    case rfc4180
    /// Semicolon, `,` as the decimal mark, no thousands separator.
    case excelVI = "excel-vi"

    /// The field delimiter byte.
    public var delimiter: UInt8 {
        switch self {
        case .rfc4180: UInt8(ascii: ",")
        case .excelVI: UInt8(ascii: ";")
        }
    }

    /// The decimal mark of numbers.
    public var decimalMark: Character {
        switch self {
        case .rfc4180: "."
        case .excelVI: ","
        }
    }
}
