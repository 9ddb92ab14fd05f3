import ArgumentParser
import ServiceIndexIO

/// `--strict` and `--max-reject-rate` (SPEC §3.3): when rejects fail the run.
enum RejectPolicy {
    /// Nil when the run may go on, else the message to fail with.
    static func failure(_ result: IngestResult, options: InputOptions) -> String? {
        let reconciliation = result.reconciliation
        if options.strict && reconciliation.rejected > 0 {
            return "--strict: \(reconciliation.rejected) row(s) rejected (first: \(first(result)))"
        }
        if reconciliation.rejectRate > options.maxRejectRate {
            return "\(reconciliation.rejected) of \(reconciliation.rowsRead) rows rejected "
                + "(\(NumberFormat.fixed(reconciliation.rejectRate * 100, decimals: 2)) %), "
                + "more than --max-reject-rate \(options.maxRejectRate) (first: \(first(result)))"
        }
        return nil
    }

    private static func first(_ result: IngestResult) -> String {
        guard let reject = result.rejects.first else { return "none" }
        return "\(reject.file):\(reject.line): \(reject.reason.rawValue): \(reject.message)"
    }
}
