import ServiceIndexCSV
import ServiceIndexCore

/// Settings of a read.
public struct IngestOptions: Sendable {
    /// Overrides delimiter detection.
    public var delimiter: UInt8?
    /// The province of files without a province column (`--province`).
    public var fallbackProvince: ProvinceCode?
    /// The province whose units and procedures are tallied.
    public var focus: ProvinceCode
    /// The periods dossiers are counted in (the report's kind, cut at as-of).
    public var grid: PeriodGrid
    /// Fields longer than this many bytes are rejected as `field_too_long`.
    public var maxFieldBytes: Int
    /// The character encoding of the inputs (`--encoding`).
    public var encoding: EncodingChoice
    /// Worker threads; the result does not depend on it.
    public var jobs: Int
    /// Files of this many bytes or more are read in ranges by several workers.
    public var splitBytes: Int64

    public init(
        delimiter: UInt8? = nil, fallbackProvince: ProvinceCode? = nil,
        focus: ProvinceCode = ProvinceRegistry.defaultFocus, grid: PeriodGrid = .quarters,
        maxFieldBytes: Int = 1 << 16, encoding: EncodingChoice = .auto, jobs: Int = 1,
        splitBytes: Int64 = 16 << 20
    ) {
        self.encoding = encoding
        self.delimiter = delimiter
        self.fallbackProvince = fallbackProvince
        self.focus = focus
        self.grid = grid
        self.maxFieldBytes = maxFieldBytes
        self.jobs = max(1, jobs)
        self.splitBytes = max(1, splitBytes)
    }
}
