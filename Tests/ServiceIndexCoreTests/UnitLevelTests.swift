import ServiceIndexCore
import Testing

/// Units by level (docs/methodology.md, Units and procedures): the name rule, the column over
/// the name, ranks, median, P75 and percentile within each level, and same-size peers.
@Suite struct UnitLevelTests {
    @Test(
        "a name starting with UBND xã, phường or đặc khu is a commune, in any case, with or without diacritics",
        arguments: [
            ("UBND xã Ea Kao", UnitLevel.commune), ("UBND Phường Tân Lập", .commune), ("ubnd phuong 1", .commune),
            ("UBND XÃ KRÔNG PẮC", .commune), ("UBND đặc khu Phú Quý", .commune), ("UBND Dac Khu Con Co", .commune),
            ("UBND  xã\tHòa Thắng", .commune),
            // NFD, as some exports write it.
            ("UBND xã Cư M'gar".decomposedStringWithCanonicalMapping, .commune),
            ("Văn phòng UBND tỉnh", .department), ("UBND tỉnh Đắk Lắk", .department), ("Sở Tư pháp", .department),
            ("Công an tỉnh", .department), ("Xã Ea Kao", .department), ("UBND", .department),
            ("UBND xãEa", .department), ("", .department),
        ])
    func nameRule(_ name: String, _ level: UnitLevel) {
        #expect(UnitLevel(name: name) == level, "\(name)")
    }

    /// A Q3 dossier of unit `code`, named `name`, received on day `day`, settled on time unless `late`.
    private func unitDossier(
        _ id: String, _ code: String, _ name: String, level: UnitLevel? = nil, late: Bool = false
    ) -> Dossier {
        var item = dossier(
            id, received: "2025-07-05 08:00", due: "2025-07-20 17:00",
            finished: late ? "2025-07-25 08:00" : "2025-07-18 08:00")
        item.unitCode = code
        item.unitName = name
        item.unitLevel = level
        return item
    }

    private func units(_ dossiers: [Dossier]) -> [UnitStanding] {
        var aggregate = DossierAggregate(focus: ProvinceCode(66))
        for item in dossiers { aggregate.add(item, weight: 1) }
        return UnitStanding.rank(aggregate: aggregate, period: q3, methodology: .qd766)
    }

    @Test func theColumnOverridesTheNameAndItsMostFrequentValueWins() {
        let result = units([
            // Named like a commune, stated a department twice and a commune once.
            unitDossier("a1", "A", "UBND xã Ea Kao", level: .department),
            unitDossier("a2", "A", "UBND xã Ea Kao", level: .department),
            unitDossier("a3", "A", "UBND xã Ea Kao", level: .commune),
            // Named like a department, stated a commune.
            unitDossier("b1", "B", "Sở Tư pháp", level: .commune),
            // A tie between the two: department.
            unitDossier("c1", "C", "UBND phường 1", level: .commune),
            unitDossier("c2", "C", "UBND phường 1", level: .department),
            // No statement: the name decides.
            unitDossier("d1", "D", "UBND phường 2"),
        ])
        let levels = Dictionary(uniqueKeysWithValues: result.map { ($0.code!, $0.level) })
        #expect(levels == ["A": .department, "B": .commune, "C": .department, "D": .commune])
        // Departments first.
        #expect(result.map(\.level) == [.department, .department, .commune, .commune])
    }

    @Test func unitsAreRankedWithinTheirLevelWithPercentilesAndTies() {
        // Departments: D1 10 on time (62.00), D2 and D3 tied (half late), D4 all late.
        // Communes: one, C1: rank 1 of 1, percentile 100.
        var dossiers: [Dossier] = []
        for index in 0..<10 {
            dossiers.append(unitDossier("d1-\(index)", "D1", "Sở A"))
            dossiers.append(unitDossier("d2-\(index)", "D2", "Sở B", late: index < 5))
            dossiers.append(unitDossier("d3-\(index)", "D3", "Sở C", late: index < 5))
            dossiers.append(unitDossier("d4-\(index)", "D4", "Sở D", late: true))
            dossiers.append(unitDossier("c1-\(index)", "C1", "UBND xã E", late: true))
        }
        let result = units(dossiers)
        let departments = result.filter { $0.level == .department }
        #expect(departments.map(\.code) == ["D1", "D2", "D3", "D4"])
        #expect(departments.map(\.rank) == [1, 2, 2, 4])
        // (N − rank) / (N − 1) × 100, N = 4: the tie shares 66.67.
        #expect(departments.map { $0.percentile.map { Rounding.cents($0) } } == [10_000, 6_667, 6_667, 0])
        let commune = result.filter { $0.level == .commune }
        #expect(commune.map(\.rank) == [1] && commune[0].percentile == 100)
        // D1: 62; D2, D3: timeliness 10 and dossier satisfaction 6 × 0.5 / 0.9 lower; D4: 20 + 6 lower.
        let summary = UnitLevelSummary.of(result)
        #expect(summary.map(\.level) == [.department, .commune] && summary[0].ranked == 4)
        let totals = departments.map(\.result.scorecard.total).sorted()
        #expect(summary[0].median == (totals[1] + totals[2]) / 2)
        #expect(summary[0].p75 == totals[2] + (totals[3] - totals[2]) * 0.25)
    }

    @Test func medianAndP75InterpolateBetweenClosestRanks() {
        #expect(RankStatistics.quantile([40, 10, 30, 20], 0.5) == 25)
        #expect(RankStatistics.quantile([40, 10, 30, 20], 0.75) == 32.5)
        #expect(RankStatistics.quantile([7], 0.75) == 7)
        #expect(RankStatistics.quantile([], 0.5) == nil)
        #expect(RankStatistics.percentile(rank: 1, of: 1) == 100)
    }

    @Test func peersAreTheUnitsOfItsLevelWithin80To120PercentOfItsReceivedCount() {
        #expect(UnitPeers.isPeer(own: 10, peer: 8) && UnitPeers.isPeer(own: 10, peer: 12))
        #expect(!UnitPeers.isPeer(own: 10, peer: 7) && !UnitPeers.isPeer(own: 10, peer: 13))
        #expect(UnitPeers.isPeer(own: 0, peer: 0) && !UnitPeers.isPeer(own: 0, peer: 1))
        // Received 10 (A), 8 (B, exactly 80 %), 12 (C, exactly 120 %), 7 (D), 13 (E); F a commune of 10.
        var dossiers: [Dossier] = []
        for (code, count, late) in [("A", 10, 5), ("B", 8, 0), ("C", 12, 0), ("D", 7, 0), ("E", 13, 0)] {
            for index in 0..<count {
                dossiers.append(unitDossier("\(code)\(index)", code, "Sở \(code)", late: index < late))
            }
        }
        for index in 0..<10 { dossiers.append(unitDossier("F\(index)", "F", "UBND xã F")) }
        let result = units(dossiers)
        let a = result.first { $0.code == "A" }!
        // B and C are A's peers, not D or E, nor the commune F; A is behind both (all on time).
        #expect(a.received == 10 && a.peers?.count == 2 && a.peers?.rank == 3)
        let full = result.first { $0.code == "B" }!.result.scorecard.total
        #expect(a.peers?.medianTotal == full)
        #expect(Rounding.cents(a.gapToPeers!) == Rounding.cents(full - a.result.scorecard.total))
        #expect(UnitStanding.weakestAgainstPeers(result, level: .department, limit: 3).map(\.code) == ["A"])
        // E (13): peers within 10.4…15.6 received: C (12) only.
        #expect(result.first { $0.code == "E" }!.peers?.count == 1)
        #expect(result.first { $0.code == "F" }!.peers?.count == 0)
    }
}
