import Foundation
import ServiceIndexCore

/// Writes realistic synthetic dossier exports for all 34 provinces (docs/methodology.md, Demo data).
///
/// Per quarter it writes a national file in the DVCQG sync style (`dvcqg-2025-Q3.csv`:
/// semicolon, UTF-8 BOM, CRLF, `yyyyMMddHHmmss` times) and a provincial export for Đắk Lắk
/// (`dak-lak-2025-Q3.csv`: comma, LF, Vietnamese headers, `dd/MM/yyyy` times) that overlaps it.
/// The data crosses the July 2025 merger (rows received before it carry pre-merger province
/// codes), mixes NFC and NFD text, quotes commas, semicolons and newlines, holds blank lines,
/// dossiers carried over between quarters, and two columns of fake applicant data (name and ID
/// number) that the tool must ignore. A few bad rows, each with exactly one problem, and
/// duplicate dossier ids are planted and counted in the summary and in `manifest.json`.
///
/// The output is a pure function of the options: the same seed gives the same bytes.
///
/// ```swift
/// let summary = try DemoDataGenerator.generate(into: "demo-data", options: DemoDataOptions(rows: 10_000))
/// summary.rows                          // 10000
/// summary.plantedRejects["bad_status"]  // 2
/// ```
public enum DemoDataGenerator {
    /// Writes the exports into `directory` (created if missing) and a `manifest.json` with the
    /// summary, the seed and the quarters.
    ///
    /// Files of the same names are overwritten; other files in the directory are left alone.
    ///
    /// - Parameters:
    ///   - directory: the output directory.
    ///   - options: seed, quarters, number of rows, single-file mode.
    /// - Returns: what was written and planted.
    /// - Throws: `DemoDataError` for a negative row count, no quarter, or a file that cannot be
    ///   created or written.
    /// - Complexity: O(rows) time; memory does not grow with the number of rows.
    public static func generate(into directory: String, options: DemoDataOptions) throws -> DemoDataSummary {
        guard options.rows >= 0 else {
            throw DemoDataError("rows: expected a count of 0 or more, found '\(options.rows)'")
        }
        let quarters = Array(Set(options.quarters)).sorted()
        guard !quarters.isEmpty else { throw DemoDataError("quarters: expected at least one quarter") }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw DemoDataError("cannot create directory '\(directory)': \(error.localizedDescription)")
        }

        let run = try DemoRun(directory: directory, quarters: quarters, options: options)
        try run.run()

        var rejects: [String: Int] = [:]
        for reason in DemoPlantedReject.allCases where run.plantedRejects[reason.rawValue] > 0 {
            rejects[reason.code] = run.plantedRejects[reason.rawValue]
        }
        let summary = DemoDataSummary(
            files: run.files.map(\.name), rows: run.goodRows + run.badRows,
            plantedRejects: rejects, plantedDuplicates: run.duplicates)
        let manifest = summary.manifestJSON(seed: options.seed, quarters: quarters)
        let path = (directory.hasSuffix("/") ? directory : directory + "/") + "manifest.json"
        guard FileManager.default.createFile(atPath: path, contents: Data(manifest.utf8)) else {
            throw DemoDataError("cannot create '\(path)'")
        }
        return summary
    }
}
