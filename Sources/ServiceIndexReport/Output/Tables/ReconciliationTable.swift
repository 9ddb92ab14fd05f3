import ServiceIndexCore

/// `reconciliation.csv`: each computed province's exports indicators beside what the portal
/// published for them, and the differences, computed − published (docs/methodology.md,
/// Reconciliation with the portal).
public enum ReconciliationTable {
    public static let header = [
        "province_code", "indicator", "computed_numerator", "computed_denominator", "computed_points",
        "published_numerator", "published_denominator", "published_points", "points_difference",
        "numerator_difference", "denominator_difference",
    ]

    public static func make(_ report: PeriodReport) -> CSVTable {
        var rows: [[Cell]] = []
        for code in report.provinces.keys.sorted() {
            for line in PortalReconciliation.lines(of: report.provinces[code]!.scorecard) {
                rows.append(
                    [
                        .text(code.description), .text(line.indicator.id), .count(line.computed.numerator),
                        .count(line.computed.denominator), .decimal(line.computedPoints, decimals: 2),
                        .count(line.published.numerator), .count(line.published.denominator),
                        .decimal(line.published.points, decimals: 2), .decimal(line.pointsDifference, decimals: 2),
                        .count(line.numeratorDifference), .count(line.denominatorDifference),
                    ])
            }
        }
        return CSVTable(header: header, rows: rows)
    }
}
