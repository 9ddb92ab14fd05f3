import ServiceIndexCore

/// `focus.csv`: the focus province's gap analysis, one row per indicator plus a total row.
public enum FocusTable {
    public static let header = [
        "indicator", "group", "status", "numerator", "denominator", "rate", "points", "max", "headroom",
        "movable", "additional_dossiers", "note", "rank", "target_rank", "points_to_target", "period", "end",
        "at_risk", "points_if_at_risk_overdue",
    ]

    public static func make(_ report: PeriodReport) -> CSVTable {
        let focus = report.focus
        let period: [Cell] = [.text(report.period.description), .text(report.end.description)]
        let ifOverdue = focus.atRisk?.scorecardIfOverdue
        var rows: [[Cell]] = focus.indicators.enumerated().map { position, gap in
            let score = gap.score
            return [
                .text(score.indicator.id), .text(score.indicator.group), .text(score.value.status.rawValue),
                .count(score.value.numerator), .count(score.value.denominator),
                .rate(score.value.rate), .decimal(score.points, decimals: 2),
                .decimal(score.indicator.maxPoints, decimals: 2), .decimal(score.headroom, decimals: 2),
                .count(gap.movable), .count(gap.additionalDossiers), .text(GapWording.english(gap, focus: focus)),
                .empty, .empty, .empty,
            ] + period + [.empty, .decimal(ifOverdue?.scores[position].points, decimals: 2)]
        }
        let standing = focus.standing
        rows.append(
            [
                .text("total"), .empty, .text(standing?.source.rawValue ?? "unranked"), .empty, .empty, .empty,
                .decimal(standing?.total, decimals: 2), .decimal(report.methodology.maxPoints, decimals: 2),
                .decimal(standing.map { report.methodology.maxPoints - $0.total }, decimals: 2),
                .empty, .empty, .text(GapWording.englishHeadline(report)),
                .integer(standing?.rank), .integer(focus.targetRank), .decimal(focus.pointsToTarget, decimals: 2),
            ] + period + [.integer(focus.atRisk?.dossiers), .decimal(ifOverdue?.total, decimals: 2)])
        return CSVTable(header: header, rows: rows)
    }
}

/// The gap analysis in plain English words (the HTML report has its own, localised).
public enum GapWording {
    /// What moving dossiers into a metric's numerator means, e.g. "settled on time".
    public static func action(_ metric: Metric) -> String {
        switch metric {
        case .timelinessRate: "settled on time"
        case .dossierSatisfaction: "settled on time instead of overdue"
        case .onlineRate: "submitted online instead of directly"
        case .paidOnlineRate: "paid online"
        case .eResultRate: "issued with an electronic result"
        case .digitizedRate: "with digitised components"
        case .reuseRate: "reusing existing data"
        case .syncRate: "synced to DVCQG"
        case .satisfactionRate: "rated satisfied or very satisfied"
        }
    }

    /// The note of one indicator row.
    public static func english(_ gap: IndicatorGap, focus: FocusAnalysis) -> String {
        switch gap.score.value.status {
        case .notMeasured: return "not measured: the exports hold no values for it"
        case .empty: return "no dossier in its denominator: scores its maximum"
        case .ok: break
        }
        if gap.score.headroom <= 0 { return "at maximum" }
        if let k = gap.additionalDossiers {
            return
                "\(k) more dossier\(k == 1 ? "" : "s") \(action(gap.score.indicator.metric)) would reach rank \(focus.targetRank)"
        }
        if gap.closesAlone == false { return "cannot close alone" }
        return "headroom \(NumberFormat.fixed(gap.score.headroom, decimals: 2)) points"
    }

    /// The period and the end the report used, e.g. "2025-Q3 up to 2025-08-15T00:00:00+07:00
    /// (as-of)".
    public static func englishPeriod(_ report: PeriodReport) -> String {
        if let asOf = report.asOf { return "\(report.period) up to \(asOf) (as-of)" }
        return "\(report.period) up to \(report.period.end) (calendar end)"
    }

    /// The warning for a period still running, judged against its calendar end.
    public static func runningNotice(_ report: PeriodReport, latest: Instant) -> String {
        "\(report.period) is still running (the data ends at \(latest)): open dossiers are judged against its "
            + "calendar end \(report.period.end); pass --as-of DATETIME (e.g. --as-of "
            + "\(CivilDate(localSeconds: latest.localSeconds + 86_400))) to judge them against that moment"
    }

    /// The headline of the total row.
    public static func englishHeadline(_ report: PeriodReport) -> String {
        let focus = report.focus
        guard let standing = focus.standing else {
            return
                "\(focus.province.name) has no score in \(englishPeriod(report)) (no in-scope dossier and no published score)"
        }
        let ranked = report.ranking.count
        var text =
            "\(focus.province.name), \(englishPeriod(report)): rank \(standing.rank) of \(ranked) ranked, \(NumberFormat.fixed(standing.total, decimals: 2)) points"
        if let points = focus.pointsToTarget, let reference = focus.reference {
            if focus.isInsideTarget {
                text +=
                    "; leads \(reference.province.name) (first outside the top \(focus.targetRank)) by \(NumberFormat.fixed(points, decimals: 2))"
            } else {
                text +=
                    "; needs \(NumberFormat.fixed(points, decimals: 2)) more points to pass \(reference.province.name) (rank \(reference.rank)) and reach rank \(focus.targetRank)"
            }
        }
        return text
    }
}
