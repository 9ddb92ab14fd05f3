import ServiceIndexCore

/// `focus.csv`: the focus province's gap analysis in the points of the ranking's basis, one row
/// per indicator plus a total row with its rank, basis, target and standing among the ranked
/// provinces (docs/methodology.md, Gap analysis).
public enum FocusTable {
    public static let header = [
        "indicator", "group", "source", "status", "numerator", "denominator", "rate", "points", "max", "headroom",
        "movable", "additional_dossiers", "note", "rank", "basis", "target_rank", "points_to_target", "median",
        "p75", "percentile", "period", "end", "at_risk", "points_if_at_risk_overdue",
    ]

    public static func make(_ report: PeriodReport) -> CSVTable {
        let focus = report.focus
        let period: [Cell] = [.text(report.period.description), .text(report.end.description)]
        let ifOverdue = focus.atRisk?.scorecardIfOverdue
        let standingColumns = 7  // rank … percentile, on the total row only
        var rows: [[Cell]] = focus.indicators.enumerated().map { position, gap in
            let score = gap.score
            return [
                .text(score.indicator.id), .text(score.indicator.group), .text(IndicatorsTable.source(score)),
                .text(score.value.status.rawValue), .count(score.value.numerator), .count(score.value.denominator),
                .rate(score.value.rate), .decimal(score.points, decimals: 2),
                .decimal(score.indicator.maxPoints, decimals: 2), .decimal(score.headroom, decimals: 2),
                .count(gap.movable), .count(gap.additionalDossiers), .text(GapWording.english(gap, focus: focus)),
            ] + Array(repeating: .empty, count: standingColumns) + period
                + [.empty, .decimal(ifOverdue?.scores[position].points, decimals: 2)]
        }
        let standing = focus.standing
        rows.append(
            [
                .text("total"), .empty, .text(standing?.source.rawValue ?? "unranked"), .empty, .empty, .empty,
                .empty, .decimal(standing?.total, decimals: 2), .decimal(standing?.basis, decimals: 2),
                .decimal(standing.map { $0.basis - $0.total }, decimals: 2), .empty, .empty,
                .text(GapWording.englishHeadline(report)), .integer(standing?.rank),
                .decimal(standing?.basis, decimals: 2),
                .integer(focus.targetRank), .decimal(focus.pointsToTarget, decimals: 2),
                .decimal(focus.median, decimals: 2), .decimal(focus.p75, decimals: 2),
                .decimal(focus.percentile, decimals: 2),
            ] + period + [.integer(focus.atRisk?.dossiers), .decimal(ifOverdue?.total, decimals: 2)])
        return CSVTable(header: header, rows: rows)
    }
}
