/// Where a record can be found again: the offset of the physical line it starts on, and how many
/// records end earlier on that same line (libcsv ends a record at a CR; the tokenizer parses
/// lines with a lone CR so that it does not, which keeps this 0 in practice).
public struct CSVRecordLocation: Hashable, Sendable {
    /// Byte offset of the first byte of the line on which the record starts.
    public var lineOffset: Int64
    /// Records to skip, reading from `lineOffset`, to reach this one.
    public var skip: Int

    public init(lineOffset: Int64, skip: Int) {
        self.lineOffset = lineOffset
        self.skip = skip
    }
}
