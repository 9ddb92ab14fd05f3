import ServiceIndexCSV
import ServiceIndexCore

/// One opened input: its reader, its dialect and, once read, its header.
final class InputFile {
    let index: Int
    let path: String
    let reader: CSVFileReader
    let dialect: CSVDialect
    /// UTF-8, or an encoding transcoded as the file is read (`InputFile+Encoding.swift`).
    let encoding: InputEncoding
    private(set) var header: HeaderMap?
    /// The line of the first data row, once `loadHeader` found it.
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

    /// A tokenizer for this file starting at `offset`.
    func tokenizer(startOffset: Int64 = -1, startLine: Int = 1) -> CSVTokenizer {
        CSVTokenizer(
            delimiter: dialect.delimiter,
            maxFieldBytes: options.maxFieldBytes,
            startOffset: startOffset < 0 ? Int64(dialect.byteOrderMarkLength) : startOffset,
            startLine: startLine)
    }

    /// Reads the header row from its record.
    func readHeader(_ record: CSVRecordView) throws(IngestError) {
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

    /// Reads the header row on its own, for a file to be read in ranges: returns where the data
    /// rows start (offset and line), or nil when the file is better read whole (no complete
    /// header, a syntax error, or a header ending mid-line); the whole-file read then reports
    /// whatever is wrong.
    func loadHeader() throws(IngestError) -> (offset: Int64, line: Int)? {
        var window = 1 << 16
        while true {
            let start = Int64(dialect.byteOrderMarkLength)
            let bytes: [UInt8]
            do { bytes = try reader.bytes(at: start, count: window) } catch {
                throw IngestError(.io, file: path, "read failed: \(error)")
            }
            let tokenizer = self.tokenizer()
            var headerError: IngestError? = nil
            var done = false
            do {
                try tokenizer.feed(bytes) { record in
                    do throws(IngestError) { try self.readHeader(record) } catch { headerError = error }
                    done = true
                    throw RereadComplete()
                }
            } catch {}
            if let headerError { throw headerError }
            if done {
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

    /// Parses the record at `location` again (for an exact duplicate check), reading no further
    /// than the end of that record.
    /// - Throws: `IngestError` (I/O) when the record is no longer there or no longer valid: the
    ///   file changed during the run.
    func reread(_ location: CSVRecordLocation) throws(IngestError) -> Dossier {
        var window = 1 << 10
        var parser = rowParser()
        while true {
            let bytes: [UInt8]
            do { bytes = try reader.bytes(at: location.lineOffset, count: window) } catch {
                throw IngestError(.io, file: path, "read failed: \(error)")
            }
            let tokenizer = self.tokenizer(startOffset: location.lineOffset)
            let transcoding = try transcodingFeed(from: location.lineOffset)
            var seen = 0
            var found: Result<Dossier, Reject>? = nil
            let visit: (CSVRecordView) throws -> Void = { record in
                if seen == location.skip {
                    found = parser.parse(record)
                    throw RereadComplete()
                }
                seen += 1
            }
            do {
                try bytes.withUnsafeBytes { try tokenizer.feed($0, via: transcoding, visit) }
                if bytes.count < window { try tokenizer.finish(via: transcoding, visit) }
            } catch {}
            if case .success(let dossier)? = found { return dossier }
            if found != nil || bytes.count < window {
                throw IngestError(.io, file: path, "the file changed while it was being read")
            }
            window *= 8
        }
    }
}

/// Stops a re-read once its record is parsed.
private struct RereadComplete: Error {}
