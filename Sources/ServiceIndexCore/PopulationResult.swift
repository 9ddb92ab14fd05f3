/// A scored population of one period: a province, or a unit of the focus province.
public struct PopulationResult: Sendable, Equatable {
    public var tally: Tally
    public var scorecard: Scorecard
    public var processing: ProcessingTime

    /// The result of one slot of the series (`PeriodGrid.slot(of:)`).
    public init(series: TallySeries, slot: Int, methodology: Methodology) {
        tally = series.tally(at: slot)
        scorecard = methodology.score(tally)
        processing = ProcessingTime(
            histogram: series.processingHistogram(at: slot),
            totalSeconds: tally[.processingSeconds])
    }

    /// True when at least one dossier is in scope: only such populations are scored from data.
    public var hasScope: Bool { tally[.inScope] > 0 }
}
