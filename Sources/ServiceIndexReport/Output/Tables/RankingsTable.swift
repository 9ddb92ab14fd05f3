import ServiceIndexCore

/// `rankings.csv`: the national ranking (SPEC §7).
public enum RankingsTable {
    public static let header =
        [
            "rank", "province_code", "province_name", "source", "total",
        ] + Methodology.groupCodes + ["measured_max", "previous_rank", "rank_change"]

    public static func make(_ report: PeriodReport) -> CSVTable {
        CSVTable(
            header: header,
            rows: report.ranking.map { row in
                [
                    .integer(row.rank), .text(row.province.code.description), .text(row.province.name),
                    .text(row.source.rawValue), .decimal(row.total, decimals: 2),
                ]
                    + Methodology.groupCodes.map { .decimal(row.groups[$0], decimals: 2) }
                    + [
                        .decimal(row.measuredMax, decimals: 2), .integer(row.previousRank),
                        .integer(row.rankChange),
                    ]
            })
    }
}

/// `indicators.csv`: one row per computed province × indicator.
public enum IndicatorsTable {
    public static let header = [
        "province_code", "indicator", "group", "numerator", "denominator", "rate", "points", "max", "status",
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
            .text(code), .text(score.indicator.id), .text(score.indicator.group),
            .count(score.value.numerator), .count(score.value.denominator),
            .rate(score.value.rate), .decimal(score.points, decimals: 2),
            .decimal(score.indicator.maxPoints, decimals: 2), .text(score.value.status.rawValue),
        ]
    }
}
