import ServiceIndexCore
import ServiceIndexIngest

/// When rejected rows fail the run (`--strict`, `--max-reject-rate`; `docs/methodology.md`,
/// "Bad input and rejects").
public struct RejectPolicy: Sendable {
    /// Any reject fails the run.
    public var strict: Bool
    /// The share of rows read that may be rejected, 0…1.
    public var maxRejectRate: Double

    public init(strict: Bool, maxRejectRate: Double) {
        self.strict = strict
        self.maxRejectRate = maxRejectRate
    }

    /// Nil when the run may go on, else the message to fail with.
    public func failure(_ result: IngestResult) -> String? {
        let reconciliation = result.reconciliation
        if strict && reconciliation.rejected > 0 {
            return "--strict: \(reconciliation.rejected) row(s) rejected (first: \(Self.first(result)))"
                + Self.encodingHint(result)
        }
        if reconciliation.rejectRate > maxRejectRate {
            return "\(reconciliation.rejected) of \(reconciliation.rowsRead) rows rejected "
                + "(\(NumberFormat.fixed(reconciliation.rejectRate * 100, decimals: 2)) %), "
                + "more than --max-reject-rate \(maxRejectRate) (first: \(Self.first(result)))"
                + Self.encodingHint(result)
        }
        return nil
    }

    private static func first(_ result: IngestResult) -> String {
        guard let reject = result.rejects.first else { return "none" }
        return "\(reject.file):\(reject.line): \(reject.reason.rawValue): \(reject.message)"
    }
}
