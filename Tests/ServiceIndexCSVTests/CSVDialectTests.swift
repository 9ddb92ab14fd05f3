import ServiceIndexCSV
import Testing

private let comma = UInt8(ascii: ",")
private let semicolon = UInt8(ascii: ";")
private let tab = UInt8(ascii: "\t")

struct SniffCase: Sendable, CustomTestStringConvertible {
    let name: String
    let prefix: [UInt8]
    let delimiter: UInt8
    var byteOrderMarkLength = 0

    init(_ name: String, _ text: String, _ delimiter: UInt8, bom: Bool = false) {
        self.name = name
        prefix = (bom ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8)
        self.delimiter = delimiter
        byteOrderMarkLength = bom ? 3 : 0
    }

    var testDescription: String { name }

    static let all: [SniffCase] = [
        SniffCase("comma", "a,b,c\n1;2;3;4;5\n", comma),
        SniffCase("semicolon", "a;b;c\n1,2,3,4,5\n", semicolon),
        SniffCase("TAB", "a\tb\tc\n", tab),
        SniffCase("most frequent wins", "a;b,c;d\n", semicolon),
        SniffCase("TAB over a comma", "a\tb\tc,d\n", tab),
        SniffCase("header without a newline", "ma;ten;don vi", semicolon),
        SniffCase("CRLF header", "a;b\r\n1,2,3\r\n", semicolon),
        SniffCase("quoted delimiters do not count", "\"a;b;c\",d\n", comma),
        SniffCase("quoted commas do not count", "\"x,y,z\";a;b\n", semicolon),
        SniffCase("a quoted newline does not end the header", "\"multi\nline,,,\";x;y\n", semicolon),
        SniffCase("only the header line counts", "a;b\n1,2,3,4\n", semicolon),
        SniffCase("tie of comma and semicolon gives comma", "a,b;c\n", comma),
        SniffCase("tie of comma and TAB gives comma", "a\tb,c\n", comma),
        SniffCase("tie of all three gives comma", "a,b;c\td\n", comma),
        SniffCase("no delimiter gives comma", "dossier_id\n1\n", comma),
        SniffCase("empty prefix gives comma", "", comma),
        SniffCase("BOM then semicolon", "a;b\n", semicolon, bom: true),
        SniffCase("BOM then comma", "Mã hồ sơ,Tỉnh\n", comma, bom: true),
        SniffCase("BOM only", "", comma, bom: true),
        SniffCase("a NUL after the header line is not looked at", "a;b\n\u{0}\n", semicolon),
    ]
}

@Suite("CSVDialect and CSVWriter")
struct CSVDialectTests {
    @Test("delimiter and BOM detection", arguments: SniffCase.all)
    func sniffs(_ testCase: SniffCase) throws {
        let dialect = try CSVDialect.sniff(testCase.prefix)
        #expect(dialect.delimiter == testCase.delimiter)
        #expect(dialect.byteOrderMarkLength == testCase.byteOrderMarkLength)
        #expect(dialect == CSVDialect(delimiter: testCase.delimiter, byteOrderMarkLength: testCase.byteOrderMarkLength))
    }

    @Test("a forced delimiter overrides the count but keeps the BOM length")
    func forcedDelimiter() throws {
        let prefix: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a;b;c\n".utf8)
        #expect(
            try CSVDialect.sniff(prefix, forcedDelimiter: tab) == CSVDialect(delimiter: tab, byteOrderMarkLength: 3))
        #expect(try CSVDialect.sniff(Array("a,b\n".utf8), forcedDelimiter: semicolon).delimiter == semicolon)
        #expect(try CSVDialect.sniff(Array("a;b\n".utf8), forcedDelimiter: comma).delimiter == comma)
    }

    @Test("a BOM is three bytes only when all three are there")
    func partialBOM() throws {
        #expect(try CSVDialect.sniff([0xEF, 0xBB, 0x61, 0x3B, 0x62]).byteOrderMarkLength == 0)
    }

    @Test(
        "UTF-16, UTF-32 and NUL bytes in the header are not UTF-8",
        arguments: [
            ("UTF-16 LE BOM", [0xFF, 0xFE, 0x61, 0x00, 0x2C, 0x00]),
            ("UTF-16 BE BOM", [0xFE, 0xFF, 0x00, 0x61, 0x00, 0x2C]),
            ("UTF-32 BE BOM", [0x00, 0x00, 0xFE, 0xFF, 0x00, 0x00, 0x00, 0x61]),
            ("UTF-32 LE BOM", [0xFF, 0xFE, 0x00, 0x00, 0x61, 0x00, 0x00, 0x00]),
            ("UTF-16 LE without BOM", [0x61, 0x00, 0x2C, 0x00, 0x62, 0x00, 0x0A, 0x00]),
            ("NUL in the header after a BOM", [0xEF, 0xBB, 0xBF, 0x61, 0x2C, 0x00, 0x0A]),
        ] as [(String, [UInt8])])
    func rejectsOtherEncodings(_ name: String, _ prefix: [UInt8]) {
        let error = #expect(throws: CSVFileError.self, "\(name)") { try CSVDialect.sniff(prefix) }
        guard case .notUTF8(let reason)? = error else {
            Issue.record("\(name): expected .notUTF8, got \(String(describing: error))")
            return
        }
        #expect(!reason.isEmpty)
        #expect(error?.description.hasPrefix("encoding is not UTF-8: ") == true)
    }

    // MARK: CSVWriter

    @Test(
        "fields are quoted exactly when they hold a comma, quote, CR or LF, or start or end with a space or TAB",
        arguments: [
            (["a", "b"], "a,b\r\n"),
            (["a,b"], "\"a,b\"\r\n"),
            (["say \"hi\""], "\"say \"\"hi\"\"\"\r\n"),
            (["\""], "\"\"\"\"\r\n"),
            (["line1\nline2"], "\"line1\nline2\"\r\n"),
            (["cr\rinside"], "\"cr\rinside\"\r\n"),
            (["crlf\r\nend"], "\"crlf\r\nend\"\r\n"),
            (["", ""], ",\r\n"),
            ([""], "\r\n"),
            ([], "\r\n"),
            ([" padded ", "semi;colon", "tab\there", "\tlead"], "\" padded \",semi;colon,tab\there,\"\tlead\"\r\n"),
            (["Đắk Lắk", "Sở Tư pháp, tỉnh"], "Đắk Lắk,\"Sở Tư pháp, tỉnh\"\r\n"),
            (["=1+2", "-3"], "=1+2,-3\r\n"),
        ] as [([String], String)])
    func writerQuoting(_ fields: [String], _ expected: String) {
        var writer = CSVWriter()
        writer.writeRow(fields)
        #expect(writer.bytes == Array(expected.utf8))
    }

    @Test("the writer starts with a BOM only when asked, and appends rows")
    func writerBOM() {
        var plain = CSVWriter()
        #expect(plain.bytes.isEmpty)
        plain.writeRow(["a"])
        plain.writeRow(["b", "c"])
        #expect(plain.bytes == Array("a\r\nb,c\r\n".utf8))

        var marked = CSVWriter(byteOrderMark: true)
        #expect(marked.bytes == [0xEF, 0xBB, 0xBF])
        marked.writeRow(["x"])
        #expect(marked.bytes == [0xEF, 0xBB, 0xBF, UInt8(ascii: "x"), 0x0D, 0x0A])
    }

    @Test("what the writer writes, the tokenizer reads back, and sniffing finds the comma and BOM")
    func writerRoundTrip() throws {
        let rows: [[String]] = [
            ["id", "name", "note"],
            ["1", "Sở \"Tư\" pháp", "a,b;c"],
            ["2", "multi\r\nline\nand\rCR", ""],
            ["3", " lead", "trail "],
        ]
        var writer = CSVWriter(byteOrderMark: true)
        for row in rows { writer.writeRow(row) }
        let dialect = try CSVDialect.sniff(writer.bytes)
        #expect(dialect == CSVDialect(delimiter: comma, byteOrderMarkLength: 3))
        let outcome = tokenize(Array(writer.bytes.dropFirst(3)))
        #expect(outcome.error == nil)
        #expect(outcome.records.map(\.fields) == rows.map { $0.map { Array($0.utf8) } })
        #expect(outcome.records.map(\.line) == [1, 2, 3, 6])
    }
}
