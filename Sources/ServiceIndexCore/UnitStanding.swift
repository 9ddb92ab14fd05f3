/// A unit of the focus province, scored exactly as a province (docs/methodology.md, Units and procedures).
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
