import Foundation
import ServiceIndexCSV
import ServiceIndexCore

/// One opened input: its reader, its dialect, its identity when opened and, once read, its
/// header.
final class InputFile {
    let index: Int
    let path: String
    let reader: CSVFileReader
    let dialect: CSVDialect
    /// UTF-8, or an encoding transcoded as the file is read (`InputFile+Encoding.swift`).
    let encoding: InputEncoding
    private(set) var header: HeaderMap?
    /// The line of the first data row, once `locateDataRows` found it.
    private(set) var dataStartLine = 2
    let options: IngestOptions

    /// Opens the file and works out its dialect from its first bytes.
    init(index: Int, path: String, options: IngestOptions) throws(IngestError) {
        self.index = index
        self.path = path
        self.options = options
        let prefix: [UInt8]
        do {
            reader = try CSVFileReader(path: path)
            prefix = try reader.bytes(at: 0, count: 1 << 16)
        } catch {
            switch error {
            case .cannotOpen(let reason):
                throw IngestError(.inputMissing, file: path, "cannot open the file: \(reason)")
            case .readFailed(let reason): throw IngestError(.io, file: path, "read failed: \(reason)")
            case .notUTF8, .unsupportedLineEnds: throw IngestError(.data, file: path, "\(error)")
            }
        }
        (encoding, dialect) = try Self.sniff(prefix, path: path, options: options)
    }

    /// The file as it was when opened: every read of it is checked against this.
    var identity: FileIdentity { reader.identity }

    /// A tokenizer for this file starting at `offset` (default: the first byte after the byte
    /// order mark), on line `line`.
    func tokenizer(startingAt offset: Int64? = nil, line: Int = 1) -> CSVTokenizer {
        CSVTokenizer(
            delimiter: dialect.delimiter,
            maxFieldBytes: options.maxFieldBytes,
            startOffset: offset ?? Int64(dialect.byteOrderMarkLength),
            startLine: line)
    }

    /// Maps the header record's column names to the columns the tool reads.
    func mapHeader(_ record: CSVRecordView) throws(IngestError) {
        var names: [String] = []
        for index in 0..<record.count {
            let bytes = record[index]
            guard TextValue.isValidUTF8(bytes) else {
                throw IngestError(
                    .data, file: path, line: record.line, column: index + 1,
                    notUTF8Message(header: record, field: index))
            }
            names.append(String(decoding: bytes, as: UTF8.self))
        }
        header = try HeaderMap(
            headers: names, file: path, line: record.line,
            hasProvinceFallback: options.fallbackProvince != nil)
    }

    /// Reads and maps the header row on its own, for a file to be read in ranges: returns where
    /// the data rows start (offset and line), or nil when the file is better read whole (no
    /// complete header, a syntax error, or a header ending mid-line); the whole-file read then
    /// reports whatever is wrong. Only UTF-8 files are read in ranges, so no transcoding here.
    func locateDataRows() throws(IngestError) -> (offset: Int64, line: Int)? {
        var window = 1 << 16
        while true {
            let bytes = try read(at: Int64(dialect.byteOrderMarkLength), count: window)
            let tokenizer = self.tokenizer()
            var headerError: IngestError? = nil
            var isMapped = false
            do {
                try tokenizer.feedLines(bytes, until: isMapped) { record in
                    do throws(IngestError) { try self.mapHeader(record) } catch { headerError = error }
                    isMapped = true
                }
            } catch {
                return nil
            }
            if let headerError { throw headerError }
            if isMapped {
                guard let next = tokenizer.nextRecordStart, next.location.skip == 0 else { return nil }
                dataStartLine = next.line
                return (next.location.lineOffset, next.line)
            }
            if bytes.count < window { return nil }
            window *= 8
        }
    }

    /// A row parser for this file (after the header).
    func rowParser() -> RowParser {
        RowParser(file: path, header: header!, fallbackProvince: options.fallbackProvince)
    }

    /// Turns a CSV syntax error into a file-level error of this file.
    func error(_ syntax: CSVSyntaxError) -> IngestError {
        IngestError(.data, file: path, line: syntax.line, column: column(of: syntax), syntax.message)
    }

    /// Finds the record at `location` again (for an exact duplicate check), reading no further
    /// than the end of that record, and returns what `body` makes of it with this file's row
    /// parser. The buffers are the worker's `scratch`.
    ///
    /// A file that changed since it was opened gives no report whatever this read finds: every
    /// file is checked once more after the last read (`Ingest.run`).
    /// - Throws: `IngestError.changed` (74) when the record is no longer there, or no longer
    ///   valid (`body` returns nil), naming how the file changed.
    func reread<Value>(
        _ location: CSVRecordLocation, scratch: RereadScratch, _ body: (CSVRecordView, inout RowParser) -> Value?
    ) throws(IngestError) -> Value {
        TestHook.reach(.reread)
        var window = 1 << 10
        while true {
            let bytes = try scratch.read(self, at: location.lineOffset, count: window)
            let isRestOfFile = bytes.count < window
            let tokenizer = scratch.tokenizer(for: self, at: location.lineOffset)
            let transcoding = try transcodingFeed(from: location.lineOffset)
            var seen = 0
            var isFound = false
            var value: Value? = nil
            func visit(_ record: CSVRecordView) {
                if seen == location.skip {
                    isFound = true
                    value = scratch.withParser(for: self) { body(record, &$0) }
                }
                seen += 1
            }
            do {
                try tokenizer.feedLines(bytes, via: transcoding, until: isFound, visit)
                if !isFound && isRestOfFile { try tokenizer.finish(via: transcoding, visit) }
            } catch {
                throw changeError(because: "a record read again is no longer valid CSV")
            }
            if isFound {
                guard let value else { throw changeError(because: "a record read again is no longer valid") }
                return value
            }
            if isRestOfFile { throw changeError(because: "a record read again is no longer there") }
            window *= 8
        }
    }

    /// Reads up to `count` bytes at `offset` through the reader opened with the file.
    private func read(at offset: Int64, count: Int) throws(IngestError) -> [UInt8] {
        do { return try reader.bytes(at: offset, count: count) } catch { throw readError(error) }
    }

    /// Fills `buffer` with the bytes at `offset` through the reader opened with the file;
    /// returns how many it read (fewer at the end of the file).
    func read(at offset: Int64, into buffer: UnsafeMutableRawBufferPointer) throws(IngestError) -> Int {
        do { return try reader.read(at: offset, into: buffer) } catch { throw readError(error) }
    }

    private func readError(_ error: CSVFileError) -> IngestError {
        IngestError(.io, file: path, "read failed: \(error)")
    }
}
