import ServiceIndexCSV

/// A report table: a header and rows of typed cells. The CSV file and the workbook sheet of a
/// table are both rendered from it (UTF-8 with BOM unless turned off, CRLF, RFC 4180 quoting,
/// formula guard on text cells; the delimiter and decimal mark of the chosen dialect).
public struct CSVTable: Equatable, Sendable {
    public var header: [String]
    public var rows: [[Cell]]

    public init(header: [String], rows: [[Cell]] = []) {
        self.header = header
        self.rows = rows
    }

    /// The file's bytes.
    public func rendered(byteOrderMark: Bool, dialect: CSVOutputDialect = .rfc4180) -> [UInt8] {
        var writer = CSVWriter(byteOrderMark: byteOrderMark, delimiter: dialect.delimiter)
        writer.writeRow(header)
        for row in rows { writer.writeRow(row.map { $0.field(decimalMark: dialect.decimalMark) }) }
        return writer.bytes
    }
}
