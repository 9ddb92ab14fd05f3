import ServiceIndexCSV
import Testing

@testable import ServiceIndexIngest

/// A record as the tests compare it: its line, where that line starts, and its fields.
private struct Seen: Equatable, CustomStringConvertible {
    var line: Int
    var offset: Int64
    var fields: [[UInt8]]

    var description: String {
        "\(line)@\(offset): " + fields.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "|")
    }
}

/// Tokenizes `bytes` of `encoding` fed in pieces of `piece` bytes, from `start` (after a BOM).
private func records(_ bytes: [UInt8], _ encoding: InputEncoding, start: Int = 0, piece: Int) throws -> [Seen] {
    let tokenizer = CSVTokenizer(delimiter: UInt8(ascii: ","), startOffset: Int64(start))
    let feed = try TranscodingFeed(encoding: encoding, startOffset: Int64(start))
    var seen: [Seen] = []
    let visit: (CSVRecordView) throws -> Void = { record in
        seen.append(
            Seen(
                line: record.line, offset: record.location.lineOffset,
                fields: (0..<record.count).map { Array(record[$0]) }))
    }
    var index = start
    while index < bytes.count {
        let end = min(bytes.count, index + piece)
        try bytes[index..<end].withUnsafeBytes { try feed.feed($0, to: tokenizer, visit) }
        index = end
    }
    try feed.finish(tokenizer, visit)
    return seen
}

private func utf16LE(_ text: String) -> [UInt8] { Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } }

@Suite("Transcoding inputs from UTF-16 and Windows-1258")
struct TranscodingFeedTests {
    // Line 2 holds a quoted line feed, line 4 is blank, "ở" and "Tư" are not ASCII, CRLF and LF mix.
    static let text = "MaHoSo,DonViXuLy\r\nH1,\"Sở\nTư pháp\"\r\n\r\nH2,ư\nH3,x"

    @Test(
        "UTF-16LE in pieces of any size: the UTF-8 fields, at the lines and offsets of the file",
        arguments: [1, 2, 3, 7, 4096])
    func utf16InPieces(_ piece: Int) throws {
        let bytes: [UInt8] = [0xFF, 0xFE] + utf16LE(Self.text)
        let got = try records(bytes, .utf16LittleEndian, start: 2, piece: piece)
        // Offsets count the file's bytes: two a character, after the two of the BOM.
        let header = "MaHoSo,DonViXuLy\r\n".utf16.count
        let expected = [
            Seen(line: 1, offset: 2, fields: [Array("MaHoSo".utf8), Array("DonViXuLy".utf8)]),
            Seen(line: 2, offset: Int64(2 + 2 * header), fields: [Array("H1".utf8), Array("Sở\nTư pháp".utf8)]),
            Seen(
                line: 5, offset: Int64(2 + 2 * "MaHoSo,DonViXuLy\r\nH1,\"Sở\nTư pháp\"\r\n\r\n".utf16.count),
                fields: [Array("H2".utf8), Array("ư".utf8)]),
            Seen(
                line: 6, offset: Int64(2 + 2 * "MaHoSo,DonViXuLy\r\nH1,\"Sở\nTư pháp\"\r\n\r\nH2,ư\n".utf16.count),
                fields: [Array("H3".utf8), Array("x".utf8)]),
        ]
        #expect(got == expected)
    }

    @Test("Windows-1258: tone marks combine; every byte fed one at a time gives the same", arguments: [1, 5, 4096])
    func windows1258(_ piece: Int) throws {
        // "Sở" = S, ơ (0xF5), combining hook above (0xD2); "Tư" = T, ư (0xFD).
        let bytes: [UInt8] = Array("a,b\n".utf8) + [0x53, 0xF5, 0xD2, 0x2C, 0x54, 0xFD, 0x0A]
        let got = try records(bytes, .windows1258, piece: piece)
        #expect(got.count == 2)
        #expect(got.last?.line == 2)
        #expect(got.last?.offset == 4)
        let fields = got.last?.fields.map { String(decoding: $0, as: UTF8.self) }
        #expect(fields == ["Sở", "Tư"])
    }

    @Test("a unit that is not text becomes one 0xFF byte, where it stood")
    func unitsThatAreNotText() throws {
        var out: [UInt8] = []
        // 0x81 is undefined in Windows-1258.
        try Transcoder(from: .windows1258).convert([0x53, 0x81, 0x6F], into: &out, isEnd: true)
        #expect(out == [0x53, 0xFF, 0x6F])
        out = []
        // An unpaired low surrogate, then a high surrogate cut off by the end.
        try Transcoder(from: .utf16LittleEndian).convert(
            [0x61, 0x00, 0x00, 0xDC, 0x62, 0x00, 0x3D, 0xD8], into: &out, isEnd: true)
        #expect(out == [0x61, 0xFF, 0x62, 0xFF])
    }

    @Test("a character cut by the end of a piece waits for the next one")
    func cutCharacters() throws {
        let transcoder = try Transcoder(from: .utf16LittleEndian)
        var out: [UInt8] = []
        // U+1F600 as a surrogate pair, cut after three of its four bytes.
        let consumed = transcoder.convert([0x3D, 0xD8, 0x00], into: &out, isEnd: false)
        #expect(consumed == 0)
        #expect(out.isEmpty)
        transcoder.convert([0x3D, 0xD8, 0x00, 0xDE], into: &out, isEnd: true)
        #expect(out == Array("😀".utf8))
    }

    @Test(
        "auto reads UTF-16 by its byte order mark and anything else as UTF-8; a choice the bytes contradict is refused",
        arguments: [
            (EncodingChoice.auto, [0xFF, 0xFE, 0x61, 0x00], InputEncoding.utf16LittleEndian),
            (.auto, [0xFE, 0xFF, 0x00, 0x61], .utf16BigEndian), (.auto, [0xEF, 0xBB, 0xBF, 0x61], .utf8),
            (.auto, [0x4D, 0x61, 0xDE], .utf8), (.windows1258, [0x4D, 0x61, 0xDE], .windows1258),
            (.utf16, [0x61, 0x00, 0x62, 0x00], .utf16LittleEndian), (.utf16, [0x00, 0x61], .utf16BigEndian),
            (.utf8, [0xFF, 0xFE, 0x61, 0x00], nil), (.windows1258, [0xFE, 0xFF, 0x00, 0x61], nil),
            (.utf16, [0x61, 0x62], nil),
        ] as [(EncodingChoice, [UInt8], InputEncoding?)])
    func detection(_ choice: EncodingChoice, _ prefix: [UInt8], _ expected: InputEncoding?) {
        #expect((try? choice.encoding(of: prefix)) == expected)
    }
}
