import ServiceIndexCSV
import ServiceIndexCore

/// A small CSV file read whole (methodology, peer scores, previous rankings): header names
/// folded to keys, rows with their line numbers.
struct SmallCSV {
    struct Row {
        let line: Int
        let fields: [String]
    }

    let path: String
    /// Header keys (`NameKey.word`), e.g. "provincecode".
    let keys: [String]
    let rows: [Row]

    /// Reads the file.
    /// - Throws: `IngestError` (input missing for an absent file, data for bad CSV or UTF-8).
    init(path: String) throws(IngestError) {
        self.path = path
        let bytes: [UInt8]
        do {
            let reader = try CSVFileReader(path: path)
            guard reader.size <= 64 << 20 else { throw IngestError(.data, file: path, "the file is larger than 64 MB") }
            bytes = try reader.bytes(at: 0, count: Int(reader.size))
        } catch let error as CSVFileError {
            throw IngestError(.inputMissing, file: path, "\(error)")
        } catch let error as IngestError {
            throw error
        } catch {
            throw IngestError(.io, file: path, "\(error)")
        }
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw IngestError(.data, file: path, "encoding is not UTF-8")
        }
        let dialect: CSVDialect
        do { dialect = try CSVDialect.sniff(bytes) } catch {
            throw IngestError(.data, file: path, "\(error)")
        }
        let tokenizer = CSVTokenizer(delimiter: dialect.delimiter, startOffset: Int64(dialect.byteOrderMarkLength))
        var records: [Row] = []
        do {
            let body = Array(bytes.dropFirst(dialect.byteOrderMarkLength))
            let collect: (CSVRecordView) -> Void = {
                records.append(Row(line: $0.line, fields: $0.strings.map { $0.normalizedText }))
            }
            try tokenizer.feed(body, collect)
            try tokenizer.finish(collect)
        } catch let error as CSVSyntaxError {
            throw IngestError(.data, file: path, line: error.line, column: error.column, error.message)
        } catch {
            throw IngestError(.data, file: path, "\(error)")
        }
        guard let header = records.first else {
            throw IngestError(.data, file: path, "the file is empty: no header row")
        }
        keys = header.fields.map(NameKey.word)
        rows = Array(records.dropFirst())
    }

    /// The index of the first column whose key is one of `names` (folded), or nil.
    func column(_ names: String...) -> Int? {
        let wanted = names.map(NameKey.word)
        return keys.firstIndex { wanted.contains($0) }
    }

    /// An error at a row and column of this file.
    func error(_ row: Row, column: Int?, _ message: String) -> IngestError {
        IngestError(.data, file: path, line: row.line, column: (column ?? 0) + 1, message)
    }

    /// A required column's index.
    func requireColumn(_ names: String...) throws(IngestError) -> Int {
        let wanted = names.map(NameKey.word)
        guard let index = keys.firstIndex(where: { wanted.contains($0) }) else {
            throw IngestError(.data, file: path, "required column \(names[0]) is missing")
        }
        return index
    }

    /// A field as a finite number with `.` as the decimal mark.
    static func number(_ text: String) -> Double? {
        guard !text.isEmpty, text.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x2D }),
            let value = Double(text), value.isFinite
        else { return nil }
        return value
    }
}
