import Foundation
import Testing

/// An input that changes while it is read gives no report (docs/methodology.md, Inputs that change): the
/// run exits 74 with `FILE: error: the file changed while it was read (…)`, leaves no staging
/// directory and the previous report as it was. Each change is made by the test hook at a
/// chosen point of the read (`SERVICE_INDEX_TEST_HOOK`), never by timing.
@Suite struct ChangedInputTests {
    /// An export of `rows` dossiers of province 66, one per line: about 30 bytes a row.
    static func export(rows: Int, prefix: String = "H") -> String {
        "MaHoSo,MaTinh,TrangThaiHoSo,NgayTiepNhan\n"
            + (0..<rows).map { "\(prefix)-\($0),66,10,20250703080000\n" }.joined()
    }

    /// A directory with a previous report in `reports/report` and the export `export.csv`.
    struct Scene {
        let temp: TemporaryDirectory
        let export: String
        let out: String
        let previous: [String: Data]

        init(export text: String) throws {
            temp = try TemporaryDirectory()
            export = temp.path("export.csv")
            out = temp.path("reports/report")
            try Data(OutputFaultTests.tinyExport.utf8).write(to: temp.url.appendingPathComponent("tiny.csv"))
            let first = try Binary.run(["report", temp.path("tiny.csv"), "--out", out, "--quiet"])
            try #require(first.status == 0, "\(first.stderr)")
            previous = try snapshot(out)
            try Data(text.utf8).write(to: URL(fileURLWithPath: export))
        }

        var size: Int { (try? FileManager.default.attributesOfItem(atPath: export)[.size] as? Int) ?? -1 }

        /// Runs `report` on the export (and `more` inputs) with the hook.
        func report(hook: String, _ more: [String] = [], jobs: Int = 1) throws -> Binary.Outcome {
            try Binary.run(
                ["report", export] + more + ["--out", out, "--quiet", "--jobs", "\(jobs)", "--split-size", "16384"],
                environment: ["SERVICE_INDEX_TEST_HOOK": hook])
        }

        /// The run failed with `message` as its first line of standard error, and wrote nothing.
        func expectNothingWritten(_ outcome: Binary.Outcome, status: Int32 = 74) throws {
            #expect(!outcome.wasSignaled && outcome.status == status, "\(outcome.stderr)")
            #expect(try snapshot(out) == previous, "the previous report is left as it was")
            #expect(try FileManager.default.contentsOfDirectory(atPath: temp.path("reports")) == ["report"])
        }

        func firstLine(_ outcome: Binary.Outcome) -> String {
            String(outcome.stderr.split(separator: "\n", omittingEmptySubsequences: false).first ?? "")
        }
    }

    @Test func aFileTruncatedAfterTheFirstRangeGivesNoReport() throws {
        let scene = try Scene(export: Self.export(rows: 3000))
        defer { scene.temp.remove() }
        let size = scene.size
        let outcome = try scene.report(hook: "range-read run truncate -s \(size / 2) '\(scene.export)'", jobs: 2)
        try scene.expectNothingWritten(outcome)
        #expect(
            scene.firstLine(outcome)
                == "\(scene.export): error: the file changed while it was read (size \(size) → \(size / 2) bytes)")
    }

    @Test func aFileAppendedToAfterTheFirstRangeGivesNoReport() throws {
        let scene = try Scene(export: Self.export(rows: 3000))
        defer { scene.temp.remove() }
        let size = scene.size
        let row = "H-new,66,10,20250704080000\n"
        let outcome = try scene.report(hook: "range-read run printf '\(row)' >> '\(scene.export)'", jobs: 2)
        try scene.expectNothingWritten(outcome)
        #expect(
            scene.firstLine(outcome)
                == "\(scene.export): error: the file changed while it was read (size \(size) → \(size + row.utf8.count) bytes)"
        )
    }

    @Test func aFileReplacedAfterTheFirstRangeGivesNoReport() throws {
        let scene = try Scene(export: Self.export(rows: 3000))
        defer { scene.temp.remove() }
        // The same bytes under a new inode: only the identity tells them apart.
        let outcome = try scene.report(
            hook:
                "range-read run cp '\(scene.export)' '\(scene.export).new' && mv '\(scene.export).new' '\(scene.export)'",
            jobs: 2)
        try scene.expectNothingWritten(outcome)
        #expect(
            scene.firstLine(outcome).hasPrefix(
                "\(scene.export): error: the file changed while it was read (replaced by another file: device "),
            "\(outcome.stderr)")
    }

    @Test func aFileRemovedWhileReadGivesNoReport() throws {
        let scene = try Scene(export: Self.export(rows: 3000))
        defer { scene.temp.remove() }
        let outcome = try scene.report(hook: "range-read run rm '\(scene.export)'", jobs: 2)
        try scene.expectNothingWritten(outcome)
        #expect(
            scene.firstLine(outcome)
                == "\(scene.export): error: the file changed while it was read (it can no longer be found: no such file or directory)"
        )
    }

    /// Rewritten in place with the same size: only the modification time shows it.
    @Test func aFileModifiedAfterItsFirstChunkGivesNoReport() throws {
        let scene = try Scene(export: Self.export(rows: 10))
        defer { scene.temp.remove() }
        let outcome = try scene.report(hook: "chunk-read run touch -d @981173106.5 '\(scene.export)'")
        try scene.expectNothingWritten(outcome)
        let line = scene.firstLine(outcome)
        #expect(line.hasPrefix("\(scene.export): error: the file changed while it was read (modified 20"), "\(line)")
        #expect(line.hasSuffix(" → 2001-02-03T04:05:06.500000000Z)"), "\(line)")
    }

    /// A whole-file read cut short: the rows read so far would make a complete-looking report.
    @Test func aFileTruncatedAfterItsFirstChunkGivesNoReport() throws {
        let scene = try Scene(export: Self.export(rows: 50_000))
        defer { scene.temp.remove() }
        let size = scene.size
        try #require(size > 1 << 20, "more than one chunk")
        let outcome = try scene.report(hook: "chunk-read run truncate -s 1000 '\(scene.export)'")
        try scene.expectNothingWritten(outcome)
        #expect(
            scene.firstLine(outcome)
                == "\(scene.export): error: the file changed while it was read (size \(size) → 1000 bytes)")
    }

    /// The kept record of a repeated id is read again to compare the two; truncated before that,
    /// it is no longer there.
    @Test func aFileTruncatedBeforeADuplicateIsReadAgainGivesNoReport() throws {
        let scene = try Scene(export: Self.export(rows: 10) + "H-3,66,10,20250705080000\n")
        defer { scene.temp.remove() }
        let size = scene.size
        let outcome = try scene.report(hook: "reread run truncate -s 41 '\(scene.export)'")
        try scene.expectNothingWritten(outcome)
        #expect(
            scene.firstLine(outcome)
                == "\(scene.export): error: the file changed while it was read (size \(size) → 41 bytes)")
    }

    /// A repeat that comes right after its kept record is compared with the record the tokenizer
    /// still holds: the file is not read again, so the change the hook would make at a re-read
    /// never happens and the report is written, with the duplicate counted.
    @Test func aRepeatRightAfterItsKeptRecordIsNotReadAgain() throws {
        let scene = try Scene(export: Self.export(rows: 10) + "H-9,66,10,20250705080000\n")
        defer { scene.temp.remove() }
        let outcome = try scene.report(hook: "reread run truncate -s 41 '\(scene.export)'")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let manifest = try String(contentsOfFile: scene.out + "/run.json", encoding: .utf8)
        #expect(manifest.contains("\"duplicates_dropped\": 1"), "\(manifest)")
    }

    /// Rewritten in place before a kept record is read again: its bytes are not compared with.
    @Test func aFileModifiedBeforeADuplicateIsReadAgainGivesNoReport() throws {
        let scene = try Scene(export: Self.export(rows: 10) + "H-3,66,10,20250705080000\n")
        defer { scene.temp.remove() }
        let outcome = try scene.report(hook: "reread run touch -d @981173106.5 '\(scene.export)'")
        try scene.expectNothingWritten(outcome)
        let line = scene.firstLine(outcome)
        #expect(line.hasPrefix("\(scene.export): error: the file changed while it was read (modified 20"), "\(line)")
        #expect(line.hasSuffix(" → 2001-02-03T04:05:06.500000000Z)"), "\(line)")
    }

    /// The kept record lies in another file, whose own read has ended: that file is checked
    /// again after the last read.
    @Test(arguments: ["truncate -s 41", "printf 'H-9,66,10,20250705080000\\n' >>"])
    func anotherFileChangedBeforeADuplicateIsReadAgainGivesNoReport(_ change: String) throws {
        // The larger file is read first, so its record of H-1 is the one kept and read again.
        let scene = try Scene(export: Self.export(rows: 100))
        defer { scene.temp.remove() }
        let later = scene.temp.path("later.csv")
        try Data(Self.export(rows: 2).utf8).write(to: URL(fileURLWithPath: later))
        let size = scene.size
        let outcome = try scene.report(hook: "reread run \(change) '\(scene.export)'", [later])
        try scene.expectNothingWritten(outcome)
        let line = scene.firstLine(outcome)
        #expect(
            line.hasPrefix("\(scene.export): error: the file changed while it was read (size \(size) → "), "\(line)")
    }

    /// A file that does not change gives the report, with the byte count and SHA-256 of the
    /// file as read.
    @Test func anUnchangedFileIsReportedWithItsBytesAndDigest() throws {
        let text = Self.export(rows: 3000)
        let scene = try Scene(export: text)
        defer { scene.temp.remove() }
        let outcome = try scene.report(hook: "range-read run true", jobs: 2)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let manifest = try String(contentsOfFile: scene.out + "/run.json", encoding: .utf8)
        #expect(manifest.contains("\"bytes\": \(text.utf8.count)"), "\(manifest)")
        let sum = Process()
        sum.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        sum.arguments = ["sha256sum", scene.export]
        let pipe = Pipe()
        sum.standardOutput = pipe
        try sum.run()
        let digest = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).prefix(64)
        sum.waitUntilExit()
        #expect(manifest.contains("\"sha256\": \"\(digest)\""), "\(manifest)")
    }
}
