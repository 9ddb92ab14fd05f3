import Foundation
import Testing

/// A run killed while writing leaves its staging directory; the next run removes it.
@Suite struct StagingCleanupTests {
    @Test func abandonedStagingOfADeadProcessIsRemoved() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        // A PID that is not running: a child that has already exited.
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/bin/true")
        try child.run()
        child.waitUntilExit()
        let stale = temp.url.appendingPathComponent(".report.tmp-\(child.processIdentifier)")
        try FileManager.default.createDirectory(at: stale, withIntermediateDirectories: true)
        try Data("half".utf8).write(to: stale.appendingPathComponent("rankings.csv"))
        let alive = temp.url.appendingPathComponent(".report.tmp-1")  // PID 1 always runs
        try FileManager.default.createDirectory(at: alive, withIntermediateDirectories: true)
        let outcome = try Binary.run(
            ["report", "fixtures/exports", "--max-reject-rate", "0.5", "--out", temp.path("report"), "--quiet"],
            in: Package.root)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let left = try FileManager.default.contentsOfDirectory(atPath: temp.url.path).sorted()
        #expect(left == [".report.tmp-1", "report"])
    }

    @Test func peerScoresOutsideZeroToOneHundredAreRefused() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        try Data("province,total\n01,250\n".utf8).write(to: temp.url.appendingPathComponent("peers.csv"))
        let outcome = try Binary.run(
            [
                "report", "fixtures/exports", "--max-reject-rate", "0.5", "--peer-scores", temp.path("peers.csv"),
                "--out", temp.path("report"),
            ],
            in: Package.root)
        #expect(outcome.status == 65)
        #expect(outcome.stderr.contains("peers.csv:2:2: error: total: 250 points is above its maximum of 100.00"))
    }
}
