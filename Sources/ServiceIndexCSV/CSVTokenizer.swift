import CLibCSV

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A push tokenizer over libcsv's `csv_parse`: bytes in, records out, no I/O.
///
/// This is the only file in the project that imports the C module. Bytes are fed in chunks of
/// any size; the tokenizer cuts each chunk at line separators and hands libcsv one physical line
/// at a time, so it always knows the 1-based line on which a record starts and the byte offset
/// of that line, even though libcsv reports no positions. Records with quoted newlines span
/// several lines and are reported at the line where they start.
///
/// libcsv runs with `CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL`, so a stray quote or an
/// unterminated quoted field is an error with its position. Only LF ends a record (CRLF too: the
/// CR before it is dropped); a lone CR elsewhere is data, and spaces are part of a field exactly
/// as RFC 4180 says.
///
/// ```swift
/// let tokenizer = CSVTokenizer(delimiter: UInt8(ascii: ","))
/// try tokenizer.feed(Array("a,b\n\"x\ny\",z\n".utf8)) { record in print(record.line) }
/// try tokenizer.finish { _ in }
/// // prints 1 then 2
/// ```
public final class CSVTokenizer {
    /// The field delimiter byte.
    public let delimiter: UInt8
    /// Fields longer than this are kept truncated and flagged (`CSVRecordView.isTruncated`).
    public let maxFieldBytes: Int

    private let parser: UnsafeMutablePointer<csv_parser>
    private var state = CollectedRecords()

    /// Absolute offset of the next byte to be fed.
    private var position: Int64
    /// 1-based number of the physical line the next byte belongs to.
    private var line: Int
    /// Absolute offset of the first byte of the current physical line.
    private var lineStart: Int64
    /// Records completed so far on the current physical line.
    private var recordsInLine = 0
    /// Absolute offset just past the segment libcsv is parsing.
    private var segmentEnd: Int64 = 0

    /// Creates a tokenizer.
    ///
    /// - Parameters:
    ///   - delimiter: the field delimiter (`,`, `;` or TAB).
    ///   - maxFieldBytes: the length past which a field is truncated and flagged.
    ///   - startOffset: the byte offset of the first byte fed (after a BOM, or a split point).
    ///   - startLine: the physical line number of the first byte fed.
    public init(
        delimiter: UInt8,
        maxFieldBytes: Int = 1 << 16,
        startOffset: Int64 = 0,
        startLine: Int = 1
    ) {
        self.delimiter = delimiter
        self.maxFieldBytes = maxFieldBytes
        self.position = startOffset
        self.line = startLine
        self.lineStart = startOffset
        parser = UnsafeMutablePointer<csv_parser>.allocate(capacity: 1)
        // csv_init fails only on an invalid option set, which this constant is not.
        _ = csv_init(parser, UInt8(CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL))
        csv_set_delim(parser, delimiter)
        // LF alone ends a row; CR counts as trailing white space, which libcsv drops after a
        // closing quote and at the end of an unquoted field, so CRLF ends a row as LF does.
        csv_set_term_func(parser, isLineFeed)
        csv_set_space_func(parser, isCarriageReturn)
        state.maxFieldBytes = maxFieldBytes
        state.beginRecord(line: startLine, offset: startOffset, skip: 0)
    }

    deinit {
        csv_free(parser)
        parser.deallocate()
    }

    /// Feeds bytes, calling `body` for every record completed by them.
    ///
    /// Calls `csv_parse`. The record view passed to `body` is valid only during the call.
    /// - Throws: `CSVSyntaxError` for a quote where RFC 4180 allows none, or when libcsv runs
    ///   out of memory; rethrows what `body` throws.
    public func feed(
        _ bytes: UnsafeRawBufferPointer,
        _ body: (CSVRecordView) throws -> Void
    ) throws {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        var start = 0
        let total = bytes.count
        while start < total {
            let end: Int
            let endsLine: Bool
            if let hit = memchr(base + start, 0x0A, total - start) {
                end = base.distance(to: UnsafeRawPointer(hit)) + 1
                endsLine = true
            } else {
                end = total
                endsLine = false
            }
            try parseSegment(base + start, count: end - start)
            position += Int64(end - start)
            if endsLine {
                line += 1
                lineStart = position
                recordsInLine = 0
            }
            try deliver(body)
            start = end
        }
    }

    /// Feeds a byte array; see `feed(_:_:)`.
    public func feed(_ bytes: [UInt8], _ body: (CSVRecordView) throws -> Void) throws {
        try bytes.withUnsafeBytes { try feed($0, body) }
    }

    /// Ends the input: submits a last record that has no line end.
    ///
    /// Calls `csv_fini`.
    /// - Throws: `CSVSyntaxError.unterminatedQuote` when the input ends inside a quoted field.
    public func finish(_ body: (CSVRecordView) throws -> Void) throws {
        let context = Unmanaged.passUnretained(self).toOpaque()
        let status = csv_fini(parser, fieldCallback, rowCallback, context)
        if status != 0 {
            throw CSVSyntaxError(
                kind: .unterminatedQuote, line: state.pendingLine, column: 1,
                offset: state.pendingOffset)
        }
        try deliver(body)
    }

    private func parseSegment(_ pointer: UnsafeRawPointer, count: Int) throws {
        segmentEnd = position + Int64(count)
        let context = Unmanaged.passUnretained(self).toOpaque()
        let parsed = csv_parse(parser, pointer, count, fieldCallback, rowCallback, context)
        if parsed != count {
            let error = csv_error(parser)
            let kind: CSVSyntaxError.Kind = error == CSV_ENOMEM || error == CSV_ETOOBIG
                ? .outOfMemory : .unexpectedQuote
            // The segment may start mid-line (a chunk boundary): count the column from the line.
            let offset = position + Int64(parsed)
            throw CSVSyntaxError(
                kind: kind, line: line, column: Int(offset - lineStart) + 1, offset: offset)
        }
    }

    private func deliver(_ body: (CSVRecordView) throws -> Void) throws {
        guard state.completedRecords > 0 else { return }
        defer { state.removeCompleted() }
        try state.withCompletedRecords(body)
    }

    fileprivate func receiveField(_ data: UnsafeMutableRawPointer?, _ length: Int) {
        state.appendField(data, length)
    }

    /// A row ends at every unquoted LF (`CSV_REPALL_NL`: blank lines too, with no field), or at
    /// the end of the input (terminator −1). The next record starts on the next line.
    fileprivate func receiveRowEnd(terminator: Int32) {
        if state.endRecord() { recordsInLine += 1 }
        if terminator == 0x0A {
            state.beginRecord(line: line + 1, offset: segmentEnd, skip: 0)
        } else {
            state.beginRecord(line: line, offset: lineStart, skip: recordsInLine)
        }
    }
}

private func isLineFeed(_ byte: UInt8) -> Int32 { byte == 0x0A ? 1 : 0 }

private func isCarriageReturn(_ byte: UInt8) -> Int32 { byte == 0x0D ? 1 : 0 }

private func fieldCallback(
    _ data: UnsafeMutableRawPointer?, _ length: Int, _ context: UnsafeMutableRawPointer?
) {
    guard let context else { return }
    Unmanaged<CSVTokenizer>.fromOpaque(context).takeUnretainedValue()
        .receiveField(data, length)
}

private func rowCallback(_ terminator: Int32, _ context: UnsafeMutableRawPointer?) {
    guard let context else { return }
    Unmanaged<CSVTokenizer>.fromOpaque(context).takeUnretainedValue()
        .receiveRowEnd(terminator: terminator)
}
