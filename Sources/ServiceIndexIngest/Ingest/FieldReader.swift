import ServiceIndexCSV
import ServiceIndexCore

/// Reads the columns of one record for `RowParser`, applying the per-field checks in order:
/// too long, not UTF-8, then the parse.
struct FieldReader {
    let record: CSVRecordView
    let columns: ColumnPositions
    /// The last field read, as written in the cell and trimmed; decoded only for a reject.
    private var lastRaw = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    private var lastTrimmed = UnsafeBufferPointer<UInt8>(start: nil, count: 0)

    /// The last value read, trimmed (for messages).
    var lastValue: String { String(decoding: lastTrimmed, as: UTF8.self) }
    /// The last value read, as written in the cell (for the reject's `value`).
    var lastRawValue: String { String(decoding: lastRaw, as: UTF8.self) }

    init(record: CSVRecordView, columns: ColumnPositions) {
        self.record = record
        self.columns = columns
    }

    /// The trimmed bytes of a column after the length and UTF-8 checks; nil when the file lacks
    /// the column.
    mutating func checked(_ column: DossierColumn) throws(RowParser.Problem) -> UnsafeBufferPointer<UInt8>? {
        guard let index = columns[column] else { return nil }
        let raw = record[index]
        if record.hasTruncatedField, record.isTruncated(index) {
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
        lastRaw = raw
        lastTrimmed = bytes
        return bytes
    }

    /// A text column, normalised (through `cache`); nil when absent or empty, or when `build`
    /// is false (the field is still checked).
    mutating func text(_ column: DossierColumn, build: Bool = true, cache: inout NormalizedTextCache)
        throws(RowParser.Problem) -> String?
    {
        guard let bytes = try checked(column), !bytes.isEmpty, build else { return nil }
        return cache.normalized(bytes)
    }

    /// An identifier column: its normalised form's hash, and the text on demand; nil when absent
    /// or empty.
    mutating func identifier(_ column: DossierColumn) throws(RowParser.Problem) -> Identifier? {
        guard let bytes = try checked(column), !bytes.isEmpty else { return nil }
        if TextValue.isASCII(bytes) && !bytes.contains(where: TextValue.isSpace) {
            return Identifier(hash: IdentifierHash.of(bytes), bytes: bytes, normalized: nil)
        }
        guard let text = TextValue.normalized(bytes) else { return nil }
        return Identifier(hash: IdentifierHash.of(text), bytes: bytes, normalized: text)
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
