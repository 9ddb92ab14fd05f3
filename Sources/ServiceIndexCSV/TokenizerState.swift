#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The state libcsv's callbacks write into: a byte arena with the fields of the records
/// completed by the current segment, plus those of the record still being read; and, in a
/// second arena, the records delivered before them, which stay readable until the next records
/// are delivered (the arenas trade places instead of being cleared).
///
/// It lives at a fixed address (`CSVTokenizer` allocates it) and is reached from the C callbacks
/// through a raw pointer, so no reference counting happens per field; its buffers are raw and
/// grow by doubling.
struct TokenizerState {
    struct PendingRecord {
        var line: Int
        var offset: Int64
        var skip: Int
        var firstField: Int
    }

    var maxFieldBytes: Int
    private(set) var bytes = GrowableBuffer<UInt8>(capacity: 1 << 12)
    private(set) var fields = GrowableBuffer<CSVFieldSpan>(capacity: 64)
    private(set) var records = GrowableBuffer<CSVRecordHeader>(capacity: 8)
    /// The records delivered last, in the other arena.
    private var previousBytes = GrowableBuffer<UInt8>(capacity: 1 << 12)
    private var previousFields = GrowableBuffer<CSVFieldSpan>(capacity: 64)
    private var previousRecords = GrowableBuffer<CSVRecordHeader>(capacity: 8)
    private(set) var pending = PendingRecord(line: 1, offset: 0, skip: 0, firstField: 0)
    /// Whether a field of the pending record was cut at `maxFieldBytes`.
    private var pendingHasTruncatedField = false

    /// 1-based number of the physical line being read.
    var line: Int
    /// Absolute offset of the first byte of that line.
    var lineStart: Int64
    /// Records completed so far on that line.
    var recordsInLine = 0
    /// Absolute offset just past the segment libcsv is parsing.
    var segmentEnd: Int64 = 0

    init(maxFieldBytes: Int, line: Int, offset: Int64) {
        self.maxFieldBytes = maxFieldBytes
        self.line = line
        self.lineStart = offset
        pending = PendingRecord(line: line, offset: offset, skip: 0, firstField: 0)
    }

    /// Forgets every field and record, keeping the buffers, to read from `offset` on `line`.
    mutating func reset(line: Int, offset: Int64) {
        bytes.removeAll()
        fields.removeAll()
        records.removeAll()
        previousRecords.removeAll()
        pending = PendingRecord(line: line, offset: offset, skip: 0, firstField: 0)
        pendingHasTruncatedField = false
        self.line = line
        lineStart = offset
        recordsInLine = 0
        segmentEnd = 0
    }

    func deallocate() {
        bytes.deallocate()
        fields.deallocate()
        records.deallocate()
        previousBytes.deallocate()
        previousFields.deallocate()
        previousRecords.deallocate()
    }

    var completedRecords: Int { records.count }
    var hasPendingFields: Bool { pending.firstField != fields.count }

    /// Marks where the next record starts, unless fields of it have arrived already.
    mutating func beginRecord(line: Int, offset: Int64, skip: Int) {
        guard !hasPendingFields else { return }
        pending.line = line
        pending.offset = offset
        pending.skip = skip
    }

    /// Moves the current line, which starts at `old`, to `new`; so too the start of the next
    /// record when it has not begun (`recordPending`: libcsv is inside a field).
    mutating func rebaseLine(from old: Int64, to new: Int64, recordPending: Bool) {
        lineStart = new
        if !recordPending, !hasPendingFields, pending.offset == old { pending.offset = new }
    }

    /// Copies a field libcsv has just read (its buffer is reused for the next field).
    @inline(__always)
    mutating func appendField(_ data: UnsafeRawPointer?, _ length: Int) {
        let start = bytes.count
        let kept = min(length, maxFieldBytes)
        if kept < length { pendingHasTruncatedField = true }
        if kept > 0, let data { bytes.appendBytes(data, count: kept) }
        fields.append(CSVFieldSpan(start: start, end: start + kept, length: length))
    }

    /// Closes the pending record; returns false for a row with no field (a blank line).
    mutating func endRecord() -> Bool {
        let count = fields.count - pending.firstField
        guard count > 0 else { return false }
        records.append(
            CSVRecordHeader(
                line: pending.line,
                location: CSVRecordLocation(lineOffset: pending.offset, skip: pending.skip),
                firstField: pending.firstField, fieldCount: count, hasTruncatedField: pendingHasTruncatedField))
        pending.firstField = fields.count
        pendingHasTruncatedField = false
        return true
    }

    /// A row ends at every unquoted CR or LF (`CSV_REPALL_NL`: blank lines too, with no field),
    /// or at the end of the input (terminator −1). After an LF the next record starts on the next
    /// line; after a CR (of a CRLF, or a lone one) later on this line.
    mutating func endRow(terminator: Int32) {
        if endRecord() { recordsInLine += 1 }
        if terminator == 0x0A {
            beginRecord(line: line + 1, offset: segmentEnd, skip: 0)
        } else {
            beginRecord(line: line, offset: lineStart, skip: recordsInLine)
        }
    }

    func withCompletedRecords(_ body: (CSVRecordView) throws -> Void) rethrows {
        for index in 0..<records.count { try body(view(records.base[index], bytes, fields)) }
    }

    /// The record at `location` among those delivered last and those being delivered; nil when
    /// none is.
    func recentRecord(at location: CSVRecordLocation) -> CSVRecordView? {
        for index in 0..<records.count where records.base[index].location == location {
            return view(records.base[index], bytes, fields)
        }
        for index in 0..<previousRecords.count where previousRecords.base[index].location == location {
            return view(previousRecords.base[index], previousBytes, previousFields)
        }
        return nil
    }

    @inline(__always)
    private func view(
        _ header: CSVRecordHeader, _ bytes: GrowableBuffer<UInt8>, _ fields: GrowableBuffer<CSVFieldSpan>
    ) -> CSVRecordView {
        CSVRecordView(
            line: header.line, location: header.location, hasTruncatedField: header.hasTruncatedField,
            arena: UnsafeBufferPointer(start: bytes.base, count: bytes.count),
            spans: UnsafeBufferPointer(start: fields.base + header.firstField, count: header.fieldCount))
    }

    /// Drops the delivered records from the current arena, keeping the fields of the record still
    /// being read; the delivered ones become the previous records.
    mutating func removeCompleted() {
        let keepFrom = pending.firstField
        swap(&bytes, &previousBytes)
        swap(&fields, &previousFields)
        swap(&records, &previousRecords)
        records.removeAll()
        fields.removeAll()
        bytes.removeAll()
        guard keepFrom < previousFields.count else {
            pending.firstField = 0
            return
        }
        // The record still being read moves on to the current arena.
        let byteShift = previousFields.base[keepFrom].start
        let pendingBytes = previousBytes.count - byteShift
        if pendingBytes > 0 { bytes.appendBytes(previousBytes.base + byteShift, count: pendingBytes) }
        for index in keepFrom..<previousFields.count {
            let span = previousFields.base[index]
            fields.append(CSVFieldSpan(start: span.start - byteShift, end: span.end - byteShift, length: span.length))
        }
        pending.firstField = 0
    }
}
