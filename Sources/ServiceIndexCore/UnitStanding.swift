/// A unit of the focus province, scored exactly as a province (SPEC §5).
public struct UnitStanding: Sendable, Equatable {
    public var key: UnitKey
    /// `unit_code`, when the unit is identified by one.
    public var code: String?
    /// The unit's name: for a coded unit its most frequent name.
    public var name: String?
    public var result: PopulationResult
    /// Nil when nothing of the unit is in scope: it is listed unranked.
    public var rank: Int?

    /// The unit's overdue dossiers in the period.
    public var overdue: Int64 { result.tally[.overdue] }
    /// The unit's dossiers at risk as of as-of (zero without as-of).
    public var atRisk: Int64 { result.tally[.atRisk] }
}

extension UnitStanding {
    /// Scores and ranks the focus province's units.
    ///
    /// Ranked units come first by rounded total descending (ties by `unit_code`, an empty code
    /// first, then name);
    /// units with nothing in scope follow, unranked, in the same key order.
    public static func rank(
        aggregate: DossierAggregate, period: Period, methodology: Methodology
    ) -> [UnitStanding] {
        let slot = aggregate.grid.slot(of: period)
        let units = aggregate.keptUnits.map { key, series in
            let code: String?
            let name: String?
            switch key {
            case .code(let value):
                code = value
                name = aggregate.displayName(ofUnitCode: value)
            case .name(let value):
                code = nil
                name = value
            case .unknown:
                code = nil
                name = UnitKey.unknownLabel
            }
            return UnitStanding(
                key: key, code: code, name: name,
                result: PopulationResult(series: series, slot: slot, methodology: methodology),
                rank: nil)
        }
        let inOrder: (UnitStanding, UnitStanding) -> Bool = { a, b in
            let ka = (a.code ?? "", a.name ?? "")
            let kb = (b.code ?? "", b.name ?? "")
            if ka.0 != kb.0 { return PrecedenceKey.codePointLess(ka.0, kb.0) }
            return PrecedenceKey.codePointLess(ka.1, kb.1)
        }
        let ranked = Ranking.ranked(
            units.filter(\.result.hasScope), total: \.result.scorecard.total, tiebreak: inOrder
        ).map { entry in
            var unit = entry.item
            unit.rank = entry.rank
            return unit
        }
        let unranked = units.filter { !$0.result.hasScope }
            .sorted(by: inOrder)
        return ranked + unranked
    }
}

/// A procedure of the focus province, for finding which procedures cost it points.
public struct ProcedureStanding: Sendable, Equatable {
    /// `procedure_code`, or "(unknown)".
    public var code: String
    public var tally: Tally

    public var inScope: Int64 { tally[.inScope] }
    public var overdue: Int64 { tally[.overdue] }
    /// (on time + open in time) / in scope with a due date; nil without a due date in scope.
    public var timeliness: MetricValue { Metric.timelinessRate.measure(tally) }
}

extension ProcedureStanding {
    /// The focus province's procedures with something in scope, by overdue descending, then code.
    public static func list(aggregate: DossierAggregate, period: Period) -> [ProcedureStanding] {
        let slot = aggregate.grid.slot(of: period)
        return aggregate.procedures.map { ProcedureStanding(code: $0.key, tally: $0.value.tally(at: slot)) }
            .filter { $0.inScope > 0 }
            .sorted { a, b in
                a.overdue != b.overdue ? a.overdue > b.overdue : PrecedenceKey.codePointLess(a.code, b.code)
            }
    }
}
