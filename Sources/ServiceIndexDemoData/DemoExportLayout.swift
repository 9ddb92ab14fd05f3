/// The layout of the main (national) export files the generator writes.
///
/// ```swift
/// var options = DemoDataOptions(rows: 2_000_000, singleFile: true)
/// options.layout = .canonical   // canonical-all.csv: comma, English headers, ISO-style times
/// ```
public enum DemoExportLayout: String, Sendable, CaseIterable {
    /// The DVCQG sync format: semicolon, UTF-8 BOM, CRLF, DVCQG column names, codes as numbers,
    /// times as `yyyyMMddHHmmss` (`dvcqg-….csv`).
    case dvcqg
    /// The canonical column names: comma, no BOM, LF, 18 columns, codes as numbers, times as
    /// `yyyy-MM-dd HH:mm:ss`, Vietnamese unit names (`canonical-….csv`).
    case canonical

    /// The row layout of the files.
    var rowLayout: DemoLayout { self == .dvcqg ? .national : .canonical }

    /// The start of the file names.
    var filePrefix: String { self == .dvcqg ? "dvcqg" : "canonical" }
}
