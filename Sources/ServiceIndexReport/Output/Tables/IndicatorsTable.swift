import ServiceIndexCore

/// `indicators.csv`: one row per computed province × indicator.
public enum IndicatorsTable {
    public static let header = [
        "province_code", "indicator", "group", "source", "numerator", "denominator", "rate", "points", "max", "status",
    ]

    public static func make(_ report: PeriodReport) -> CSVTable {
        var rows: [[Cell]] = []
        for code in report.provinces.keys.sorted() {
            for score in report.provinces[code]!.scorecard.scores {
                rows.append(row(code: code.description, score))
            }
        }
        return CSVTable(header: header, rows: rows)
    }

    static func row(code: String, _ score: IndicatorScore) -> [Cell] {
        [
            .text(code), .text(score.indicator.id), .text(score.indicator.group), .text(source(score)),
            .count(score.value.numerator), .count(score.value.denominator),
            .rate(score.value.rate), .decimal(score.points, decimals: 2),
            .decimal(score.indicator.maxPoints, decimals: 2), .text(score.value.status.rawValue),
        ]
    }

    /// Where the points came from: `published` for a published or missing indicator, else `exports`.
    static func source(_ score: IndicatorScore) -> String {
        score.value.status == .published || score.value.status == .missing ? "published" : "exports"
    }
}
