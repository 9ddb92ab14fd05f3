/// Processing time of the dossiers ended in a quarter, in days (docs/methodology.md, Processing time).
///
/// The mean is exact (from the sum of seconds); the median and the 90th percentile are exact to
/// the hour: nearest-rank percentiles over times truncated to whole hours.
public struct ProcessingTime: Equatable, Sendable {
    public var count: Int64
    public var meanDays: Double?
    public var medianDays: Double?
    public var p90Days: Double?

    /// Summarises an hour histogram and the exact sum of seconds.
    public init(histogram: [Int64: Int64], totalSeconds: Int64) {
        let buckets = histogram.filter { $0.value > 0 }.sorted { $0.key < $1.key }
        count = buckets.reduce(0) { $0 + $1.value }
        guard count > 0 else { return }
        meanDays = Double(totalSeconds) / Double(count) / 86_400
        medianDays = Self.percentile(0.5, of: buckets, count: count).map { Double($0) / 24 }
        p90Days = Self.percentile(0.9, of: buckets, count: count).map { Double($0) / 24 }
    }

    /// The smallest value with at least ⌈p·n⌉ values at or below it.
    static func percentile(_ p: Double, of buckets: [(key: Int64, value: Int64)], count: Int64) -> Int64? {
        let rank = max(1, Int64((p * Double(count)).rounded(.up)))
        var seen: Int64 = 0
        for bucket in buckets {
            seen += bucket.value
            if seen >= rank { return bucket.key }
        }
        return buckets.last?.key
    }
}
