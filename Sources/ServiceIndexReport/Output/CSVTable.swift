import ServiceIndexCSV

/// A CSV output: a header and rows of cells, rendered by the conventions of docs/methodology.md, CSV conventions (UTF-8 with
/// BOM unless turned off, comma, CRLF, RFC 4180 quoting, formula guard on text cells).
public struct CSVTable: Equatable, Sendable {
    public var header: [String]
    public var rows: [[Cell]]

    public init(header: [String], rows: [[Cell]] = []) {
        self.header = header
        self.rows = rows
    }

    /// The file's bytes.
    public func rendered(byteOrderMark: Bool) -> [UInt8] {
        var writer = CSVWriter(byteOrderMark: byteOrderMark)
        writer.writeRow(header)
        for row in rows { writer.writeRow(row.map(\.field)) }
        return writer.bytes
    }
}
