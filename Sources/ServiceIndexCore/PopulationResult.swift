/// A scored population of one period: a province, or a unit of the focus province.
public struct PopulationResult: Sendable, Equatable {
    public var tally: Tally
    public var scorecard: Scorecard
    public var processing: ProcessingTime

    /// The result of one slot of the series (`PeriodGrid.slot(of:)`), with the population's
    /// published figures for that period when it is a province that has some.
    public init(
        series: TallySeries, slot: Int, methodology: Methodology, published: PublishedScores.Province? = nil
    ) {
        tally = series.tally(at: slot)
        scorecard = methodology.score(tally, published: published)
        processing = ProcessingTime(
            histogram: series.processingHistogram(at: slot),
            totalSeconds: tally[.processingSeconds])
    }

    /// True when at least one dossier is in scope: only such populations are scored from data.
    public var hasScope: Bool { tally[.inScope] > 0 }
}
