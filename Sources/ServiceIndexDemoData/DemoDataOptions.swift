import ServiceIndexCore

/// What `DemoDataGenerator` writes: the seed, the quarters covered and the number of rows.
///
/// ```swift
/// var options = DemoDataOptions()          // seed 766, 2024-Q4 to 2025-Q3, 120,000 rows
/// options.rows = 5_000_000
/// options.singleFile = true                // one semicolon DVCQG file, for benchmarks
/// ```
public struct DemoDataOptions: Sendable {
    /// The seed of the pseudo-random numbers: the same seed gives the same bytes.
    public var seed: UInt64
    /// The quarters whose exports are written (sorted and de-duplicated when used).
    public var quarters: [Period]
    /// The number of data rows written over all files, bad rows and duplicates included.
    public var rows: Int
    /// Whether to write everything into one big semicolon DVCQG file instead of per-quarter
    /// national and provincial exports.
    public var singleFile: Bool
    /// The layout of the national files: DVCQG by default, or the canonical column names.
    public var layout: DemoExportLayout

    /// The quarters written by default: a year up to and across the July 2025 merger, so that the
    /// demo report has a trend.
    public static let defaultQuarters: [Period] = [
        Period.quarter(year: 2024, 4)!, Period.quarter(year: 2025, 1)!, Period.quarter(year: 2025, 2)!,
        Period.quarter(year: 2025, 3)!,
    ]

    /// Creates options.
    ///
    /// - Parameters:
    ///   - seed: the seed, 766 by default.
    ///   - quarters: the quarters covered, 2024-Q4 to 2025-Q3 by default.
    ///   - rows: the total number of data rows, 120,000 by default.
    ///   - singleFile: one big file instead of the per-quarter exports.
    ///   - layout: the layout of the national files, DVCQG by default.
    public init(
        seed: UInt64 = 766, quarters: [Period] = DemoDataOptions.defaultQuarters,
        rows: Int = 120_000, singleFile: Bool = false, layout: DemoExportLayout = .dvcqg
    ) {
        self.seed = seed
        self.quarters = quarters
        self.rows = rows
        self.singleFile = singleFile
        self.layout = layout
    }
}
