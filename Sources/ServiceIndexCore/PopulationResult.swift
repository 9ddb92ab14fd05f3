/// A scored population of one quarter: a province, or a unit of the focus province.
public struct PopulationResult: Sendable, Equatable {
    public var tally: Tally
    public var scorecard: Scorecard
    public var processing: ProcessingTime

    public init(series: TallySeries, quarter: Quarter, methodology: Methodology) {
        tally = series.tally(at: quarter.index)
        scorecard = methodology.score(tally)
        processing = ProcessingTime(
            histogram: series.processingHistogram(at: quarter.index),
            totalSeconds: tally[.processingSeconds])
    }

    /// True when at least one dossier is in scope: only such populations are scored from data.
    public var hasScope: Bool { tally[.inScope] > 0 }
}
