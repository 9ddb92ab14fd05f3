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

/// What was read from one input file.
public struct InputSummary: Equatable, Sendable {
    public var path: String
    public var bytes: Int64
    /// Lower-case hex SHA-256 of the file's bytes.
    public var sha256: String
    public var rows: Int
    /// `,`, `;` or TAB.
    public var delimiter: UInt8
    /// Header names the tool does not read, as written.
    public var unknownColumns: [String]
}

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

/// Settings of a read.
public struct IngestOptions: Sendable {
    /// Overrides delimiter detection.
    public var delimiter: UInt8?
    /// The province of files without a province column (`--province`).
    public var fallbackProvince: ProvinceCode?
    /// The province whose units and procedures are tallied.
    public var focus: ProvinceCode
    /// Fields longer than this many bytes are rejected as `field_too_long`.
    public var maxFieldBytes: Int
    /// Worker threads; the result does not depend on it.
    public var jobs: Int
    /// Files of this many bytes or more are read in ranges by several workers.
    public var splitBytes: Int64

    public init(
        delimiter: UInt8? = nil, fallbackProvince: ProvinceCode? = nil,
        focus: ProvinceCode = ProvinceRegistry.defaultFocus,
        maxFieldBytes: Int = 1 << 16, jobs: Int = 1, splitBytes: Int64 = 16 << 20
    ) {
        self.delimiter = delimiter
        self.fallbackProvince = fallbackProvince
        self.focus = focus
        self.maxFieldBytes = maxFieldBytes
        self.jobs = max(1, jobs)
        self.splitBytes = max(1, splitBytes)
    }
}
