import ServiceIndexCSV

/// A record copied out of a `CSVRecordView` (which is valid only inside its closure), so tests
/// can keep records and compare them.
struct TokenizedRecord: Equatable, Sendable, CustomStringConvertible {
    var fields: [[UInt8]]
    var line: Int
    var location: CSVRecordLocation
    var lengths: [Int]
    var truncated: [Bool]

    init(_ view: CSVRecordView) {
        fields = (0..<view.count).map { Array(view[$0]) }
        line = view.line
        location = view.location
        lengths = (0..<view.count).map(view.length)
        truncated = (0..<view.count).map(view.isTruncated)
    }

    /// An expected record: untruncated fields, starting at `lineOffset` (skip 0).
    init(_ fields: [String], line: Int, lineOffset: Int64) {
        self.fields = fields.map { Array($0.utf8) }
        self.line = line
        location = CSVRecordLocation(lineOffset: lineOffset, skip: 0)
        lengths = self.fields.map(\.count)
        truncated = self.fields.map { _ in false }
    }

    var strings: [String] { fields.map { String(decoding: $0, as: UTF8.self) } }

    var description: String {
        "line \(line) @\(location.lineOffset)+\(location.skip): \(strings.map { "\($0.debugDescription)" })"
    }
}

/// What tokenizing a whole input gives: the records delivered, then the error that stopped it.
struct TokenizeOutcome: Equatable, CustomStringConvertible {
    var records: [TokenizedRecord]
    var error: CSVSyntaxError?

    var description: String {
        records.map(\.description).joined(separator: "\n") + (error.map { "\nerror \($0.kind) \($0)" } ?? "")
    }
}

/// Runs a tokenizer over `input`, fed in chunks whose sizes `nextChunk` picks (it gets the number
/// of bytes left and returns the next chunk's size; the default feeds everything at once), then
/// finishes it.
func tokenize(
    _ input: [UInt8],
    delimiter: UInt8 = UInt8(ascii: ","),
    maxFieldBytes: Int = 1 << 16,
    startOffset: Int64 = 0,
    startLine: Int = 1,
    nextChunk: (Int) -> Int = { $0 }
) -> TokenizeOutcome {
    let tokenizer = CSVTokenizer(
        delimiter: delimiter, maxFieldBytes: maxFieldBytes, startOffset: startOffset,
        startLine: startLine)
    var records: [TokenizedRecord] = []
    do {
        var start = 0
        while start < input.count {
            let size = min(max(1, nextChunk(input.count - start)), input.count - start)
            try tokenizer.feed(Array(input[start..<start + size])) { records.append(TokenizedRecord($0)) }
            start += size
        }
        try tokenizer.finish { records.append(TokenizedRecord($0)) }
        return TokenizeOutcome(records: records, error: nil)
    } catch let error as CSVSyntaxError {
        return TokenizeOutcome(records: records, error: error)
    } catch {
        preconditionFailure("the tokenizer threw a non-syntax error: \(error)")
    }
}

/// `tokenize` over a string's UTF-8 bytes.
func tokenize(_ input: String, delimiter: Character = ",", maxFieldBytes: Int = 1 << 16) -> TokenizeOutcome {
    tokenize(Array(input.utf8), delimiter: delimiter.asciiValue!, maxFieldBytes: maxFieldBytes)
}
