/// One indicator of the focus province's gap analysis.
public struct IndicatorGap: Sendable, Equatable {
    public var score: IndicatorScore
    /// Dossiers in the denominator that could still move into the numerator; nil when the
    /// indicator is not scored from the exports.
    public var movable: Int64?
    /// The smallest number of dossiers that closes the gap by this indicator alone; nil when it
    /// cannot (see `closesAlone`) or when no gap is to be closed.
    public var additionalDossiers: Int64?
    /// False when even every movable dossier would not close the gap; nil when no gap is to be
    /// closed or the indicator is not scored from the exports.
    public var closesAlone: Bool?
}

extension IndicatorGap {
    /// Works out how many dossiers close the gap by one indicator alone.
    ///
    /// The smallest k in 1…movable such that the total, with this indicator re-scored after k
    /// dossiers of its denominator moved into its numerator, rounds to at least `targetCents`.
    /// Points rise with k, so a binary search finds it. Only indicators scored from the exports
    /// can move: a published one depends on what dossiers do not carry.
    init(score: IndicatorScore, total: Double, targetCents: Int64?) {
        self.score = score
        guard score.value.status == .ok, let numerator = score.value.numerator,
            let denominator = score.value.denominator
        else {
            // Empty: nothing in the denominator to move. Published: dossiers cannot move it.
            movable = score.value.status == .empty ? 0 : nil
            additionalDossiers = nil
            closesAlone =
                targetCents == nil || !score.value.status.hasPoints || score.value.status == .published ? nil : false
            return
        }
        let available = denominator - numerator
        movable = available
        guard let targetCents else {
            additionalDossiers = nil
            closesAlone = nil
            return
        }
        let others = total - score.points
        func reaches(_ k: Int64) -> Bool {
            let points = Methodology.points(rate: Double(numerator + k) / Double(denominator), of: score.indicator)
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
