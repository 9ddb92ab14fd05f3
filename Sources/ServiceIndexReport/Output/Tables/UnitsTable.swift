import ServiceIndexCore

/// `units.csv`: the focus province's units by level, departments first, each scored from its
/// exports and ranked within its level, with its percentile and its same-size peers
/// (docs/methodology.md, Units and procedures).
public enum UnitsTable {
    public static let header =
        ["unit_code", "unit_name", "level", "total"] + Methodology.groupCodes
        + [
            "basis", "rank", "percentile", "peers", "peer_median_total", "peer_rank", "received", "in_scope",
            "overdue", "at_risk", "full_online", "service_level_known", "full_online_rate",
        ]

    public static func make(_ report: PeriodReport) -> CSVTable {
        CSVTable(
            header: header,
            rows: report.units.map { unit in
                let card = unit.result.scorecard
                let tally = unit.result.tally
                let scored = unit.rank != nil
                let fullOnline = Metric.fullOnlineRate.measure(tally)
                return [.text(unit.code ?? ""), .text(unit.name ?? ""), .text(unit.level.rawValue)]
                    + [.decimal(scored ? card.total : nil, decimals: 2)]
                    + Methodology.groupCodes.map { .decimal(scored ? card.groupTotal($0) : nil, decimals: 2) }
                    + [
                        .decimal(scored ? card.basis : nil, decimals: 2), .integer(unit.rank),
                        .decimal(unit.percentile, decimals: 2), .integer(unit.peers?.count),
                        .decimal(unit.peers?.medianTotal, decimals: 2), .integer(unit.peers?.rank),
                        .count(unit.received), .count(tally[.inScope]), .count(unit.overdue), .count(unit.atRisk),
                        .count(tally[.fullOnline]), .count(tally[.serviceLevelKnown]),
                        .rate(fullOnline.status == .ok ? fullOnline.rate : nil),
                    ]
            })
    }
}
