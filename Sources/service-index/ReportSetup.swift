import ArgumentParser
import Foundation
import ServiceIndexCore
import ServiceIndexIO

/// The report's inputs besides the exports: methodology, peer scores, history, clock.
struct ReportSetup {
    var methodology: Methodology
    var peers: [PeerScore]

    static func load(methodology path: String?, peerScores: String?) throws -> ReportSetup {
        do throws(IngestError) {
            var setup = ReportSetup(methodology: .qd766, peers: [])
            if let path { setup.methodology = try MethodologyFile.load(path: path) }
            if let peerScores { setup.peers = try PeerScoresFile.load(path: peerScores) }
            return setup
        } catch {
            throw Diagnostics.fail(error)
        }
    }

    /// `<parent of out>/<previous quarter>/rankings.csv`, when an earlier run left it there.
    static func historyPath(outDirectory: String, quarter: Quarter) -> String? {
        let parent = URL(fileURLWithPath: outDirectory).standardizedFileURL.deletingLastPathComponent()
        let candidate = parent.appendingPathComponent(quarter.previous.description)
            .appendingPathComponent("rankings.csv").path
        guard FileManager.default.fileExists(atPath: candidate) else { return nil }
        let relative = (outDirectory as NSString).deletingLastPathComponent
        return (relative.isEmpty ? "" : relative + "/") + quarter.previous.description + "/rankings.csv"
    }

    /// `SOURCE_DATE_EPOCH` when set (reproducible builds), else now.
    static func timestamp() -> Instant {
        if let text = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = Int64(text) {
            return Instant(seconds: seconds)
        }
        return Instant(seconds: Int64(Date().timeIntervalSince1970))
    }
}
