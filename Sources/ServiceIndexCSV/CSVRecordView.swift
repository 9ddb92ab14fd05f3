#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One record as the tokenizer hands it out: borrowed views into its arena.
///
/// A view is valid only inside the closure it is passed to; copy what you keep.
public struct CSVRecordView {
    /// 1-based physical line on which the record starts (header and blank lines count).
    public let line: Int
    /// Where to find the record again with `CSVTokenizer` (for exact duplicate checks).
    public let location: CSVRecordLocation
    /// True when some field was longer than `CSVTokenizer.maxFieldBytes` (see `isTruncated`).
    public let hasTruncatedField: Bool
    // The accessors below are inlinable: they run for every field, from the ingest module.
    @usableFromInline let arena: UnsafeBufferPointer<UInt8>
    @usableFromInline let spans: UnsafeBufferPointer<CSVFieldSpan>

    /// The number of fields.
    @inlinable public var count: Int { spans.count }

    /// The bytes of field `index` (quotes removed, doubled quotes undone), at most
    /// `CSVTokenizer.maxFieldBytes` of them.
    @inlinable public subscript(index: Int) -> UnsafeBufferPointer<UInt8> {
        let span = spans[index]
        return UnsafeBufferPointer(rebasing: arena[span.start..<span.end])
    }

    /// True when field `index` was longer than `CSVTokenizer.maxFieldBytes` and is cut short.
    @inlinable public func isTruncated(_ index: Int) -> Bool {
        spans[index].length > spans[index].end - spans[index].start
    }

    /// The full length in bytes of field `index`, before any truncation.
    public func length(_ index: Int) -> Int { spans[index].length }

    /// True when both records have the same fields, byte for byte (lengths before any
    /// truncation included).
    public func hasSameFields(as other: CSVRecordView) -> Bool {
        guard count == other.count else { return false }
        for index in 0..<count {
            let mine = self[index]
            let theirs = other[index]
            guard spans[index].length == other.spans[index].length, mine.count == theirs.count else { return false }
            if mine.count > 0, memcmp(mine.baseAddress!, theirs.baseAddress!, mine.count) != 0 { return false }
        }
        return true
    }

    /// Field `index` decoded as UTF-8, invalid sequences repaired (for messages and tests).
    public func string(_ index: Int) -> String {
        String(decoding: self[index], as: UTF8.self)
    }

    /// All fields as strings (for tests and small files, not the hot path).
    public var strings: [String] { (0..<count).map(string) }
}
