import Foundation
import ServiceIndexCore

/// Earlier runs' outputs kept beside the output directory (`reports/2025-Q2/` beside
/// `reports/2025-Q3/`), read for the rank change.
public enum ReportHistory {
    /// `<parent of out>/<previous period>/rankings.csv` (`reports/2025-08/` for `2025-09`), when
    /// an earlier run left it there; the path is given relative to the working directory as
    /// `out` is.
    public static func previousRankings(beside outDirectory: String, period: Period) -> String? {
        let parent = URL(fileURLWithPath: outDirectory).standardizedFileURL.deletingLastPathComponent()
        let candidate = parent.appendingPathComponent(period.previous.description)
            .appendingPathComponent("rankings.csv").path
        guard FileManager.default.fileExists(atPath: candidate) else { return nil }
        let relative = (outDirectory as NSString).deletingLastPathComponent
        return (relative.isEmpty ? "" : relative + "/") + period.previous.description + "/rankings.csv"
    }
}
