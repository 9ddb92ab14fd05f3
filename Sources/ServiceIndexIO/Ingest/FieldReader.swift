import ServiceIndexCSV
import ServiceIndexCore

/// Reads the columns of one record for `RowParser`, applying the per-field checks in order:
/// too long, not UTF-8, then the parse.
struct FieldReader {
    let record: CSVRecordView
    let header: HeaderMap
    /// The last value read, trimmed (for messages).
    private(set) var lastValue = ""
    /// The last value read, as written in the cell (for the reject's `value`).
    private(set) var lastRawValue = ""

    init(record: CSVRecordView, header: HeaderMap) {
        self.record = record
        self.header = header
    }

    /// The trimmed bytes of a column after the length and UTF-8 checks; nil when the file lacks
    /// the column.
    mutating func checked(_ column: DossierColumn) throws(RowParser.Problem) -> UnsafeBufferPointer<UInt8>? {
        guard let index = header[column] else { return nil }
        let raw = record[index]
        if record.isTruncated(index) {
            throw RowParser.Problem(
                column: column, reason: .fieldTooLong, value: TextValue.shown(raw),
                detail: "field of \(record.length(index)) bytes is longer than the limit of \(raw.count)")
        }
        guard TextValue.isValidUTF8(raw) else {
            throw RowParser.Problem(
                column: column, reason: .invalidUTF8, value: TextValue.shown(raw),
                detail: "the value is not valid UTF-8")
        }
        let bytes = TextValue.trimmed(raw)
        lastValue = bytes.isEmpty ? "" : String(decoding: bytes, as: UTF8.self)
        lastRawValue = raw.count == bytes.count ? lastValue : String(decoding: raw, as: UTF8.self)
        return bytes
    }

    /// A text column, normalised; nil when absent or empty.
    mutating func text(_ column: DossierColumn) throws(RowParser.Problem) -> String? {
        guard let bytes = try checked(column), !bytes.isEmpty else { return nil }
        return TextValue.normalized(bytes)
    }

    /// A parsed column; nil when absent or empty.
    mutating func parsed<Value>(
        _ column: DossierColumn, as expected: String, reason: RejectReason,
        _ parse: (UnsafeBufferPointer<UInt8>) -> Value?
    ) throws(RowParser.Problem) -> Value? {
        guard let bytes = try checked(column), !bytes.isEmpty else { return nil }
        guard let value = parse(bytes) else {
            throw RowParser.Problem(
                column: column, reason: reason, value: lastRawValue,
                detail: "expected \(expected), found '\(lastValue)'")
        }
        return value
    }

    mutating func date(_ column: DossierColumn, dateOnlyEndOfDay: Bool = false) throws(RowParser.Problem) -> Instant? {
        try parsed(
            column, as: "a date (yyyyMMddHHmmss, yyyy-MM-dd HH:mm[:ss], ISO 8601 or dd/MM/yyyy[ HH:mm[:ss]])",
            reason: .badDatetime
        ) { DateTimeParser.parse($0, dateOnlyEndOfDay: dateOnlyEndOfDay) }
    }

    mutating func flag(_ column: DossierColumn) throws(RowParser.Problem) -> Bool? {
        try parsed(column, as: "a flag (1/0, true/false, yes/no, có/không)", reason: .badFlag, WordParsers.flag)
    }
}
