/// One row of the national ranking.
public struct RankedProvince: Sendable, Equatable {
    /// Where the score comes from.
    public enum Source: String, Sendable {
        case computed
        case published
    }

    /// Nil for a province listed without a rank (a trend period that could not be ranked on one
    /// basis).
    public var rank: Int?
    public var province: Province
    public var source: Source
    /// Full-precision total.
    public var total: Double
    /// Group points by group code; nil where unknown (a published score without groups).
    public var groups: [String: Double]
    /// The points the total is out of (100 for a published total).
    public var basis: Double
    /// The part of a computed total taken from the published file; nil for a published total.
    public var publishedPoints: Double?
    /// (N − rank) / (N − 1) × 100 among the N ranked provinces (100 when N = 1).
    public var percentile: Double?
    public var previousRank: Int?

    /// Places gained since the previous period (positive: moved up).
    public var rankChange: Int? {
        guard let rank, let previousRank else { return nil }
        return previousRank - rank
    }
}

/// The provinces a ranking would put on different bases, and what each computed one lacks
/// (docs/methodology.md, One basis).
public struct MixedBasis: Error, Sendable, Equatable {
    public struct Shortfall: Sendable, Equatable {
        public var province: Province
        public var basis: Double
        /// The indicators without points, in methodology order.
        public var lacking: [Indicator]
    }

    /// The computed provinces short of the full basis, by code.
    public var shortfalls: [Shortfall]
    /// The basis the others are on (100).
    public var fullBasis: Double
    /// The rows as they are, unranked, by province code.
    public var rows: [RankedProvince]
}

extension RankedProvince {
    /// Ranks the computed provinces and the published ones on one basis (docs/methodology.md,
    /// One basis).
    ///
    /// Provinces with at least one in-scope dossier are computed; every other province takes its
    /// published total. When any province to be ranked is out of the portal's 100 points, every
    /// one must be; otherwise each is ranked on the basis it states (exports only). Ties (equal
    /// totals at 2 decimals) share a rank and are listed by province code.
    /// - Throws: `MixedBasis` when a computed province lacks points the others have.
    public static func rank(
        computed: [ProvinceCode: PopulationResult], published: PublishedScores, methodology: Methodology,
        previousRanks: [ProvinceCode: Int], registry: ProvinceRegistry = .standard
    ) throws(MixedBasis) -> [RankedProvince] {
        var rows: [RankedProvince] = []
        for province in registry.provinces {
            let previous = previousRanks[province.code]
            if let result = computed[province.code], result.hasScope {
                var groups: [String: Double] = [:]
                for group in Methodology.groupCodes { groups[group] = result.scorecard.groupTotal(group) }
                rows.append(
                    RankedProvince(
                        rank: nil, province: province, source: .computed, total: result.scorecard.total,
                        groups: groups, basis: result.scorecard.basis,
                        publishedPoints: result.scorecard.publishedPoints, previousRank: previous))
            } else if let given = published.provinces[province.code],
                let row = publishedRow(province, given, methodology: methodology, previousRank: previous)
            {
                rows.append(row)
            }
        }
        let full = Methodology.portalPoints
        let isFull = { (row: RankedProvince) in Rounding.cents(row.basis) == Rounding.cents(full) }
        if rows.contains(where: isFull) {
            let short = rows.filter { !isFull($0) }
            if !short.isEmpty {
                throw MixedBasis(
                    shortfalls: short.map { row in
                        MixedBasis.Shortfall(
                            province: row.province, basis: row.basis,
                            lacking: computed[row.province.code]?.scorecard.gaps.map(\.indicator) ?? [])
                    }, fullBasis: full, rows: rows)
            }
        }
        let ranked = Ranking.ranked(rows, total: \.total) { $0.province.code < $1.province.code }
        return ranked.map { entry in
            var row = entry.item
            row.rank = entry.rank
            row.percentile = RankStatistics.percentile(rank: entry.rank, of: ranked.count)
            return row
        }
    }

    /// A province scored by the portal alone: its published total, else the sum of its six
    /// groups (each published, or the sum of all its published indicators); nil when the file
    /// gives neither.
    static func publishedRow(
        _ province: Province, _ given: PublishedScores.Province, methodology: Methodology, previousRank: Int?
    ) -> RankedProvince? {
        var groups: [String: Double] = [:]
        for group in Methodology.groupCodes {
            if let value = given.groups[group] {
                groups[group] = value.points
                continue
            }
            let members = methodology.indicators(inGroup: group)
            let points = members.compactMap { given.indicators[$0.id]?.points }
            if !members.isEmpty, points.count == members.count { groups[group] = points.reduce(0, +) }
        }
        // A group of one indicator (tdgq, dvctt) is published as that indicator's row; a group
        // the file does not give is the sum of its indicators when it gives all of them.
        let total: Double
        if let published = given.total {
            total = published.points
        } else if Methodology.groupCodes.allSatisfy({ groups[$0] != nil }) {
            total = Methodology.groupCodes.reduce(0) { $0 + groups[$1]! }
        } else {
            return nil
        }
        return RankedProvince(
            rank: nil, province: province, source: .published, total: total, groups: groups,
            basis: Methodology.portalPoints, publishedPoints: nil, previousRank: previousRank)
    }
}

extension MixedBasis: CustomStringConvertible {
    /// Names each province short of the full basis and the indicators it needs, e.g. "Đắk Lắk
    /// (66) is scored on 62 of 100 points from its exports; the published scores are out of 100.
    /// Give its published points for ckmb.publish_on_time, …".
    public var description: String {
        let full = NumberFormat.compact(fullBasis)
        let lines = shortfalls.map { shortfall in
            let basis = NumberFormat.compact(shortfall.basis)
            let head = "\(shortfall.province.name) (\(shortfall.province.code)) is scored on \(basis) of \(full) points"
            guard !shortfall.lacking.isEmpty else {
                return head + "; the methodology's indicators add up to \(basis), not \(full)."
            }
            let from =
                shortfall.lacking.count == shortfall.lacking.filter { $0.source == .published }.count
                ? " from its exports" : ""
            return head + from + "; the published scores are out of \(full). Give its published points for "
                + shortfall.lacking.map(\.id).joined(separator: ", ") + "."
        }
        return lines.joined(separator: "\n")
            + "\nTotals out of different points are not ranked together (docs/methodology.md, One basis)."
    }
}
