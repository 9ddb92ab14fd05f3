import ServiceIndexCore

/// The gap analysis in plain English words, for `focus.csv` and the command line's summary
/// (docs/methodology.md, Gap analysis). The notes share their words with `report.html`.
public enum GapWording {
    /// The note of one indicator row: the English words of its `GapNote`, numbers as the CSV
    /// writes them.
    public static func english(_ gap: IndicatorGap, focus: FocusAnalysis) -> String {
        HTMLStrings.en.words(
            for: GapNote(gap), targetRank: focus.targetRank, integer: { String($0) },
            decimal: { NumberFormat.fixed($0, decimals: 2) })
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
            "\(focus.province.name), \(englishPeriod(report)): rank \(standing.rank!) of \(ranked) ranked, \(NumberFormat.fixed(standing.total, decimals: 2)) of \(NumberFormat.compact(standing.basis)) points"
        if let points = focus.pointsToTarget, let reference = focus.reference {
            if focus.isInsideTarget {
                text +=
                    "; leads \(reference.province.name) (first outside the top \(focus.targetRank)) by \(NumberFormat.fixed(points, decimals: 2))"
            } else {
                text +=
                    "; needs \(NumberFormat.fixed(points, decimals: 2)) more points to pass \(reference.province.name) (rank \(reference.rank!)) and reach rank \(focus.targetRank)"
            }
        }
        return text
    }
}
