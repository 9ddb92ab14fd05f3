import ServiceIndexCore

/// `trend.csv`: the ranking of every period of the trend, oldest period first, then by rank as in
/// `rankings.csv`; the rows of the reported period are those of `rankings.csv`. A period whose
/// totals were on different bases lists its computed provinces, by code, with no rank. `coverage`
/// says whether the period is partial (docs/methodology.md, Trend).
public enum TrendTable {
    public static let header =
        ["period", "rank", "province_code", "province_name", "source", "total"] + Methodology.groupCodes
        + ["basis", "published_points", "coverage"]

    public static func make(_ report: PeriodReport) -> CSVTable {
        CSVTable(
            header: header,
            rows: report.trend.flatMap { entry in
                entry.ranking.map { row in
                    [
                        .text(entry.period.description), .integer(row.rank), .text(row.province.code.description),
                        .text(row.province.name), .text(row.source.rawValue), .decimal(row.total, decimals: 2),
                    ]
                        + Methodology.groupCodes.map { .decimal(row.groups[$0], decimals: 2) }
                        + [
                            .decimal(row.basis, decimals: 2), .decimal(row.publishedPoints, decimals: 2),
                            .text(entry.coverage.rawValue),
                        ]
                }
            })
    }
}
