/// DVCQG `TrangThaiHoSo`, 1…10.
public enum DossierStatus: UInt8, Sendable, Comparable, CaseIterable {
    case newlyRegistered = 1
    case accepted = 2
    case notAccepted = 3
    case processing = 4
    case supplementRequested = 5
    case financialObligationRequested = 6
    case withdrawn = 7
    case stopped = 8
    case processingFinished = 9
    case resultReturned = 10

    /// Status 1 and 3 dossiers reconcile but count in no metric (docs/methodology.md, Metrics).
    public var countsInMetrics: Bool { self != .newlyRegistered && self != .notAccepted }

    public static func < (lhs: DossierStatus, rhs: DossierStatus) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
