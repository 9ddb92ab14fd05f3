/// Feeds a tokenizer the UTF-8 of a file in another encoding, read in chunks from `startOffset`.
///
/// The bytes are cut at the file's own line feeds (whole code units: `0A 00` in UTF-16LE),
/// each line is converted on its own (`Transcoder`), and the tokenizer is told the offset of
/// every line in the file as written (`CSVTokenizer.rebaseLine(at:)`): lines, record
/// locations (re-read for duplicate checks) and error offsets are those of the file. libcsv
/// parses every byte of the converted stream.
///
/// ```swift
/// let feed = try TranscodingFeed(encoding: .utf16LittleEndian, startOffset: 2)
/// try reader.forEachChunk(from: 2) { try feed.feed($0, to: tokenizer, visit) }
/// try feed.finish(tokenizer, visit)
/// ```
public final class TranscodingFeed {
    public let encoding: InputEncoding
    private let transcoder: Transcoder
    /// Bytes of the last chunk not yet converted (a character cut by the chunk's end).
    private var carry: [UInt8] = []
    /// The offset in the file of the first byte of `carry` (or of the next chunk).
    private var offset: Int64
    /// The offset in the file of the line being read.
    private var lineStart: Int64
    /// No byte of the current line has reached the tokenizer yet.
    private var lineIsNew = true
    private var converted: [UInt8] = []

    public init(encoding: InputEncoding, startOffset: Int64) throws(EncodingMismatch) {
        self.encoding = encoding
        transcoder = try Transcoder(from: encoding)
        offset = startOffset
        lineStart = startOffset
    }

    /// Converts the next bytes of the file and feeds them to `tokenizer`.
    public func feed(
        _ chunk: UnsafeRawBufferPointer, to tokenizer: CSVTokenizer, _ body: (CSVRecordView) throws -> Void
    )
        throws
    {
        guard !carry.isEmpty else { return try feedLines(chunk, to: tokenizer, body) }
        let joined = carry + Array(chunk)
        carry.removeAll()
        try joined.withUnsafeBytes { try feedLines($0, to: tokenizer, body) }
    }

    /// Converts what is left and ends the tokenizer's input (`CSVTokenizer.finish`).
    public func finish(_ tokenizer: CSVTokenizer, _ body: (CSVRecordView) throws -> Void) throws {
        converted.removeAll(keepingCapacity: true)
        transcoder.convert(carry, into: &converted, isEnd: true)
        carry.removeAll()
        try deliver(to: tokenizer, body)
        try tokenizer.finish(body)
    }

    private func feedLines(
        _ bytes: UnsafeRawBufferPointer, to tokenizer: CSVTokenizer, _ body: (CSVRecordView) throws -> Void
    ) throws {
        let unit = encoding.unitBytes
        var start = 0
        var index = 0
        while index + unit <= bytes.count {
            if encoding.isLineFeed(bytes, at: index) {
                let end = index + unit
                converted.removeAll(keepingCapacity: true)
                transcoder.convert(UnsafeRawBufferPointer(rebasing: bytes[start..<end]), into: &converted, isEnd: true)
                try deliver(to: tokenizer, body)
                lineStart = offset + Int64(end)
                lineIsNew = true
                start = end
            }
            index += unit
        }
        converted.removeAll(keepingCapacity: true)
        let rest = UnsafeRawBufferPointer(rebasing: bytes[start...])
        let consumed = transcoder.convert(rest, into: &converted, isEnd: false)
        carry = Array(rest[consumed...])
        offset += Int64(start + consumed)
        try deliver(to: tokenizer, body)
    }

    private func deliver(to tokenizer: CSVTokenizer, _ body: (CSVRecordView) throws -> Void) throws {
        guard !converted.isEmpty else { return }
        if lineIsNew {
            tokenizer.rebaseLine(at: lineStart)
            lineIsNew = false
        }
        try tokenizer.feed(converted, body)
    }
}
