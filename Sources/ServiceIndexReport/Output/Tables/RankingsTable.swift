import ServiceIndexCore

/// `rankings.csv`: the national ranking on one basis (docs/methodology.md, One basis).
public enum RankingsTable {
    public static let header =
        [
            "rank", "province_code", "province_name", "source", "total",
        ] + Methodology.groupCodes + ["basis", "published_points", "percentile", "previous_rank", "rank_change"]

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
                        .decimal(row.basis, decimals: 2), .decimal(row.publishedPoints, decimals: 2),
                        .decimal(row.percentile, decimals: 2), .integer(row.previousRank),
                        .integer(row.rankChange),
                    ]
            })
    }
}
