/// What is still to play for in a period cut at as-of: the dossiers at risk, and the total if
/// every one of them turned overdue (each moves from open in time to overdue, in timeliness and
/// dossier satisfaction, all else as at as-of).
public struct AtRiskOutlook: Sendable, Equatable {
    /// Dossiers open in time as of as-of whose effective due comes before the calendar end.
    public var dossiers: Int64
    /// The scorecard if every at-risk dossier turned overdue.
    public var scorecardIfOverdue: Scorecard

    public init(result: PopulationResult, methodology: Methodology, published: PublishedScores.Province?) {
        dossiers = result.tally[.atRisk]
        var tally = result.tally
        tally[.openInTime] -= dossiers
        tally[.overdue] += dossiers
        tally[.uncomplainedInTime] -= tally[.atRiskUncomplained]
        scorecardIfOverdue = methodology.score(tally, published: published)
    }
}
