import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Faults while writing the report (docs/methodology.md, Stopping a run): an output directory that cannot be created
/// (73), a full disk (74), a run killed half-way. The outputs appear whole or not at all, and a
/// previous report is left as it was.
@Suite struct OutputFaultTests {
    /// A one-dossier export: its report is small enough to fit a tiny disk.
    static let tinyExport = "MaHoSo,MaTinh,TrangThaiHoSo,NgayTiepNhan\nH15-001,66,10,20250703080000\n"

    @Test func anOutputUnderAFileExits73AndWritesNothing() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        try Data("not a directory".utf8).write(to: temp.url.appendingPathComponent("file"))
        let outcome = try Binary.run(
            ["report", "fixtures/exports", "--max-reject-rate", "1", "--out", temp.path("file/report"), "--quiet"],
            in: Package.root)
        #expect(outcome.status == 73)
        #expect(outcome.stderr.hasPrefix(temp.path("file/report") + ": error: cannot create the output directory"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: temp.url.path) == ["file"])
        #expect(try String(contentsOfFile: temp.path("file"), encoding: .utf8) == "not a directory")
    }

    @Test func anOutputThatIsAFileExits73AndLeavesTheFile() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        try Data("not a directory".utf8).write(to: temp.url.appendingPathComponent("report"))
        let outcome = try Binary.run(
            ["report", "fixtures/exports", "--max-reject-rate", "1", "--out", temp.path("report"), "--quiet"],
            in: Package.root)
        #expect(outcome.status == 73)
        #expect(outcome.stderr.contains("cannot create the output directory: a file of that name exists"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: temp.url.path) == ["report"])
        #expect(try String(contentsOfFile: temp.path("report"), encoding: .utf8) == "not a directory")
    }

    /// A tmpfs just big enough for the tiny report holds it; the next, bigger report cannot be
    /// written beside it, fails with 74, and leaves the tiny one byte-identical.
    @Test(.enabled(if: Tmpfs.canMount, "cannot mount a tmpfs here: needs root with CAP_SYS_ADMIN"))
    func aFullDiskExits74AndKeepsThePreviousReport() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        try Data(Self.tinyExport.utf8).write(to: temp.url.appendingPathComponent("tiny.csv"))
        // Measure the tiny report on an ordinary disk: its pages, plus two pages to spare.
        #expect(
            try Binary.run(["report", temp.path("tiny.csv"), "--out", temp.path("measure"), "--quiet"]).status == 0)
        let pages = try FileManager.default.contentsOfDirectory(atPath: temp.path("measure")).reduce(0) { sum, name in
            let size =
                try FileManager.default.attributesOfItem(atPath: temp.path("measure/\(name)"))[.size] as? Int ?? 0
            return sum + (size + 4095) / 4096
        }
        let disk = temp.url.appendingPathComponent("disk")
        try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
        try #require(Tmpfs.mount(at: disk.path, kilobytes: (pages + 2) * 4), "mounting a tmpfs")
        defer { Tmpfs.unmount(disk.path) }
        let out = disk.appendingPathComponent("report").path

        let first = try Binary.run(["report", temp.path("tiny.csv"), "--out", out, "--quiet"])
        #expect(first.status == 0, "the tiny report fits: \(first.stderr)")
        let before = try snapshot(out)
        let full = try Binary.run(
            ["report", "fixtures/exports", "--max-reject-rate", "1", "--out", out, "--quiet"], in: Package.root)
        #expect(full.status == 74)
        #expect(full.stderr.hasPrefix(out + ": error: cannot write"), "\(full.stderr)")
        #expect(full.stderr.contains("No space left on device"), "\(full.stderr)")
        #expect(try snapshot(out) == before)
        // No staging directory is left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk.path) == ["report"])
    }

    /// SIGKILL cannot be caught, so a killed run cannot clean up: the staging directory it was
    /// writing (`.report.tmp-PID`, beside the output) may remain, and no later run removes it
    /// while that PID lives. What must hold is that the output directory is always a whole
    /// report: the previous one. The test hook kills the run at a chosen point: while it reads,
    /// and once every file is in the staging directory.
    @Test(arguments: ["chunk-read", "staging-written"])
    func aKilledRunLeavesAWholeReport(_ point: String) throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        try Data(Self.tinyExport.utf8).write(to: temp.url.appendingPathComponent("tiny.csv"))
        let reports = temp.url.appendingPathComponent("reports")
        let out = reports.appendingPathComponent("report").path
        #expect(try Binary.run(["report", temp.path("tiny.csv"), "--out", out, "--quiet"]).status == 0)
        let before = try snapshot(out)
        let arguments = ["report", "fixtures/exports", "--max-reject-rate", "1", "--quiet", "--out", out]

        let killed = try Binary.run(
            arguments, environment: ["SERVICE_INDEX_TEST_HOOK": "\(point) signal KILL"], in: Package.root)
        #expect(killed.wasSignaled && killed.status == SIGKILL)
        #expect(try snapshot(out) == before)
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: reports.path)).subtracting(["report"])
        if point == "staging-written" {
            #expect(left.count == 1 && left.first?.hasPrefix(".report.tmp-") == true, "\(left)")
        } else {
            #expect(left.isEmpty, "\(left)")
        }
    }

    /// SIGINT and SIGTERM stop a run: it removes its staging directory, leaves the previous
    /// report as it was, and exits 130 or 143; whether it reads or has written every file.
    @Test(
        arguments: [
            ("chunk-read", "INT", 130), ("chunk-read", "TERM", 143), ("staging-written", "INT", 130),
            ("staging-written", "TERM", 143),
        ] as [(String, String, Int32)])
    func aStoppedRunRemovesItsStagingAndExits(_ point: String, _ signal: String, _ status: Int32) throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        try Data(Self.tinyExport.utf8).write(to: temp.url.appendingPathComponent("tiny.csv"))
        let reports = temp.url.appendingPathComponent("reports")
        let out = reports.appendingPathComponent("report").path
        #expect(try Binary.run(["report", temp.path("tiny.csv"), "--out", out, "--quiet"]).status == 0)
        let before = try snapshot(out)

        let stopped = try Binary.run(
            ["report", "fixtures/exports", "--max-reject-rate", "1", "--quiet", "--out", out],
            environment: ["SERVICE_INDEX_TEST_HOOK": "\(point) signal \(signal)"], in: Package.root)
        #expect(!stopped.wasSignaled && stopped.status == status, "\(stopped.stderr)")
        #expect(try snapshot(out) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: reports.path) == ["report"])
    }
}

/// Mounting a small tmpfs: a disk that fills up on demand. Needs root with mount rights (a CI
/// container usually has neither).
enum Tmpfs {
    /// Whether a tmpfs can be mounted here (tried once, on a scratch directory).
    static let canMount: Bool = {
        guard let temp = try? TemporaryDirectory() else { return false }
        defer { temp.remove() }
        guard mount(at: temp.url.path, kilobytes: 64) else { return false }
        unmount(temp.url.path)
        return true
    }()

    /// Mounts a tmpfs of `kilobytes` at `path`; false when that is not allowed.
    static func mount(at path: String, kilobytes: Int) -> Bool {
        run(["mount", "-t", "tmpfs", "-o", "size=\(kilobytes)k", "tmpfs", path])
    }

    static func unmount(_ path: String) {
        _ = run(["umount", path])
    }

    private static func run(_ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationReason == .exit && process.terminationStatus == 0
    }
}
