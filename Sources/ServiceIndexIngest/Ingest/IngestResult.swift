import ServiceIndexCore

/// The outcome of reading every input.
public struct IngestResult: Sendable {
    public var aggregate: DossierAggregate
    /// Sorted by file, then line.
    public var rejects: [Reject]
    public var reconciliation: Reconciliation
    /// Sorted by path.
    public var inputs: [InputSummary]

    /// Rejects counted by reason.
    public var rejectsByReason: [RejectReason: Int] {
        rejects.reduce(into: [:]) { $0[$1.reason, default: 0] += 1 }
    }
}
