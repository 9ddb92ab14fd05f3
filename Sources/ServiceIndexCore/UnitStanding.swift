/// A unit of the focus province, scored exactly as a computed province from its exports only,
/// and ranked within its level (docs/methodology.md, Units and procedures).
public struct UnitStanding: Sendable, Equatable {
    public var key: UnitKey
    /// `unit_code`, when the unit is identified by one.
    public var code: String?
    /// The unit's name: for a coded unit its most frequent name.
    public var name: String?
    /// The level its dossiers state, else the one its name implies.
    public var level: UnitLevel
    public var result: PopulationResult
    /// Its rank within its level; nil when nothing of the unit is in scope: it is listed unranked.
    public var rank: Int?
    /// (N − rank) / (N − 1) × 100 among the N ranked units of its level (100 when N = 1).
    public var percentile: Double?
    /// Its same-size peers; nil when unranked.
    public var peers: UnitPeers?

    /// The unit's dossiers received in the period: what its size is measured by.
    public var received: Int64 { result.tally[.received] }
    /// The unit's overdue dossiers in the period.
    public var overdue: Int64 { result.tally[.overdue] }
    /// The unit's dossiers at risk as of as-of (zero without as-of).
    public var atRisk: Int64 { result.tally[.atRisk] }
}

extension UnitStanding {
    /// Scores the focus province's units and ranks them within their levels.
    ///
    /// Departments come first, then communes; within a level, ranked units by rounded total
    /// descending (ties by `unit_code`, an empty code first, then name), then the units with
    /// nothing in scope, unranked, in the same key order.
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
                level: aggregate.statedLevel(of: key) ?? UnitLevel(name: name ?? ""),
                result: PopulationResult(series: series, slot: slot, methodology: methodology))
        }
        let inOrder: (UnitStanding, UnitStanding) -> Bool = { a, b in
            let ka = (a.code ?? "", a.name ?? "")
            let kb = (b.code ?? "", b.name ?? "")
            if ka.0 != kb.0 { return PrecedenceKey.codePointLess(ka.0, kb.0) }
            return PrecedenceKey.codePointLess(ka.1, kb.1)
        }
        return UnitLevel.allCases.flatMap { level in
            let members = units.filter { $0.level == level }
            let entries = Ranking.ranked(
                members.filter(\.result.hasScope), total: \.result.scorecard.total, tiebreak: inOrder)
            var ranked = entries.map { entry in
                var unit = entry.item
                unit.rank = entry.rank
                unit.percentile = RankStatistics.percentile(rank: entry.rank, of: entries.count)
                return unit
            }
            let field = ranked
            for index in ranked.indices { ranked[index].peers = UnitPeers.of(ranked[index], among: field) }
            return ranked + members.filter { !$0.result.hasScope }.sorted(by: inOrder)
        }
    }
}
