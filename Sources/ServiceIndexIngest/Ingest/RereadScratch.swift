import ServiceIndexCSV

/// What one worker keeps from one kept record read again to the next (`InputFile.reread`): a
/// read buffer, and a tokenizer and a row parser per file, so that a duplicate costs one `pread`
/// and no allocation. It also knows the tokenizer of the task the worker is running, whose
/// latest records need no read at all: a repeat of a dossier often follows its kept record.
final class RereadScratch {
    private var buffer: UnsafeMutableRawBufferPointer
    private var tokenizers: [CSVTokenizer?] = []
    private var parsers: [RowParser?] = []
    /// Row parsers for the rows that repeat an id, parsed again in full on a tie.
    private var rowParsers: [RowParser?] = []
    /// The file the worker's task reads, and the task's tokenizer.
    var reading: (file: Int, tokenizer: CSVTokenizer)?

    init() { buffer = .allocate(byteCount: 1 << 10, alignment: 16) }

    deinit { buffer.deallocate() }

    /// Reads up to `count` bytes of `file` at `offset` into the buffer, which the bytes returned
    /// borrow until the next read.
    func read(_ file: InputFile, at offset: Int64, count: Int) throws(IngestError) -> UnsafeRawBufferPointer {
        if buffer.count < count {
            buffer.deallocate()
            buffer = .allocate(byteCount: count, alignment: 16)
        }
        let got = try file.read(at: offset, into: UnsafeMutableRawBufferPointer(rebasing: buffer[..<count]))
        return UnsafeRawBufferPointer(rebasing: buffer[..<got])
    }

    /// A tokenizer of `file` set to read from `offset` (a line start, on line 1).
    func tokenizer(for file: InputFile, at offset: Int64) -> CSVTokenizer {
        if file.index >= tokenizers.count {
            tokenizers += Array(repeating: nil, count: file.index + 1 - tokenizers.count)
        }
        if let tokenizer = tokenizers[file.index] {
            tokenizer.reset(startOffset: offset)
            return tokenizer
        }
        let tokenizer = file.tokenizer(startingAt: offset)
        tokenizers[file.index] = tokenizer
        return tokenizer
    }

    /// Calls `body` with the record at `location` of `file` and this worker's row parser of the
    /// file when the task's tokenizer still holds the record (`CSVTokenizer.withRecentRecord`);
    /// nil otherwise.
    func withRecentRecord<Value>(
        at location: DossierIDIndex.Location, of file: InputFile, _ body: (CSVRecordView, inout RowParser) -> Value
    ) -> Value? {
        guard let reading, reading.file == location.file else { return nil }
        return reading.tokenizer.withRecentRecord(at: location.record) { record in
            withParser(for: file) { body(record, &$0) }
        }
    }

    /// Calls `body` with this worker's row parser of `file` for kept records.
    func withParser<Value>(for file: InputFile, _ body: (inout RowParser) -> Value) -> Value {
        Self.with(&parsers, file, body)
    }

    /// Calls `body` with this worker's row parser of `file` for the rows that repeat an id: not
    /// the one for kept records, which may be in use, so both keep their normalised names.
    func withRowParser<Value>(for file: InputFile, _ body: (inout RowParser) -> Value) -> Value {
        Self.with(&rowParsers, file, body)
    }

    private static func with<Value>(
        _ parsers: inout [RowParser?], _ file: InputFile, _ body: (inout RowParser) -> Value
    ) -> Value {
        if file.index >= parsers.count { parsers += Array(repeating: nil, count: file.index + 1 - parsers.count) }
        var parser = parsers[file.index].take() ?? file.rowParser()
        defer { parsers[file.index] = parser }
        return body(&parser)
    }
}
