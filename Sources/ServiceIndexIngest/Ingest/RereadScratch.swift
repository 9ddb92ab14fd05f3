import ServiceIndexCSV

/// What one worker keeps from one kept record read again to the next (`InputFile.reread`): a
/// read buffer, and a tokenizer and a row parser per file, so that a duplicate costs one `pread`
/// and no allocation.
final class RereadScratch {
    private var buffer: UnsafeMutableRawBufferPointer
    private var tokenizers: [CSVTokenizer?] = []
    private var parsers: [RowParser?] = []

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

    /// Calls `body` with this worker's row parser of `file`.
    func withParser<Value>(for file: InputFile, _ body: (inout RowParser) -> Value) -> Value {
        if file.index >= parsers.count { parsers += Array(repeating: nil, count: file.index + 1 - parsers.count) }
        var parser = parsers[file.index].take() ?? file.rowParser()
        defer { parsers[file.index] = parser }
        return body(&parser)
    }
}
