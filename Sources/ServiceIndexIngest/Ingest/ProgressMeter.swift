import Foundation

/// Adds up the bytes and rows read by all workers and reports progress, one caller at a time.
final class ProgressMeter: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int64
    private let report: ((Int64, Int64, Int) -> Void)?
    private var bytes: Int64 = 0
    private var rows = 0

    init(total: Int64, report: ((Int64, Int64, Int) -> Void)?) {
        self.total = total
        self.report = report
    }

    /// Adds a chunk's bytes and rows.
    @Sendable func add(_ chunk: Int64, rows added: Int) {
        guard let report else { return }
        lock.lock()
        bytes += chunk
        rows += added
        report(bytes, total, rows)
        lock.unlock()
    }
}
