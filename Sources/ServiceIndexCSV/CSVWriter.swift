/// Writes RFC 4180 CSV into a byte buffer: comma (or another delimiter), CRLF, a field quoted
/// when it holds the delimiter, a quote, CR or LF, or starts or ends with a space or
/// TAB (so readers that trim unquoted fields keep it whole), quotes doubled inside.
///
/// ```swift
/// var writer = CSVWriter()
/// writer.writeRow(["a", "b,c"])
/// String(decoding: writer.bytes, as: UTF8.self)   // "a,\"b,c\"\r\n"
/// ```
public struct CSVWriter: Sendable {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8] = []

    /// The byte between fields.
    public let delimiter: UInt8

    /// Starts a document, with the UTF-8 byte order mark when `byteOrderMark` is true, its fields
    /// separated by `delimiter` (`,` unless given).
    public init(byteOrderMark: Bool = false, delimiter: UInt8 = 0x2C) {
        self.delimiter = delimiter
        if byteOrderMark { bytes = [0xEF, 0xBB, 0xBF] }
    }

    /// Writes one row of already-formatted fields.
    public mutating func writeRow(_ fields: [String]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { bytes.append(delimiter) }
            append(field)
        }
        bytes.append(0x0D)
        bytes.append(0x0A)
    }

    private mutating func append(_ field: String) {
        let utf8 = field.utf8
        let edgeSpace = [0x20, 0x09].contains(utf8.first ?? 0) || [0x20, 0x09].contains(utf8.last ?? 0)
        let needsQuotes =
            edgeSpace || utf8.contains { $0 == delimiter || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }
        guard needsQuotes else {
            bytes.append(contentsOf: utf8)
            return
        }
        bytes.append(0x22)
        for byte in utf8 {
            if byte == 0x22 { bytes.append(0x22) }
            bytes.append(byte)
        }
        bytes.append(0x22)
    }
}
