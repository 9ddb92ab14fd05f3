/// One period of the trend: its national ranking, computed provinces with the published rows of
/// that period; for the reported period, the report's own ranking.
public struct TrendPeriod: Sendable, Equatable {
    /// Whether the period holds as many dossiers as the others (docs/methodology.md, Trend).
    public enum Coverage: String, Sendable {
        case full
        /// Fewer dossiers received than half the median over the trend's periods: typically
        /// the period before the first export, which holds only the dossiers still open then.
        case partial
    }

    public var period: Period
    /// Dossiers received in the period, all provinces (status not 1 or 3).
    public var received: Int64
    public var coverage: Coverage = .full
    /// Ranked rows by rank; when the period could not be ranked on one basis, its computed
    /// provinces by code with their basis and no rank.
    public var ranking: [RankedProvince]

    public init(period: Period, received: Int64, ranking: [RankedProvince]) {
        self.period = period
        self.received = received
        self.ranking = ranking
    }

    /// Marks each period partial when fewer dossiers were received in it than half the median of
    /// that count over all of them (linear interpolation between the middle two).
    public static func markingCoverage(_ periods: [TrendPeriod]) -> [TrendPeriod] {
        guard let median = RankStatistics.quantile(periods.map { Double($0.received) }, 0.5) else { return periods }
        return periods.map { entry in
            var marked = entry
            marked.coverage = 2 * Double(entry.received) < median ? .partial : .full
            return marked
        }
    }

    /// False when the period's totals were on different bases, so nothing was ranked.
    public var isRanked: Bool { ranking.allSatisfy { $0.rank != nil } }

    /// The row of a province, when it was scored.
    public func row(of province: ProvinceCode) -> RankedProvince? {
        ranking.first { $0.province.code == province }
    }

    /// The total of the province at a rank (the row in that position), when that many are ranked.
    public func total(atRank rank: Int) -> Double? {
        isRanked && rank >= 1 && rank <= ranking.count ? ranking[rank - 1].total : nil
    }
}
