import ServiceIndexCSV
import Testing

/// `CSVTokenizer.reset` makes a used tokenizer read as a new one does, and
/// `CSVRecordView.hasSameFields` compares records field by field.
struct CSVTokenizerResetTests {
    /// Feeds `input` and finishes, copying out the records (or the error).
    private func records(_ tokenizer: CSVTokenizer, _ input: String) -> TokenizeOutcome {
        var records: [TokenizedRecord] = []
        do {
            try tokenizer.feed(Array(input.utf8)) { records.append(TokenizedRecord($0)) }
            try tokenizer.finish { records.append(TokenizedRecord($0)) }
            return TokenizeOutcome(records: records, error: nil)
        } catch {
            return TokenizeOutcome(records: records, error: error as? CSVSyntaxError)
        }
    }

    /// Left inside a quoted field, after a held CR, after an error, or after records: once
    /// reset to an offset, the tokenizer gives what a new one started there gives.
    @Test(arguments: ["a,\"b\nc", "a,b\r", "a,b\"c\n", "x,y\nz,w\n", "\"unterminated"])
    func aResetTokenizerReadsAsANewOne(_ before: String) {
        let input = "id,\"multi\nline\",3\r\nnext,row,4\n  \nlast,\"q\"\"d\",5"
        let used = CSVTokenizer(delimiter: UInt8(ascii: ","))
        _ = try? used.feed(Array(before.utf8)) { _ in }
        used.reset(startOffset: 1_000, startLine: 7)
        let fresh = CSVTokenizer(delimiter: UInt8(ascii: ","), startOffset: 1_000, startLine: 7)
        let expected = records(fresh, input)
        #expect(expected.records.count == 4)
        #expect(expected.records.first?.location.lineOffset == 1_000)
        #expect(records(used, input) == expected)
        #expect(used.lineFeedsRead == fresh.lineFeedsRead)
    }

    @Test func recordsWithTheSameFieldsAreTheSame() throws {
        var kept: [TokenizedRecord] = []
        let pairs: [(String, String, Bool)] = [
            ("a,b\n", "a,b\n", true),
            ("\"a\",b\n", "a,b\n", true),  // the same values, quoted or not
            ("a,b\n", "a,c\n", false),
            ("a,b\n", "a,b,\n", false),
            ("a,\n", "a,\"\"\n", true),
            ("ab,c\n", "a,bc\n", false),
        ]
        for (first, second, same) in pairs {
            let one = CSVTokenizer(delimiter: UInt8(ascii: ","))
            let two = CSVTokenizer(delimiter: UInt8(ascii: ","))
            try one.feed(Array(first.utf8)) { left in
                try two.feed(Array(second.utf8)) { right in
                    #expect(
                        left.hasSameFields(as: right) == same, "\(first.debugDescription) \(second.debugDescription)")
                    #expect(right.hasSameFields(as: left) == same)
                    kept.append(TokenizedRecord(left))
                }
            }
        }
        #expect(kept.count == pairs.count)
    }

    /// A field cut at the length limit is the same as another only when both were as long.
    @Test func truncatedFieldsCompareTheirFullLengths() throws {
        let one = CSVTokenizer(delimiter: UInt8(ascii: ","), maxFieldBytes: 3)
        let two = CSVTokenizer(delimiter: UInt8(ascii: ","), maxFieldBytes: 3)
        var compared = 0
        try one.feed(Array("abcd\n".utf8)) { left in
            try two.feed(Array("abcde\n".utf8)) { right in
                #expect(!left.hasSameFields(as: right))
                compared += 1
            }
        }
        #expect(compared == 1)
    }
}

/// Fields of every length up to well past the short-copy sizes come out byte for byte.
struct CSVFieldCopyTests {
    @Test func fieldsOfEveryLengthAreCopiedExactly() throws {
        let fields = (0...70).map { length in
            String((0..<length).map { Character(UnicodeScalar(0x41 + ($0 * 7 + length) % 26)!) })
        }
        let input = fields.joined(separator: ",") + "\n" + fields.reversed().joined(separator: ",") + "\n"
        let outcome = tokenize(Array(input.utf8))
        #expect(outcome.error == nil)
        #expect(outcome.records.map(\.strings) == [fields, fields.reversed()])
    }
}
