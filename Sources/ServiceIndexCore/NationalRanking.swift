/// One row of the national ranking.
public struct RankedProvince: Sendable, Equatable {
    /// Where the score comes from.
    public enum Source: String, Sendable {
        case computed
        case published
    }

    public var rank: Int
    public var province: Province
    public var source: Source
    /// Full-precision total.
    public var total: Double
    /// Group points by group code; nil where unknown (a published score without groups).
    public var groups: [String: Double]
    /// The measured maximum (computed scores only).
    public var measuredMax: Double?
    public var previousRank: Int?

    /// Places gained since the previous quarter (positive: moved up).
    public var rankChange: Int? { previousRank.map { $0 - rank } }
}

extension RankedProvince {
    /// Ranks computed provinces and, for the rest, published peer scores (docs/methodology.md, Ranking; Peer scores).
    ///
    /// Provinces with at least one in-scope dossier are scored from the dossiers; every other
    /// province with a peer score takes it. Ties (equal totals at 2 decimals) share a rank and
    /// are listed by province code.
    public static func rank(
        computed: [ProvinceCode: PopulationResult], peers: [PeerScore],
        previousRanks: [ProvinceCode: Int], registry: ProvinceRegistry = .standard
    ) -> [RankedProvince] {
        var rows: [RankedProvince] = []
        for province in registry.provinces {
            if let result = computed[province.code], result.hasScope {
                var groups: [String: Double] = [:]
                for group in Methodology.groupCodes {
                    groups[group] = result.scorecard.groupTotal(group)
                }
                rows.append(
                    RankedProvince(
                        rank: 0, province: province, source: .computed, total: result.scorecard.total,
                        groups: groups, measuredMax: result.scorecard.measuredMax,
                        previousRank: previousRanks[province.code]))
            } else if let peer = peers.first(where: { $0.province == province.code }) {
                rows.append(
                    RankedProvince(
                        rank: 0, province: province, source: .published, total: peer.total,
                        groups: peer.groups, measuredMax: nil,
                        previousRank: previousRanks[province.code]))
            }
        }
        return Ranking.ranked(rows, total: \.total) { $0.province.code < $1.province.code }
            .map { entry in
                var row = entry.item
                row.rank = entry.rank
                return row
            }
    }
}
