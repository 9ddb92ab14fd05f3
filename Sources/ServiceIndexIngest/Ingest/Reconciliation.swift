import ServiceIndexCore

/// Rows read = rows accepted + rejected + duplicates dropped (docs/methodology.md, Reconciliation).
public struct Reconciliation: Equatable, Sendable {
    /// Data rows (the header and blank lines excluded).
    public var rowsRead: Int = 0
    /// Distinct dossiers kept.
    public var accepted: Int = 0
    public var rejected: Int = 0
    /// Accepted rows whose dossier id was seen again: each counts once.
    public var duplicates: Int = 0

    public init() {}

    /// True when the four counts add up.
    public var isBalanced: Bool { rowsRead == accepted + rejected + duplicates }

    /// Rejected rows over rows read (0 when nothing was read).
    public var rejectRate: Double { rowsRead == 0 ? 0 : Double(rejected) / Double(rowsRead) }
}
