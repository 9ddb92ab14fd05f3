/// What the focus province needs to reach the target rank (docs/methodology.md, Gap analysis).
public struct FocusAnalysis: Sendable, Equatable {
    public var province: Province
    public var targetRank: Int
    /// The focus province's row of the ranking; nil when it has no score.
    public var standing: RankedProvince?
    /// Points the focus province needs to reach the target rank (positive), or the lead it holds
    /// over the first province outside it (when it is already inside); nil when undefined.
    public var pointsToTarget: Double?
    /// The province now at the target rank (when the focus is outside), or the first province
    /// outside it (when the focus is inside).
    public var reference: RankedProvince?
    /// Per indicator: points, headroom and the dossiers that would close the gap alone.
    public var indicators: [IndicatorGap]
    /// The median and P75 of the ranked totals (docs/methodology.md, Gap analysis).
    public var median: Double?
    public var p75: Double?

    /// In a period cut at as-of: the at-risk dossiers and the total if they all turned overdue.
    public var atRisk: AtRiskOutlook?

    /// True when the focus province already holds the target rank or better.
    public var isInsideTarget: Bool { (standing?.rank).map { $0 <= targetRank } ?? false }

    /// The focus province's percentile among the ranked provinces.
    public var percentile: Double? { standing?.percentile }
}

extension FocusAnalysis {
    /// Analyses the focus province against the target rank.
    ///
    /// - Parameters:
    ///   - ranking: the national ranking.
    ///   - result: the focus province's computed result, when it was scored from dossiers.
    public init(
        province: Province, targetRank: Int, ranking: [RankedProvince], result: PopulationResult?
    ) {
        self.province = province
        self.targetRank = targetRank
        standing = ranking.first { $0.province.code == province.code && $0.rank != nil }
        let ranked = ranking.filter { $0.rank != nil }
        let others = ranked.filter { $0.province.code != province.code }
        var needed: Int64? = nil
        if let standing, let rank = standing.rank {
            if rank <= targetRank {
                // The first province ranked outside the target (a tie at the target rank is inside).
                reference = others.first { $0.rank! > targetRank }
                pointsToTarget = reference.map {
                    Double(Rounding.cents(standing.total) - Rounding.cents($0.total)) / 100
                }
            } else {
                reference = others[targetRank - 1]
                let target = Rounding.cents(reference!.total) + 1
                needed = target
                pointsToTarget = Double(target - Rounding.cents(standing.total)) / 100
            }
        } else {
            reference = nil
            pointsToTarget = nil
        }
        let totals = ranked.map(\.total)
        median = RankStatistics.quantile(totals, 0.5)
        p75 = RankStatistics.quantile(totals, 0.75)
        let total = standing?.total ?? 0
        indicators = (result?.scorecard.scores ?? []).map { score in
            IndicatorGap(score: score, total: total, targetCents: needed)
        }
    }
}
