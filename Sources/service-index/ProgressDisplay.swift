import Foundation
import ServiceIndexCore
import ServiceIndexDemoData
import ServiceIndexIngest
import ServiceIndexPipeline
import ServiceIndexReport

/// Rows, MB/s and ETA on standard error, redrawn at most four times a second.
final class ProgressDisplay {
    private let start = ContinuousClock.now
    private var lastDraw = ContinuousClock.now - .seconds(1)
    private var drew = false

    /// Called by the ingest after every chunk.
    func update(bytesRead: Int64, totalBytes: Int64, rows: Int) {
        let now = ContinuousClock.now
        guard now - lastDraw >= .milliseconds(250) || bytesRead == totalBytes else { return }
        lastDraw = now
        let elapsed = max(1e-3, ReportPipeline.seconds(now - start))
        let megabytesPerSecond = Double(bytesRead) / 1e6 / elapsed
        let remaining = megabytesPerSecond > 0 ? Double(totalBytes - bytesRead) / 1e6 / megabytesPerSecond : 0
        let percent = totalBytes > 0 ? Double(bytesRead) * 100 / Double(totalBytes) : 100
        let line =
            "\r\(rows) rows  \(NumberFormat.fixed(percent, decimals: 0)) %  "
            + "\(NumberFormat.fixed(megabytesPerSecond, decimals: 1)) MB/s  ETA \(NumberFormat.fixed(remaining, decimals: 0)) s   "
        FileHandle.standardError.write(Data(line.utf8))
        drew = true
    }

    /// Ends the progress line.
    func finish() {
        if drew { FileHandle.standardError.write(Data("\n".utf8)) }
        drew = false
    }
}
