/// Where the ranked units of one level stand: how many, and the median and P75 of their totals
/// (docs/methodology.md, Units and procedures).
public struct UnitLevelSummary: Sendable, Equatable {
    public var level: UnitLevel
    /// Ranked units of the level (something in scope).
    public var ranked: Int
    /// Units of the level with nothing in scope, listed unranked.
    public var unranked: Int
    public var median: Double?
    public var p75: Double?

    /// The summary of each level that has a unit, departments first.
    public static func of(_ units: [UnitStanding]) -> [UnitLevelSummary] {
        UnitLevel.allCases.compactMap { level in
            let members = units.filter { $0.level == level }
            guard !members.isEmpty else { return nil }
            let totals = members.filter { $0.rank != nil }.map(\.result.scorecard.total)
            return UnitLevelSummary(
                level: level, ranked: totals.count, unranked: members.count - totals.count,
                median: RankStatistics.quantile(totals, 0.5), p75: RankStatistics.quantile(totals, 0.75))
        }
    }
}
