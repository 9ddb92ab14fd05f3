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

    /// The headline of the total row.
    public static func englishHeadline(_ report: QuarterReport) -> String {
        let focus = report.focus
        guard let standing = focus.standing else {
            return "\(focus.province.name) has no score this quarter (no in-scope dossier and no published score)"
        }
        let ranked = report.ranking.count
        var text =
            "\(focus.province.name): rank \(standing.rank) of \(ranked) ranked, \(NumberFormat.fixed(standing.total, decimals: 2)) points"
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
