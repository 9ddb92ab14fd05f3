import ServiceIndexCore

/// `units.csv`: the focus province's units, scored and ranked as provinces are.
public enum UnitsTable {
    public static let header =
        ["unit_code", "unit_name", "total"] + Methodology.groupCodes
        + ["basis", "rank", "in_scope", "overdue", "at_risk"]

    public static func make(_ report: PeriodReport) -> CSVTable {
        CSVTable(
            header: header,
            rows: report.units.map { unit in
                let card = unit.result.scorecard
                let scored = unit.rank != nil
                return [.text(unit.code ?? ""), .text(unit.name ?? "")]
                    + [.decimal(scored ? card.total : nil, decimals: 2)]
                    + Methodology.groupCodes.map { .decimal(scored ? card.groupTotal($0) : nil, decimals: 2) }
                    + [
                        .decimal(scored ? card.basis : nil, decimals: 2), .integer(unit.rank),
                        .count(unit.result.tally[.inScope]), .count(unit.overdue), .count(unit.atRisk),
                    ]
            })
    }
}
