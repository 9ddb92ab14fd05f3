import ServiceIndexCore
import Testing

/// A dossier waiting for a supplement (status 5, no end time), received 2025-08-01, due
/// 2025-09-10 17:00, its supplement requested 2025-08-10 09:00, in a Q3 cut at as-of.
private let waitingDossier = dossier(
    status: .supplementRequested, received: "2025-08-01 08:00", due: "2025-09-10 17:00", supplements: 1,
    requested: "2025-08-10 09:00")

/// As-of between the request and the due: settled at the request, within its due, so on time;
/// nothing is left open, so it is neither open in time nor at risk, and it never ended.
@Test func aWaitingDossierWithAsOfBetweenTheRequestAndTheDueIsOnTime() {
    let counts = tally([waitingDossier], in: q3, grid: PeriodGrid(cutting: q3, at: at("2025-08-15 00:00")))
    #expect(counts[.inScope] == 1)
    #expect(counts[.onTime] == 1)
    #expect(counts[.openInTime] == 0)
    #expect(counts[.overdue] == 0)
    #expect(counts[.atRisk] == 0)
    #expect(counts[.ended] == 0)
}

/// As-of before the request: as of as-of the dossier is open with its due ahead, so open in
/// time, and at risk since the due comes before the calendar end.
@Test func aWaitingDossierWithAsOfBeforeTheRequestIsOpenAndAtRisk() {
    let counts = tally([waitingDossier], in: q3, grid: PeriodGrid(cutting: q3, at: at("2025-08-05 00:00")))
    #expect(counts[.inScope] == 1)
    #expect(counts[.onTime] == 0)
    #expect(counts[.openInTime] == 1)
    #expect(counts[.overdue] == 0)
    #expect(counts[.atRisk] == 1)
}
