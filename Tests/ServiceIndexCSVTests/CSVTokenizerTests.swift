import ServiceIndexCSV
import TestSupport
import Testing

/// One row of the RFC 4180 table: an input, the records it gives (fields, start line, offset of
/// the start line) and the error that stops it, if any.
struct TokenizerCase: Sendable, CustomTestStringConvertible {
    let name: String
    let input: String
    var delimiter: Character = ","
    let records: [TokenizedRecord]
    var error: CSVSyntaxError? = nil

    var testDescription: String { name }
}

private func record(_ fields: [String], line: Int, at offset: Int64) -> TokenizedRecord {
    TokenizedRecord(fields, line: line, lineOffset: offset)
}

private func syntaxError(_ kind: CSVSyntaxError.Kind, line: Int, column: Int, offset: Int64) -> CSVSyntaxError {
    CSVSyntaxError(kind: kind, line: line, column: column, offset: offset)
}

extension TokenizerCase {
    // Offsets are counted by hand: the byte where the record's first physical line starts.
    static let rfc4180: [TokenizerCase] = [
        .init(
            name: "simple rows", input: "a,b,c\n1,2,3\n",
            records: [record(["a", "b", "c"], line: 1, at: 0), record(["1", "2", "3"], line: 2, at: 6)]),
        .init(
            name: "one field a line", input: "x\ny\n",
            records: [record(["x"], line: 1, at: 0), record(["y"], line: 2, at: 2)]),
        .init(
            name: "quoted commas", input: "a,\"b,c\",d\nx,\"y,\",z\n",
            records: [record(["a", "b,c", "d"], line: 1, at: 0), record(["x", "y,", "z"], line: 2, at: 10)]),
        .init(
            name: "doubled quotes", input: "\"he said \"\"hi\"\"\",x\n\"\"\"\",\"\"\n",
            records: [record(["he said \"hi\"", "x"], line: 1, at: 0), record(["\"", ""], line: 2, at: 19)]),
        .init(
            name: "quoted LF kept, next record two lines on", input: "a,\"line1\nline2\",c\nd,e,f\n",
            records: [record(["a", "line1\nline2", "c"], line: 1, at: 0), record(["d", "e", "f"], line: 3, at: 18)]),
        .init(
            name: "quoted CRLF kept verbatim", input: "\"x\r\ny\",z\r\nnext,1\r\n",
            records: [record(["x\r\ny", "z"], line: 1, at: 0), record(["next", "1"], line: 3, at: 10)]),
        .init(
            name: "quoted lone CR kept", input: "\"a\rb\",c\n",
            records: [record(["a\rb", "c"], line: 1, at: 0)]),
        .init(
            name: "empty fields", input: ",,\na,,b\n\"\",x\n",
            records: [
                record(["", "", ""], line: 1, at: 0), record(["a", "", "b"], line: 2, at: 3),
                record(["", "x"], line: 3, at: 8),
            ]),
        .init(
            name: "trailing delimiter gives an empty field", input: "a,b,\nc,\n",
            records: [record(["a", "b", ""], line: 1, at: 0), record(["c", ""], line: 2, at: 5)]),
        .init(
            name: "trailing delimiter at the end of the input", input: "a,",
            records: [record(["a", ""], line: 1, at: 0)]),
        .init(
            name: "CRLF line ends drop the CR", input: "a,b\r\nc,d\r\n",
            records: [record(["a", "b"], line: 1, at: 0), record(["c", "d"], line: 2, at: 5)]),
        .init(
            name: "CRLF after quoted fields", input: "\"a\",\"b\"\r\n\"c\"\r\n",
            records: [record(["a", "b"], line: 1, at: 0), record(["c"], line: 2, at: 9)]),
        .init(
            name: "lone CR inside an unquoted field is data", input: "a\rb,c\nd\re\n",
            records: [record(["a\rb", "c"], line: 1, at: 0), record(["d\re"], line: 2, at: 6)]),
        .init(
            name: "blank lines skipped but counted", input: "\na,b\n\n\nc,d\n\n",
            records: [record(["a", "b"], line: 2, at: 1), record(["c", "d"], line: 5, at: 7)]),
        .init(
            name: "blank CRLF lines skipped but counted", input: "a\r\n\r\nb\r\n",
            records: [record(["a"], line: 1, at: 0), record(["b"], line: 3, at: 5)]),
        .init(
            name: "semicolon delimiter", input: "a;b,c;\"x;y\"\n1;2;3\n", delimiter: ";",
            records: [record(["a", "b,c", "x;y"], line: 1, at: 0), record(["1", "2", "3"], line: 2, at: 12)]),
        .init(
            name: "TAB delimiter", input: "a\tb\t\"c\td\"\n1\t\t3\n", delimiter: "\t",
            records: [record(["a", "b", "c\td"], line: 1, at: 0), record(["1", "", "3"], line: 2, at: 10)]),
        .init(
            name: "TAB is data when the delimiter is a comma", input: "a\tb,c\n",
            records: [record(["a\tb", "c"], line: 1, at: 0)]),
        .init(
            name: "spaces around an unquoted field are dropped, a line of spaces is a record",
            input: " a , b \n   \n\t\r\n",
            records: [
                record(["a", "b"], line: 1, at: 0), record(["   "], line: 2, at: 8),
                record(["\t"], line: 3, at: 12),
            ]),
        .init(
            name: "spaces inside quotes are kept", input: "\" a \",\"\tb\"\n",
            records: [record([" a ", "\tb"], line: 1, at: 0)]),
        .init(
            name: "last record without a final newline", input: "a,b\nc,d",
            records: [record(["a", "b"], line: 1, at: 0), record(["c", "d"], line: 2, at: 4)]),
        .init(
            name: "quoted multi-line last record without a final newline", input: "a\n\"x\ny\"",
            records: [record(["a"], line: 1, at: 0), record(["x\ny"], line: 2, at: 2)]),
        .init(
            name: "last line ends in CR without LF", input: "a\r\nb,c\r",
            records: [record(["a"], line: 1, at: 0), record(["b", "c"], line: 2, at: 3)]),
        .init(name: "only blank lines give no record", input: "\n\r\n\n", records: []),
        .init(name: "empty input gives no record", input: "", records: []),
        .init(
            name: "unterminated quote reports its record's start line", input: "a,b\nc,\"d\ne\n",
            records: [record(["a", "b"], line: 1, at: 0)],
            error: syntaxError(.unterminatedQuote, line: 2, column: 1, offset: 4)),
        .init(
            name: "unterminated quote after blank lines", input: "\n\n\"abc",
            records: [], error: syntaxError(.unterminatedQuote, line: 3, column: 1, offset: 2)),
        .init(
            name: "stray quote in an unquoted field", input: "a,b\"c\n",
            records: [], error: syntaxError(.unexpectedQuote, line: 1, column: 4, offset: 3)),
        .init(
            name: "stray quote on line 2", input: "x\nab\"c,d\n",
            records: [record(["x"], line: 1, at: 0)],
            error: syntaxError(.unexpectedQuote, line: 2, column: 3, offset: 4)),
        .init(
            name: "a quote after leading spaces opens a quoted field", input: " \"a,\",b\n",
            records: [record(["a,", "b"], line: 1, at: 0)]),
        .init(
            name: "text after a closing quote", input: "\"ab\"c,d\n",
            records: [], error: syntaxError(.unexpectedQuote, line: 1, column: 5, offset: 4)),
        .init(
            name: "spaces after a closing quote are dropped", input: "\"a\" ,b\n",
            records: [record(["a", "b"], line: 1, at: 0)]),
        .init(
            name: "text after a closing quote and spaces", input: "\"a\" x,b\n",
            records: [], error: syntaxError(.unexpectedQuote, line: 1, column: 5, offset: 4)),
        .init(
            name: "text after the closing quote of a multi-line field", input: "1\n\"x\ny\"z\n",
            records: [record(["1"], line: 1, at: 0)],
            error: syntaxError(.unexpectedQuote, line: 3, column: 3, offset: 7)),
    ]
}

@Suite("CSVTokenizer")
struct CSVTokenizerTests {
    @Test("RFC 4180 table: fields, start lines, locations, errors", arguments: TokenizerCase.rfc4180)
    func parsesTable(_ testCase: TokenizerCase) {
        let outcome = tokenize(testCase.input, delimiter: testCase.delimiter)
        #expect(outcome.records.map(\.strings) == testCase.records.map(\.strings))
        #expect(outcome.records.map(\.fields) == testCase.records.map(\.fields), "byte-exact fields")
        #expect(outcome.records.map(\.line) == testCase.records.map(\.line))
        #expect(outcome.records.map(\.location.lineOffset) == testCase.records.map(\.location.lineOffset))
        #expect(outcome.records.map(\.location.skip) == testCase.records.map(\.location.skip))
        #expect(outcome.error == testCase.error)
        if let error = outcome.error {
            #expect(error.kind == testCase.error?.kind)
        }
    }

    @Test("a field longer than maxFieldBytes is cut and flagged with its full length")
    func truncatesLongFields() throws {
        let outcome = tokenize("abcdefgh,xy,abcd\n\"a\"\"bcd\",z\n", maxFieldBytes: 4)
        #expect(outcome.error == nil)
        try #require(outcome.records.count == 2)
        let first = outcome.records[0]
        #expect(first.strings == ["abcd", "xy", "abcd"])
        #expect(first.truncated == [true, false, false])
        #expect(first.lengths == [8, 2, 4])
        let second = outcome.records[1]
        #expect(second.strings == ["a\"bc", "z"], "the length counts the field after unquoting")
        #expect(second.truncated == [true, false])
        #expect(second.lengths == [5, 1])
        #expect(second.line == 2 && second.location.lineOffset == 17)
    }

    @Test("the record view decodes fields as strings")
    func viewStrings() throws {
        let tokenizer = CSVTokenizer(delimiter: UInt8(ascii: ";"))
        var seen: [[String]] = []
        var single: [String] = []
        try tokenizer.feed(Array("Mã;\"Sở, \"\"Tư\"\"\"\n".utf8)) { view in
            seen.append(view.strings)
            single.append(view.string(1))
            #expect(view.count == 2)
        }
        try tokenizer.finish { _ in Issue.record("no record is left for finish") }
        #expect(seen == [["Mã", "Sở, \"Tư\""]])
        #expect(single == ["Sở, \"Tư\""])
    }

    @Test("startOffset and startLine shift every location, line and error position")
    func startPosition() {
        let input = Array("a,b\n\"x\ny\",z\nq\"\n".utf8)
        let plain = tokenize(input)
        let shifted = tokenize(input, startOffset: 3, startLine: 10)
        #expect(plain.records.count == 2)
        #expect(shifted.records.map(\.fields) == plain.records.map(\.fields))
        #expect(shifted.records.map(\.line) == plain.records.map { $0.line + 9 })
        #expect(shifted.records.map(\.location.lineOffset) == plain.records.map { $0.location.lineOffset + 3 })
        #expect(plain.error == syntaxError(.unexpectedQuote, line: 4, column: 2, offset: 13))
        #expect(shifted.error == syntaxError(.unexpectedQuote, line: 13, column: 2, offset: 16))
    }

    // MARK: Chunking does not change anything

    /// Inputs for the chunking property: multi-line quoted fields, CRLF, blank lines, multi-byte
    /// UTF-8 (NFC and NFD), lone CRs, and inputs that end in each kind of error.
    static let chunkingInputs: [String] = [
        "a,b,c\n1,2,3\n",
        "h1,h2\r\n\"multi\r\nline\",\"q\"\"uote\"\r\n\r\n\"\",\"\"\r\nlast,row",
        "\n\n\"x\ny\nz\",\"\"\n,\n\n\"a\"\"\"\"b\",\"\n\"\n",
        "Mã hồ sơ,Đơn vị\n1,\"Sở Tư\r\npháp\"\n2,\"" + "Sở Tư pháp".decomposedStringWithCanonicalMapping + "\"\n",
        "a\rb,c\r\nd\r\r\n\"e\r\",f\n",
        "ok,1\n\n\"two\nlines\",2\nab\"c,3\n",
        "ok\r\n\"ab\"c\r\n",
        "a,\"unterminated\nstill\n\n",
        "abcdefghij,\"klm\nnopqrstu\",v\nshort,x,y",
    ]

    @Test(
        "fed whole, one byte at a time, split at every point or in random chunks: same result",
        arguments: chunkingInputs)
    func chunkingIsInvisible(_ input: String) {
        let bytes = Array(input.utf8)
        for maxFieldBytes in [1 << 16, 4] {
            let whole = tokenize(bytes, maxFieldBytes: maxFieldBytes)
            #expect(!whole.records.isEmpty || whole.error != nil)
            let byByte = tokenize(bytes, maxFieldBytes: maxFieldBytes) { _ in 1 }
            #expect(byByte == whole, "one byte at a time, max \(maxFieldBytes)")
            for cut in 0...bytes.count {
                var first = true
                let split = tokenize(bytes, maxFieldBytes: maxFieldBytes) { left in
                    defer { first = false }
                    return first ? max(cut, 1) : left
                }
                #expect(split == whole, "split at \(cut), max \(maxFieldBytes)")
            }
            var generator = SplitMix64(seed: 0x5EED_0000 &+ UInt64(bytes.count))
            for round in 0..<40 {
                let largest = round < 20 ? 4 : 32
                let random = tokenize(bytes, maxFieldBytes: maxFieldBytes) { _ in
                    Int.random(in: 1...largest, using: &generator)
                }
                #expect(random == whole, "random chunks, round \(round), max \(maxFieldBytes)")
            }
        }
    }

    @Test("a record is found again by tokenizing from its location", arguments: chunkingInputs)
    func locationFindsTheRecordAgain(_ input: String) throws {
        let bytes = Array(input.utf8)
        let whole = tokenize(bytes)
        for original in whole.records {
            let start = Int(original.location.lineOffset)
            let again = tokenize(
                Array(bytes[start...]), startOffset: original.location.lineOffset,
                startLine: original.line)
            let found = try #require(again.records.dropFirst(original.location.skip).first)
            #expect(found == original)
        }
    }

    @Test("the same tokenizer keeps line numbers across many feeds of whole lines")
    func linesAcrossFeeds() throws {
        let tokenizer = CSVTokenizer(delimiter: UInt8(ascii: ","))
        var lines: [Int] = []
        var offsets: [Int64] = []
        for index in 0..<100 {
            try tokenizer.feed(Array("r\(index),\"v\nw\"\n\n".utf8)) { view in
                lines.append(view.line)
                offsets.append(view.location.lineOffset)
            }
        }
        try tokenizer.finish { _ in Issue.record("nothing is pending") }
        #expect(lines == (0..<100).map { 1 + 3 * $0 })
        // Each input is "rN,\"v\nw\"\n\n": 10 bytes for N < 10, 11 for N < 100.
        var expected: [Int64] = []
        var offset: Int64 = 0
        for index in 0..<100 {
            expected.append(offset)
            offset += index < 10 ? 10 : 11
        }
        #expect(offsets == expected)
    }
}
