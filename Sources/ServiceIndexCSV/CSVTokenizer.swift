import CLibCSV

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A push tokenizer over libcsv's `csv_parse`: bytes in, records out, no I/O.
///
/// This is the only file in the project that imports libcsv's C module. Bytes are fed in chunks
/// of any size; the tokenizer cuts each chunk at line feeds and hands libcsv one physical line at
/// a time, so it always knows the 1-based line on which a record starts and the byte offset of
/// that line, even though libcsv reports no positions. Records with quoted newlines span several
/// lines and are reported at the line where they start.
///
/// libcsv runs with `CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL` and, on the common path, its
/// own inlined tests for line ends and white space (a callback per byte would cost more than the
/// parse): LF and CRLF end a record; spaces and TABs around an unquoted field or a quoted one
/// are dropped (every value the tool reads is trimmed anyway). A line holding a CR that is not
/// part of its CRLF is parsed with callbacks that make LF alone end a record, so a lone CR is
/// data. A stray quote or an unterminated quoted field is an error with its position. A line of
/// nothing but spaces is a record of one field, not a blank line.
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
    /// Reached from the C callbacks by raw pointer.
    private let state: UnsafeMutablePointer<TokenizerState>
    /// Absolute offset of the next byte to be fed.
    private var position: Int64
    private var firstLine: Int
    /// A CR that ended the last piece fed: whether it is a lone CR or the CR of a CRLF is known
    /// only from the next byte, so it waits for it.
    private var heldCarriageReturn = false

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
        self.firstLine = startLine
        parser = UnsafeMutablePointer<csv_parser>.allocate(capacity: 1)
        Self.initialize(parser, delimiter: delimiter)
        state = .allocate(capacity: 1)
        state.initialize(to: TokenizerState(maxFieldBytes: maxFieldBytes, line: startLine, offset: startOffset))
    }

    private static func initialize(_ parser: UnsafeMutablePointer<csv_parser>, delimiter: UInt8) {
        // csv_init fails only on an invalid option set, which this constant is not.
        _ = csv_init(parser, UInt8(CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL))
        csv_set_delim(parser, delimiter)
        csv_set_realloc_func(parser, doublingRealloc)
    }

    /// Makes the tokenizer as new, to read from `startOffset` on line `startLine`, keeping its
    /// buffers: for many short reads (a kept record read again) without an allocation each.
    public func reset(startOffset: Int64, startLine: Int = 1) {
        let buffer = parser.pointee.entry_buf
        let size = parser.pointee.entry_size
        Self.initialize(parser, delimiter: delimiter)
        parser.pointee.entry_buf = buffer
        parser.pointee.entry_size = size
        state.pointee.reset(line: startLine, offset: startOffset)
        position = startOffset
        firstLine = startLine
        heldCarriageReturn = false
    }

    deinit {
        csv_free(parser)
        parser.deallocate()
        state.pointee.deallocate()
        state.deinitialize(count: 1)
        state.deallocate()
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
        if heldCarriageReturn {
            heldCarriageReturn = false
            try parseHeldCarriageReturn(isLone: base.load(as: UInt8.self) != 0x0A)
        }
        // The next CR at or after `start` (`total` when none): found once per CR, not per line.
        var nextCarriageReturn = -1
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
            var count = end - start
            if !endsLine && base.load(fromByteOffset: end - 1, as: UInt8.self) == 0x0D {
                count -= 1
                heldCarriageReturn = true
            }
            if count > 0 {
                if nextCarriageReturn < start {
                    nextCarriageReturn =
                        memchr(base + start, 0x0D, total - start).map { base.distance(to: UnsafeRawPointer($0)) }
                        ?? total
                }
                // A CR before the line's own CRLF, or anywhere in a piece without its LF yet
                // (whose last byte is never a CR: it is held back).
                let loneCR = nextCarriageReturn < start + count - (endsLine ? 2 : 0)
                try parseSegment(base + start, count: count, endsLine: endsLine, loneCR: loneCR)
            }
            position += Int64(count)
            if endsLine {
                state.pointee.line += 1
                state.pointee.lineStart = position
                state.pointee.recordsInLine = 0
            }
            try deliver(body)
            start = end
        }
    }

    /// Where the next record starts (after the records delivered so far), when no byte of it has
    /// been read yet; nil in the middle of a record.
    public var nextRecordStart: (location: CSVRecordLocation, line: Int)? {
        guard isAtRecordBoundary else { return nil }
        let pending = state.pointee.pending
        return (CSVRecordLocation(lineOffset: pending.offset, skip: pending.skip), pending.line)
    }

    /// True when every byte fed belongs to a completed record (or a blank line): the next byte
    /// starts a record.
    public var isAtRecordBoundary: Bool {
        parser.pointee.pstate == 0 && !state.pointee.hasPendingFields && !heldCarriageReturn
    }

    /// Sets the offset of the next byte to `offset`, at the start of a line: a stream transcoded
    /// from another encoding is fed a line at a time, each placed at the offset of that line in
    /// the file as written, so record locations and error offsets are those of the file.
    /// Columns of errors still count bytes of the stream fed.
    public func rebaseLine(at offset: Int64) {
        precondition(state.pointee.lineStart == position && !heldCarriageReturn, "rebaseLine at a line start only")
        state.pointee.rebaseLine(from: position, to: offset, recordPending: parser.pointee.pstate != 0)
        position = offset
    }

    /// Calls `body` with the record at `location` when the tokenizer still holds it: the record
    /// being handed out, those before it in the same delivery, or one of the records delivered
    /// just before them; nil otherwise. A record just read is so looked at again without
    /// reading it from the file. The view is valid only during the call.
    public func withRecentRecord<Value>(at location: CSVRecordLocation, _ body: (CSVRecordView) -> Value) -> Value? {
        state.pointee.recentRecord(at: location).map(body)
    }

    /// Physical lines ended so far (line feeds fed, quoted ones included).
    public var lineFeedsRead: Int { state.pointee.line - firstLine }

    /// Feeds a byte array; see `feed(_:_:)`.
    public func feed(_ bytes: [UInt8], _ body: (CSVRecordView) throws -> Void) throws {
        try bytes.withUnsafeBytes { try feed($0, body) }
    }

    /// Ends the input: submits a last record that has no line end.
    ///
    /// Calls `csv_fini`.
    /// - Throws: `CSVSyntaxError.unterminatedQuote` when the input ends inside a quoted field.
    public func finish(_ body: (CSVRecordView) throws -> Void) throws {
        if heldCarriageReturn {
            heldCarriageReturn = false
            try parseHeldCarriageReturn(isLone: false)
        }
        let status = csv_fini(parser, fieldCallback, rowCallback, UnsafeMutableRawPointer(state))
        if status != 0 {
            throw CSVSyntaxError(
                kind: .unterminatedQuote, line: state.pointee.pending.line, column: 1,
                offset: state.pointee.pending.offset)
        }
        try deliver(body)
    }

    /// Parses the CR held back from the end of the last piece.
    private func parseHeldCarriageReturn(isLone: Bool) throws {
        var byte: UInt8 = 0x0D
        try parseSegment(&byte, count: 1, endsLine: false, loneCR: isLone)
        position += 1
    }

    /// Parses part of one line. `hasLoneCR` says whether the part holds a CR that is not the CR
    /// of a CRLF.
    private func parseSegment(_ pointer: UnsafeRawPointer, count: Int, endsLine: Bool, loneCR hasLoneCR: Bool) throws {
        state.pointee.segmentEnd = position + Int64(count)
        if endsLine, parser.pointee.pstate == 0, state.pointee.lineStart == position {
            submitIfSpacesOnly(pointer, count: count)
        }
        if hasLoneCR {
            csv_set_term_func(parser, isLineFeed)
            csv_set_space_func(parser, isSpaceOrCarriageReturn)
        }
        let parsed = csv_parse(parser, pointer, count, fieldCallback, rowCallback, UnsafeMutableRawPointer(state))
        if hasLoneCR {
            csv_set_term_func(parser, nil)
            csv_set_space_func(parser, nil)
        }
        if parsed != count {
            let error = csv_error(parser)
            let kind: CSVSyntaxError.Kind =
                error == CSV_ENOMEM || error == CSV_ETOOBIG
                ? .outOfMemory : .unexpectedQuote
            // The segment may start mid-line (a chunk boundary): count the column from the line.
            let offset = position + Int64(parsed)
            throw CSVSyntaxError(
                kind: kind, line: state.pointee.line, column: Int(offset - state.pointee.lineStart) + 1,
                offset: offset)
        }
    }

    /// libcsv skips a line of spaces and TABs as if it were blank; RFC 4180 (and the tool) count
    /// it as a record of one field, so it is submitted here (libcsv then sees a blank line).
    private func submitIfSpacesOnly(_ pointer: UnsafeRawPointer, count: Int) {
        let bytes = UnsafeBufferPointer(start: pointer.assumingMemoryBound(to: UInt8.self), count: count)
        var end = count - 1  // the LF
        if end > 0, bytes[end - 1] == 0x0D { end -= 1 }
        guard end > 0, bytes[0..<end].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) else { return }
        state.pointee.appendField(pointer, end)
        _ = state.pointee.endRecord()
    }

    private func deliver(_ body: (CSVRecordView) throws -> Void) throws {
        guard state.pointee.completedRecords > 0 else { return }
        defer { state.pointee.removeCompleted() }
        try state.pointee.withCompletedRecords(body)
    }
}

/// libcsv grows its field buffer by a fixed block (128 bytes) each time; where `realloc` cannot
/// grow in place (a sanitizer's allocator) a 20 MB field then costs quadratic copying. This
/// hands out at least double the usable size, so growth is amortised linear everywhere.
private func doublingRealloc(_ pointer: UnsafeMutableRawPointer?, _ size: Int) -> UnsafeMutableRawPointer? {
    let usable = pointer.map { malloc_usable_size($0) } ?? 0
    if pointer != nil, usable >= size { return pointer }
    return realloc(pointer, max(size, usable * 2))
}

private func isLineFeed(_ byte: UInt8) -> Int32 { byte == 0x0A ? 1 : 0 }

private func isSpaceOrCarriageReturn(_ byte: UInt8) -> Int32 { byte == 0x20 || byte == 0x09 || byte == 0x0D ? 1 : 0 }

private func fieldCallback(
    _ data: UnsafeMutableRawPointer?, _ length: Int, _ context: UnsafeMutableRawPointer?
) {
    context?.assumingMemoryBound(to: TokenizerState.self).pointee.appendField(data, length)
}

private func rowCallback(_ terminator: Int32, _ context: UnsafeMutableRawPointer?) {
    context?.assumingMemoryBound(to: TokenizerState.self).pointee.endRow(terminator: terminator)
}
