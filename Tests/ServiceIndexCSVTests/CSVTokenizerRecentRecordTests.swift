import ServiceIndexCSV
import Testing

/// `CSVTokenizer.withRecentRecord` finds a record again without reading it: the record being
/// handed out, those before it in its delivery, and those delivered just before; no older one.
struct CSVTokenizerRecentRecordTests {
    /// Feeds `input` in one piece; at each record, asks for every record handed out before it
    /// and notes which ones the tokenizer still holds, with their fields.
    private func recentAtEachRecord(_ input: String) throws -> [[String: [String]]] {
        let tokenizer = CSVTokenizer(delimiter: UInt8(ascii: ","))
        var locations: [CSVRecordLocation] = []
        var names: [CSVRecordLocation: String] = [:]
        var seen: [[String: [String]]] = []
        let visit = { (record: CSVRecordView) in
            names[record.location] = record.string(0)
            locations.append(record.location)
            var held: [String: [String]] = [:]
            for location in locations {
                if let fields = tokenizer.withRecentRecord(at: location, { $0.strings }) {
                    held[names[location]!] = fields
                }
            }
            seen.append(held)
        }
        try tokenizer.feed(Array(input.utf8), visit)
        try tokenizer.finish(visit)
        return seen
    }

    @Test func theRecordsOfTheLastTwoDeliveriesAreHeld() throws {
        let seen = try recentAtEachRecord("a,1\nb,2\nc,3\n")
        #expect(seen[0] == ["a": ["a", "1"]])
        #expect(seen[1] == ["a": ["a", "1"], "b": ["b", "2"]])
        // "a" was delivered two deliveries ago: its bytes are gone.
        #expect(seen[2] == ["b": ["b", "2"], "c": ["c", "3"]])
    }

    /// A record over two lines is delivered once it ends; the one before it stays held, and it is
    /// held whole when the next record is handed out.
    @Test func aRecordOverTwoLinesIsHeldWhole() throws {
        let seen = try recentAtEachRecord("a,1\nb,\"two\nlines\"\nc,3\n")
        #expect(seen[1] == ["a": ["a", "1"], "b": ["b", "two\nlines"]])
        #expect(seen[2] == ["b": ["b", "two\nlines"], "c": ["c", "3"]])
    }

    /// A reset tokenizer holds nothing from before.
    @Test func aResetTokenizerHoldsNoRecord() throws {
        let tokenizer = CSVTokenizer(delimiter: UInt8(ascii: ","))
        var location: CSVRecordLocation? = nil
        try tokenizer.feed(Array("a,1\n".utf8)) { location = $0.location }
        #expect(tokenizer.withRecentRecord(at: location!, { $0.strings }) == ["a", "1"])
        tokenizer.reset(startOffset: 0)
        #expect(tokenizer.withRecentRecord(at: location!, { $0.strings }) == nil)
    }
}
