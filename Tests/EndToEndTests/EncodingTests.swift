import Foundation
import Testing

/// The fixture exports as spreadsheets save them (`fixtures/encoded`, written by
/// `scripts/encode-fixtures.py` with Python's codecs): Excel's "Unicode Text" (UTF-16 with a byte
/// order mark, TAB-delimited) and its "CSV" on a Vietnamese Windows (Windows-1258). Each copy
/// must give what its UTF-8 original gives, rejects and their positions included.
@Suite struct EncodingTests {
    static let files = ["dvcqg-2025-Q3.csv", "dak-lak-2025-Q3.csv"]

    /// (folder under fixtures/encoded, `--encoding`, what run.json records)
    static let copies: [(String, String, String)] = [
        ("utf-16le", "auto", "utf-16le"), ("utf-16be", "auto", "utf-16be"), ("utf-16le", "utf-16", "utf-16le"),
        ("windows-1258", "windows-1258", "windows-1258"),
    ]

    /// Runs `report` on the two exports from `directory`, so that the paths in the outputs are
    /// the same for every copy.
    static func report(in directory: URL, out: String, extra: [String] = []) throws -> Binary.Outcome {
        try Binary.run(
            ["report"] + files + ["--quarter", "2025-Q3", "--max-reject-rate", "0.5", "--out", out, "--quiet"] + extra,
            in: directory)
    }

    @Test(arguments: 0..<copies.count)
    func aCopyGivesTheFiguresOfItsOriginal(_ index: Int) throws {
        let (folder, option, recorded) = Self.copies[index]
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let original = try Self.report(in: Package.exports, out: temp.path("utf-8"))
        try #require(original.status == 0, "\(original.stderr)")
        let directory = Package.fixtures.appendingPathComponent("encoded/\(folder)")
        // Several workers and a tiny split size: a transcoded file is still read whole.
        let copy = try Self.report(
            in: directory, out: temp.path(folder), extra: ["--encoding", option, "--jobs", "2", "--split-size", "512"])
        try #require(copy.status == 0, "\(copy.stderr)")

        let names = try FileManager.default.contentsOfDirectory(atPath: temp.path("utf-8")).sorted()
        #expect(names.contains("rejects.csv"))
        for name in names where name.hasSuffix(".csv") {
            let expected = try Data(contentsOf: URL(fileURLWithPath: temp.path("utf-8/\(name)")))
            let got = try Data(contentsOf: URL(fileURLWithPath: temp.path("\(folder)/\(name)")))
            #expect(got == expected, "\(folder): \(name) differs from the UTF-8 original's")
        }
        #expect(
            try Self.withoutInputs(html: temp.path("\(folder)/report.html"))
                == Self.withoutInputs(html: temp.path("utf-8/report.html")))

        var mine = try Self.json(temp.path("\(folder)/run.json"))
        var theirs = try Self.json(temp.path("utf-8/run.json"))
        let inputs = try #require(mine["inputs"] as? [[String: Any]])
        #expect(inputs.count == 2)
        for input in inputs {
            let path = try #require(input["path"] as? String)
            #expect(input["encoding"] as? String == recorded, "\(path)")
            // The digest is that of the file as written, not of its UTF-8.
            let bytes = try Data(contentsOf: directory.appendingPathComponent(path))
            #expect(input["bytes"] as? Int == bytes.count)
            #expect(input["sha256"] as? String == (try Self.sha256(directory.appendingPathComponent(path).path)))
        }
        for key in ["inputs", "timings"] {
            mine[key] = nil
            theirs[key] = nil
        }
        #expect(NSDictionary(dictionary: mine).isEqual(to: theirs), "run.json differs beyond inputs and timings")
    }

    @Test func aWindows1258CopyReadAsUTF8IsRefusedWithTheEncodingNamed() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let directory = Package.fixtures.appendingPathComponent("encoded/windows-1258")
        let outcome = try Binary.run(
            ["validate", "dak-lak-2025-Q3.csv", "--rejects", temp.path("rejects.csv")], in: directory)
        #expect(outcome.status == 65)
        #expect(
            outcome.stderr.hasPrefix(
                "dak-lak-2025-Q3.csv:1:1: error: encoding is not UTF-8: the header holds invalid UTF-8 in field 1; "
                    + "the file looks like Windows-1258 (its header reads 'Mã hồ sơ', 'Tỉnh', 'Đơn vị' in it): "
                    + "run again with --encoding windows-1258"), "\(outcome.stderr)")
        #expect(!FileManager.default.fileExists(atPath: temp.path("rejects.csv")))
    }

    @Test func aWindows1258CopyWithAnASCIIHeaderFailsOnItsRejectsWithTheEncodingNamed() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let directory = Package.fixtures.appendingPathComponent("encoded/windows-1258")
        // DVCQG's header is ASCII, so the file reads as UTF-8: of its 17 rows, the 14 with a
        // Vietnamese unit name are rejected as invalid_utf8 (two more for their province and
        // field count; H15-006, with no unit name, is accepted).
        let outcome = try Binary.run(
            ["validate", "dvcqg-2025-Q3.csv", "--rejects", temp.path("rejects.csv")], in: directory)
        #expect(outcome.status == 65)
        #expect(
            outcome.stderr.contains(
                "; 14 of the 17 rows of dvcqg-2025-Q3.csv are not UTF-8: the file looks like another encoding "
                    + "(Excel's CSV on a Vietnamese Windows is Windows-1258: --encoding windows-1258)"),
            "\(outcome.stderr)")
        let read = try Binary.run(
            ["validate", "dvcqg-2025-Q3.csv", "--encoding", "windows-1258", "--max-reject-rate", "0.5"], in: directory)
        #expect(read.status == 0, "\(read.stderr)")
        #expect(read.stdout.contains("read as windows-1258: dvcqg-2025-Q3.csv"), "\(read.stdout)")
    }

    @Test func aStrayQuoteInATranscodedFileIsPlacedInTheFileAsWritten() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        // "Sở Tư" is 10 bytes of UTF-16 and 8 of UTF-8: the quote after it is at byte 11 of
        // line 2 in the file as written (at byte 9 of its UTF-8).
        let text = "MaHoSo\tMaTinh\tTrangThaiHoSo\tNgayTiepNhan\r\nSở Tư\"x\t66\t10\t20250703080000\r\n"
        try Data([0xFF, 0xFE] + Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
            .write(to: URL(fileURLWithPath: temp.path("input.csv")))
        let outcome = try Binary.run(["validate", "input.csv", "--rejects", "rejects.csv"], in: temp.url)
        #expect(outcome.status == 65)
        #expect(outcome.stderr.hasPrefix("input.csv:2:11: error: unexpected quote"), "\(outcome.stderr)")
    }

    /// The report without its table of input files (sizes and digests of the files as written).
    static func withoutInputs(html path: String) throws -> String {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        guard let start = text.range(of: "<table class=\"inputs\">"),
            let end = text.range(of: "</table>", range: start.upperBound..<text.endIndex)
        else { return text }
        return text.replacingCharacters(in: start.lowerBound..<end.upperBound, with: "")
    }

    static func json(_ path: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// The SHA-256 of a file by coreutils' `sha256sum`, a digest computed apart from the tool.
    static func sha256(_ path: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sha256sum", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(String(decoding: data, as: UTF8.self).prefix(64))
    }
}
