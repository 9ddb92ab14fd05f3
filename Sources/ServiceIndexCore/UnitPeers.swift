/// A unit against the units of its level of about its size (docs/methodology.md, Units and
/// procedures): the ranked units whose received count is within 80–120 % of its own
/// (4 × own ≤ 5 × peer ≤ 6 × own), itself left out.
public struct UnitPeers: Sendable, Equatable {
    /// How many peers it has.
    public var count: Int
    /// The median of their full-precision totals; nil without peers.
    public var medianTotal: Double?
    /// Its competition rank among its peers and itself (1 without peers).
    public var rank: Int

    /// Whether a unit that received `peer` dossiers is a same-size peer of one that received `own`.
    ///
    /// ```swift
    /// UnitPeers.isPeer(own: 10, peer: 8)    // true: exactly 80 %
    /// UnitPeers.isPeer(own: 10, peer: 13)   // false
    /// ```
    public static func isPeer(own: Int64, peer: Int64) -> Bool { 4 * own <= 5 * peer && 5 * peer <= 6 * own }

    /// The peers of `unit` among `ranked`, the ranked units of its level (itself included).
    static func of(_ unit: UnitStanding, among ranked: [UnitStanding]) -> UnitPeers {
        let own = unit.received
        let peers = ranked.filter { $0.key != unit.key && isPeer(own: own, peer: $0.received) }
        let totals = peers.map(\.result.scorecard.total)
        let mine = Rounding.cents(unit.result.scorecard.total)
        return UnitPeers(
            count: peers.count, medianTotal: RankStatistics.quantile(totals, 0.5),
            rank: 1 + totals.filter { Rounding.cents($0) > mine }.count)
    }
}

extension UnitStanding {
    /// Points below the median of its same-size peers (positive: behind them); nil without peers.
    public var gapToPeers: Double? {
        guard let median = peers?.medianTotal else { return nil }
        return median - result.scorecard.total
    }

    /// The units of a level furthest behind their same-size peers, worst first (ties in the
    /// report's order): whom the headline names.
    public static func weakestAgainstPeers(_ units: [UnitStanding], level: UnitLevel, limit: Int) -> [UnitStanding] {
        let behind = units.enumerated().compactMap { index, unit -> (Int, Int64, UnitStanding)? in
            guard unit.level == level, let gap = unit.gapToPeers, Rounding.cents(gap) > 0 else { return nil }
            return (index, Rounding.cents(gap), unit)
        }
        return behind.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(limit).map(\.2)
    }
}
