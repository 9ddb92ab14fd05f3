/// Where a total stands among the ranked totals of its field: the median, P75 and percentile of
/// the gap analysis and of the units' levels (docs/methodology.md, Gap analysis).
///
/// Quantiles interpolate linearly between the closest ranks: with the n values in ascending
/// order, quantile q sits at position (n − 1) × q. A percentile is (N − rank) / (N − 1) × 100
/// for a standard competition rank among N ranked entries, and 100 when N = 1.
///
/// ```swift
/// RankStatistics.quantile([10, 20, 30, 40], 0.5)    // 25
/// RankStatistics.quantile([10, 20, 30, 40], 0.75)   // 32.5
/// RankStatistics.percentile(rank: 2, of: 5)         // 75
/// ```
public enum RankStatistics {
    /// The q-quantile of the values by linear interpolation; nil when there are none.
    ///
    /// - Parameters:
    ///   - values: full-precision totals, in any order.
    ///   - q: the quantile, in [0, 1]: 0.5 for the median, 0.75 for P75.
    /// - Returns: the interpolated value, at full precision.
    public static func quantile(_ values: [Double], _ q: Double) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let position = Double(sorted.count - 1) * q
        let lower = Int(position.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        let fraction = position - Double(lower)
        return sorted[lower] + (sorted[upper] - sorted[lower]) * fraction
    }

    /// The percentile of a rank among `count` ranked entries, in [0, 100].
    ///
    /// Entries that tie share a rank and so a percentile. 100 when `count` is 1.
    public static func percentile(rank: Int, of count: Int) -> Double {
        guard count > 1 else { return 100 }
        return Double(count - rank) / Double(count - 1) * 100
    }
}
