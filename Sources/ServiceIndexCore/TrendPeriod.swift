/// One period of the trend: its national ranking, computed provinces with the published rows of
/// that period; for the reported period, the report's own ranking.
public struct TrendPeriod: Sendable, Equatable {
    public var period: Period
    /// Ranked rows by rank; when the period could not be ranked on one basis, its computed
    /// provinces by code with their basis and no rank.
    public var ranking: [RankedProvince]

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
