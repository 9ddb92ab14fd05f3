import ServiceIndexCSV

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension CSVTokenizer {
    /// Feeds `buffer` one line at a time until `isDone` holds (checked after each line, so after
    /// the line that completed the record wanted) or the bytes run out; through `transcoding`
    /// when the file is not UTF-8. For reads that need a few records, not the whole input: a
    /// header, a kept record read again, the look-ahead at a range's cut.
    /// - Throws: `CSVSyntaxError`.
    func feedLines(
        _ buffer: UnsafeRawBufferPointer, via transcoding: TranscodingFeed? = nil,
        until isDone: @autoclosure () -> Bool, _ visit: (CSVRecordView) -> Void
    ) throws {
        guard let base = buffer.baseAddress else { return }
        var start = 0
        while start < buffer.count && !isDone() {
            let end = memchr(base + start, 0x0A, buffer.count - start).map { base.distance(to: $0) + 1 } ?? buffer.count
            try feed(UnsafeRawBufferPointer(rebasing: buffer[start..<end]), via: transcoding, visit)
            start = end
        }
    }

    /// `feedLines` over an array.
    func feedLines(
        _ bytes: [UInt8], via transcoding: TranscodingFeed? = nil, until isDone: @autoclosure () -> Bool,
        _ visit: (CSVRecordView) -> Void
    ) throws {
        try bytes.withUnsafeBytes { try feedLines($0, via: transcoding, until: isDone(), visit) }
    }
}
