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
