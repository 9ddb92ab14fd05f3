/// The byte arena behind `CSVTokenizer`: fields of the records completed by the current segment,
/// plus the fields of the record still being read.
struct CollectedRecords {
    struct PendingRecord {
        var line: Int
        var offset: Int64
        var skip: Int
        var firstField: Int
    }

    var maxFieldBytes = 1 << 16
    private(set) var bytes: [UInt8] = []
    private(set) var fields: [CSVFieldSpan] = []
    private(set) var records: [CSVRecordHeader] = []
    private var pending = PendingRecord(line: 1, offset: 0, skip: 0, firstField: 0)

    init() {
        bytes.reserveCapacity(1 << 16)
        fields.reserveCapacity(64)
        records.reserveCapacity(4)
    }

    var completedRecords: Int { records.count }
    var pendingLine: Int { pending.line }
    var pendingOffset: Int64 { pending.offset }

    /// Marks where the next record starts, unless fields of it have arrived already.
    mutating func beginRecord(line: Int, offset: Int64, skip: Int) {
        guard pending.firstField == fields.count else { return }
        pending.line = line
        pending.offset = offset
        pending.skip = skip
    }

    mutating func appendField(_ data: UnsafeMutableRawPointer?, _ length: Int) {
        let start = bytes.count
        let kept = min(length, maxFieldBytes)
        if kept > 0, let data {
            bytes.append(
                contentsOf: UnsafeRawBufferPointer(start: data, count: kept)
                    .assumingMemoryBound(to: UInt8.self))
        }
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
                firstField: pending.firstField, fieldCount: count))
        pending.firstField = fields.count
        return true
    }

    func withCompletedRecords(_ body: (CSVRecordView) throws -> Void) rethrows {
        try bytes.withUnsafeBufferPointer { arena in
            try fields.withUnsafeBufferPointer { spans in
                for header in records {
                    let slice = UnsafeBufferPointer(
                        rebasing: spans[header.firstField..<header.firstField + header.fieldCount])
                    try body(
                        CSVRecordView(
                            line: header.line, location: header.location, arena: arena,
                            spans: slice))
                }
            }
        }
    }

    /// Drops the delivered records, keeping the fields of the record still being read.
    mutating func removeCompleted() {
        let keepFrom = pending.firstField
        records.removeAll(keepingCapacity: true)
        if keepFrom == fields.count {
            fields.removeAll(keepingCapacity: true)
            bytes.removeAll(keepingCapacity: true)
        } else {
            let byteShift = fields[keepFrom].start
            fields.removeFirst(keepFrom)
            for index in fields.indices {
                fields[index].start -= byteShift
                fields[index].end -= byteShift
            }
            bytes.removeFirst(byteShift)
        }
        pending.firstField = 0
    }
}

/// Where a field's bytes lie in the arena, and how long the field really was.
struct CSVFieldSpan {
    var start: Int
    var end: Int
    var length: Int
}

struct CSVRecordHeader {
    var line: Int
    var location: CSVRecordLocation
    var firstField: Int
    var fieldCount: Int
}
