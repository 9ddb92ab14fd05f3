extension CSVTokenizer {
    /// Feeds bytes of a file straight, or through `transcoding` when the file is not UTF-8.
    public func feed(
        _ bytes: UnsafeRawBufferPointer, via transcoding: TranscodingFeed?, _ body: (CSVRecordView) throws -> Void
    ) throws {
        if let transcoding { try transcoding.feed(bytes, to: self, body) } else { try feed(bytes, body) }
    }

    /// Ends the input, converting what `transcoding` still holds.
    public func finish(via transcoding: TranscodingFeed?, _ body: (CSVRecordView) throws -> Void) throws {
        if let transcoding { try transcoding.finish(self, body) } else { try finish(body) }
    }
}
