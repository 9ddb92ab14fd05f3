/// Everything one pass over the dossiers accumulates: a tally series per province and, for the
/// focus province, per unit and per procedure, plus the names seen for each unit code.
///
/// Aggregates are exact and mergeable: workers fill their own and `merge` adds them up, and a
/// dossier added with weight −1 is removed exactly (docs/architecture.md, Mergeable aggregates). A removed dossier can leave an
/// entry whose counts are all zero behind (a unit seen only on a superseded record); such
/// entries mean nothing: readers and `==` look at counts, so the order in which records
/// arrived never shows.
public struct DossierAggregate: Sendable, Equatable {
    /// The province whose units and procedures are tallied.
    public let focus: ProvinceCode
    /// Series by province code number (0…99).
    private var provinceSlots = [TallySeries](repeating: TallySeries(), count: 100)
    /// Which slots a dossier reached (an empty series allocates nothing until it counts).
    private var provinceSeen = [Bool](repeating: false, count: 100)
    public private(set) var units: [UnitKey: TallySeries] = [:]
    public private(set) var procedures: [String: TallySeries] = [:]
    /// For each unit code of the focus province: the names written with it, and how often.
    public private(set) var unitNames: [String: [String: Int64]] = [:]
    /// Kept dossiers of the focus province (any status) by unit.
    private var unitDossiers: [UnitKey: Int64] = [:]
    /// For each unit of the focus province: the levels its dossiers state (`unit_level`), and how often.
    private var unitLevels: [UnitKey: [UnitLevel: Int64]] = [:]
    /// The slots every series counts in: periods of the report's kind, cut at as-of.
    public let grid: PeriodGrid
    /// Kept dossiers (any status) by the slot of their `received_at`.
    private var receivedSlots = TallySeries()
    /// The latest `received_at` or end time of any record added (superseded duplicates included).
    public private(set) var latestTimestamp: Instant?

    public init(focus: ProvinceCode, grid: PeriodGrid = .quarters) {
        self.focus = focus
        self.grid = grid
    }

    /// Adds (`weight` 1) or removes (`weight` −1) one dossier.
    public mutating func add(_ dossier: Dossier, weight: Int64) {
        let received = grid.slot(containing: dossier.receivedAt)
        // Counted in its slot only: the difference +w there, −w after.
        receivedSlots.add(.received, at: received, amount: weight)
        if weight > 0 {
            let latest = max(dossier.receivedAt, dossier.endTime ?? dossier.receivedAt)
            if latestTimestamp.map({ $0 < latest }) ?? true { latestTimestamp = latest }
        }
        let slot = Int(dossier.province.value)
        provinceSeen[slot] = true
        provinceSlots[slot].add(dossier, weight: weight, grid: grid)
        guard dossier.province == focus else { return }
        let unit = UnitKey(dossier)
        unitDossiers[unit, default: 0] += weight
        units[unit, default: TallySeries()].add(dossier, weight: weight, grid: grid, tracksProcessingTime: false)
        if case .code(let code) = unit, let name = dossier.unitName {
            unitNames[code, default: [:]][name, default: 0] += weight
        }
        if let level = dossier.unitLevel { unitLevels[unit, default: [:]][level, default: 0] += weight }
        procedures[dossier.procedureCode ?? UnitKey.unknownLabel, default: TallySeries()]
            .add(dossier, weight: weight, grid: grid, tracksProcessingTime: false)
    }

    /// Adds another aggregate of the same focus province.
    public mutating func merge(_ other: DossierAggregate) {
        precondition(other.focus == focus, "merging aggregates of different focus provinces")
        precondition(other.grid == grid, "merging aggregates of different period grids")
        if let theirs = other.latestTimestamp, latestTimestamp.map({ $0 < theirs }) ?? true {
            latestTimestamp = theirs
        }
        for slot in other.provinceSlots.indices where other.provinceSeen[slot] {
            provinceSeen[slot] = true
            provinceSlots[slot].merge(other.provinceSlots[slot])
        }
        for (key, series) in other.units { units[key, default: TallySeries()].merge(series) }
        for (key, series) in other.procedures { procedures[key, default: TallySeries()].merge(series) }
        receivedSlots.merge(other.receivedSlots)
        for (unit, count) in other.unitDossiers { unitDossiers[unit, default: 0] += count }
        for (code, names) in other.unitNames {
            for (name, count) in names { unitNames[code, default: [:]][name, default: 0] += count }
        }
        for (unit, levels) in other.unitLevels {
            for (level, count) in levels { unitLevels[unit, default: [:]][level, default: 0] += count }
        }
    }

    /// The series of every province that has one, by code.
    public var provinces: [ProvinceCode: TallySeries] {
        var result: [ProvinceCode: TallySeries] = [:]
        for slot in provinceSlots.indices where provinceSeen[slot] {
            result[ProvinceCode(UInt8(slot))] = provinceSlots[slot]
        }
        return result
    }

    /// The focus province's units that hold at least one kept dossier (of any status).
    public var keptUnits: [UnitKey: TallySeries] {
        units.filter { (unitDossiers[$0.key] ?? 0) > 0 }
    }

    /// Equal counts: entries whose counts are all zero are the same as no entry.
    public static func == (lhs: DossierAggregate, rhs: DossierAggregate) -> Bool {
        func sameSeries<Key: Hashable>(_ a: [Key: TallySeries], _ b: [Key: TallySeries]) -> Bool {
            Set(a.keys).union(b.keys).allSatisfy { (a[$0] ?? TallySeries()) == (b[$0] ?? TallySeries()) }
        }
        func sameCounts<Key: Hashable>(_ a: [Key: Int64], _ b: [Key: Int64]) -> Bool {
            a.filter { $0.value != 0 } == b.filter { $0.value != 0 }
        }
        return lhs.focus == rhs.focus && lhs.grid == rhs.grid && lhs.provinceSlots == rhs.provinceSlots
            && sameSeries(lhs.units, rhs.units) && sameSeries(lhs.procedures, rhs.procedures)
            && lhs.receivedSlots == rhs.receivedSlots && sameCounts(lhs.unitDossiers, rhs.unitDossiers)
            && Set(lhs.unitNames.keys).union(rhs.unitNames.keys).allSatisfy {
                sameCounts(lhs.unitNames[$0] ?? [:], rhs.unitNames[$0] ?? [:])
            }
            && Set(lhs.unitLevels.keys).union(rhs.unitLevels.keys).allSatisfy {
                sameCounts(lhs.unitLevels[$0] ?? [:], rhs.unitLevels[$0] ?? [:])
            }
    }

    /// The period of the latest `received_at` among kept dossiers: the default period.
    public var latestPeriod: Period? {
        receivedSlots.quartersWithCounts(.received).max().map(grid.period(ofSlot:))
    }

    /// The first period in which some kept dossier counted in metrics (status ∉ {1, 3}) is
    /// received, in any province: where the trend starts.
    public var firstReceivedPeriod: Period? {
        provinces.values.compactMap { $0.quartersWithCounts(.received).min() }.min().map(grid.period(ofSlot:))
    }

    /// The level a unit's dossiers state most often (ties: department); nil when none states one.
    public func statedLevel(of unit: UnitKey) -> UnitLevel? {
        let levels = (unitLevels[unit] ?? [:]).filter { $0.value > 0 }
        return levels.max { a, b in a.value != b.value ? a.value < b.value : b.key < a.key }?.key
    }

    /// The name shown for a coded unit: its most frequent name, ties to the smallest.
    public func displayName(ofUnitCode code: String) -> String? {
        let names = (unitNames[code] ?? [:]).filter { $0.value > 0 }
        return names.max { a, b in
            a.value != b.value ? a.value < b.value : PrecedenceKey.codePointLess(b.key, a.key)
        }?.key
    }
}
