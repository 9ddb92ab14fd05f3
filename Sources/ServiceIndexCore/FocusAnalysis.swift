/// What the focus province needs to reach the target rank (SPEC §5).
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

    /// In a period cut at as-of: the at-risk dossiers and the total if they all turned overdue.
    public var atRisk: AtRiskOutlook?

    /// True when the focus province already holds the target rank or better.
    public var isInsideTarget: Bool { (standing?.rank).map { $0 <= targetRank } ?? false }
}

/// One indicator of the focus province's gap analysis.
public struct IndicatorGap: Sendable, Equatable {
    public var score: IndicatorScore
    /// Dossiers in the denominator that could still move into the numerator (overdue dossiers
    /// for timeliness and dossier satisfaction); nil when not measured.
    public var movable: Int64?
    /// The smallest number of dossiers that closes the gap by this indicator alone; nil when it
    /// cannot (see `closesAlone`) or when no gap is to be closed.
    public var additionalDossiers: Int64?
    /// False when even every movable dossier would not close the gap; nil when no gap is to be
    /// closed or the indicator is not measured.
    public var closesAlone: Bool?
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
        standing = ranking.first { $0.province.code == province.code }
        let others = ranking.filter { $0.province.code != province.code }
        var needed: Int64? = nil
        if let standing {
            if standing.rank <= targetRank {
                // The first province ranked outside the target (a tie at the target rank is inside).
                reference = others.first { $0.rank > targetRank }
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
        let total = standing?.total ?? 0
        indicators = (result?.scorecard.scores ?? []).map { score in
            IndicatorGap(score: score, tally: result!.tally, total: total, targetCents: needed)
        }
    }
}

extension IndicatorGap {
    /// Works out how many dossiers close the gap by one indicator alone.
    ///
    /// The smallest k in 1…movable such that the total, with this indicator re-scored after k
    /// dossiers moved into its numerator (k overdue dossiers settled on time, for the
    /// composite), rounds to at least `targetCents`. Points rise with k, so a binary search
    /// finds it.
    init(score: IndicatorScore, tally: Tally, total: Double, targetCents: Int64?) {
        self.score = score
        let metric = score.indicator.metric
        guard score.value.status == .ok else {
            movable = score.value.status == .empty ? 0 : nil
            additionalDossiers = nil
            closesAlone = targetCents == nil || score.value.status == .notMeasured ? nil : false
            return
        }
        let numerator = score.value.numerator ?? 0
        let denominator = score.value.denominator ?? 0
        let available = metric.isRatio ? denominator - numerator : tally[.overdue]
        movable = available
        guard let targetCents else {
            additionalDossiers = nil
            closesAlone = nil
            return
        }
        let others = total - score.points
        func reaches(_ k: Int64) -> Bool {
            let rate =
                metric.isRatio
                ? Double(numerator + k) / Double(denominator)
                : Metric.dossierSatisfaction(
                    overdue: tally[.overdue] - k, withDue: tally[.withDue],
                    complained: tally[.complained], ended: tally[.ended])
            let points = Methodology.points(rate: rate, of: score.indicator)
            return Rounding.cents(others + points) >= targetCents
        }
        guard available > 0, reaches(available) else {
            additionalDossiers = nil
            closesAlone = false
            return
        }
        var low: Int64 = 1
        var high = available
        while low < high {
            let mid = low + (high - low) / 2
            if reaches(mid) { high = mid } else { low = mid + 1 }
        }
        additionalDossiers = low
        closesAlone = true
    }
}
