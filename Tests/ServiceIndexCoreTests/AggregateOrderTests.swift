import ServiceIndexCore
import Testing

/// A record that is added and later replaced by a more advanced one of the same dossier must
/// leave no trace: the aggregate, and the units listed, are as if it had never been seen.
@Suite struct AggregateOrderTests {
    static func record(unit: String, finished: String?) -> Dossier {
        var item = dossier(
            "H15-1", status: finished == nil ? .processing : .processingFinished,
            received: "2025-07-05 08:00", due: "2025-07-20 17:00", finished: finished)
        item.unitCode = unit
        item.unitName = "Đơn vị \(unit)"
        item.procedureCode = "P-\(unit)"
        return item
    }

    @Test func aSupersededRecordLeavesNoUnitBehind() {
        let older = Self.record(unit: "X", finished: nil)
        let newer = Self.record(unit: "Y", finished: "2025-07-10 08:00")
        #expect(older.isSuperseded(by: newer))
        // Seen older first: added, then subtracted when the newer one arrives.
        var first = DossierAggregate(focus: ProvinceCode(66))
        first.add(older, weight: 1)
        first.add(older, weight: -1)
        first.add(newer, weight: 1)
        // Seen newer first: the older one is a duplicate and never counted.
        var second = DossierAggregate(focus: ProvinceCode(66))
        second.add(newer, weight: 1)
        #expect(first == second)
        let units = UnitStanding.rank(aggregate: first, period: q3, methodology: .qd766)
        #expect(units.map(\.code) == ["Y"])
        #expect(units == UnitStanding.rank(aggregate: second, period: q3, methodology: .qd766))
        #expect(ProcedureStanding.list(aggregate: first, period: q3).map(\.code) == ["P-Y"])
        #expect(first.displayName(ofUnitCode: "X") == nil)
    }

    @Test func aUnitWithOnlyStatusOneDossiersIsStillListedUnranked() {
        var aggregate = DossierAggregate(focus: ProvinceCode(66))
        var registered = Self.record(unit: "Z", finished: nil)
        registered.status = .newlyRegistered
        aggregate.add(registered, weight: 1)
        let units = UnitStanding.rank(aggregate: aggregate, period: q3, methodology: .qd766)
        #expect(units.map(\.code) == ["Z"])
        #expect(units.first?.rank == nil)
    }
}
