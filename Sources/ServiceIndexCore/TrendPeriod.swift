/// One period of the trend: its national ranking (computed provinces only, except for the
/// reported period, whose ranking is the report's own).
public struct TrendPeriod: Sendable, Equatable {
    public var period: Period
    public var ranking: [RankedProvince]

    /// The row of a province, when it was ranked.
    public func row(of province: ProvinceCode) -> RankedProvince? {
        ranking.first { $0.province.code == province }
    }

    /// The total of the province at a rank (the row in that position), when that many are ranked.
    public func total(atRank rank: Int) -> Double? {
        rank >= 1 && rank <= ranking.count ? ranking[rank - 1].total : nil
    }
}
