import ServiceIndexCore
import Testing

/// A dossier waiting for the applicant's supplement (status 5, no end time) is settled, for
/// timeliness, when the supplement was requested; each case worked out by hand from the dates
/// (due 2025-07-20 17:00 unless said otherwise; Q3 ends 2025-10-01 00:00).
let supplementWaitCases: [TimelinessCase] = [
    .init(
        name: "requested before the due: on time at the request, not ended",
        dossier: waiting(received: "2025-07-05 08:00", due: "2025-07-20 17:00", requested: "2025-07-15 09:00"),
        quarter: q3, expected: .onTime, ended: false, received: true),
    .init(
        name: "requested exactly at the due: on time",
        dossier: waiting(received: "2025-07-05 08:00", due: "2025-07-20 17:00", requested: "2025-07-20 17:00"),
        quarter: q3, expected: .onTime, ended: false, received: true),
    .init(
        name: "requested after the due: overdue",
        dossier: waiting(received: "2025-07-05 08:00", due: "2025-07-20 17:00", requested: "2025-07-22 09:00"),
        quarter: q3, expected: .overdue, ended: false, received: true),
    .init(
        name: "requested before the due after supplement days moved it: on time",
        dossier: waiting(
            received: "2025-07-05 08:00", due: "2025-07-20 17:00", requested: "2025-07-22 09:00", supplementDays: 2),
        quarter: q3, expected: .onTime, ended: false, received: true),
    .init(
        name: "two requests: overdue, although requested before the due",
        dossier: waiting(
            received: "2025-07-05 08:00", due: "2025-07-20 17:00", requested: "2025-07-15 09:00", supplements: 2),
        quarter: q3, expected: .overdue, ended: false, received: true),
    .init(
        name: "requested before the period: out of scope",
        dossier: waiting(received: "2025-06-10 08:00", due: "2025-06-25 17:00", requested: "2025-06-20 09:00"),
        quarter: q3, expected: .notInScope, ended: false, received: false),
    .init(
        name: "the same dossier in the quarter of its request: on time",
        dossier: waiting(received: "2025-06-10 08:00", due: "2025-06-25 17:00", requested: "2025-06-20 09:00"),
        quarter: q2, expected: .onTime, ended: false, received: true),
    .init(
        name: "received before the period, requested in it: on time, not received",
        dossier: waiting(received: "2025-06-25 08:00", due: "2025-07-10 17:00", requested: "2025-07-02 09:00"),
        quarter: q3, expected: .onTime, ended: false, received: false),
    .init(
        name: "requested after the period's end, due after it: open in time at the end",
        dossier: waiting(received: "2025-09-20 08:00", due: "2025-10-15 17:00", requested: "2025-10-05 09:00"),
        quarter: q3, expected: .openInTime, ended: false, received: true),
    .init(
        name: "the same dossier in the quarter of its request: on time",
        dossier: waiting(received: "2025-09-20 08:00", due: "2025-10-15 17:00", requested: "2025-10-05 09:00"),
        quarter: q4, expected: .onTime, ended: false, received: false),
    .init(
        name: "requested after the period's end, due inside it: overdue at the end",
        dossier: waiting(received: "2025-09-10 08:00", due: "2025-09-25 17:00", requested: "2025-10-05 09:00"),
        quarter: q3, expected: .overdue, ended: false, received: true),
    .init(
        // What an end of the period (as-of or the calendar end) between the request and the due
        // changes: nothing; the dossier is settled, not judged open against that end.
        name: "requested before the period's end, due after it: on time, not open in time",
        dossier: waiting(received: "2025-09-20 08:00", due: "2025-10-15 17:00", requested: "2025-09-28 09:00"),
        quarter: q3, expected: .onTime, ended: false, received: true),
    .init(
        name: "status 5 without a request time: open, judged at the end",
        dossier: waiting(received: "2025-07-05 08:00", due: "2025-07-20 17:00", requested: nil),
        quarter: q3, expected: .overdue, ended: false, received: true),
    .init(
        name: "status 5 with an end time: the end time decides",
        dossier: dossier(
            status: .supplementRequested, received: "2025-07-05 08:00", due: "2025-07-20 17:00",
            finished: "2025-07-25 10:00", supplements: 1, requested: "2025-07-15 09:00"),
        quarter: q3, expected: .overdue, ended: true, received: true),
    .init(
        name: "status 4 with a request time: ignored, open past its due",
        dossier: dossier(
            status: .processing, received: "2025-07-05 08:00", due: "2025-07-20 17:00", supplements: 1,
            requested: "2025-07-15 09:00"),
        quarter: q3, expected: .overdue, ended: false, received: true),
    .init(
        name: "status 9 with a request time: ignored, its finish is late",
        dossier: dossier(
            status: .processingFinished, received: "2025-07-05 08:00", due: "2025-07-20 17:00",
            finished: "2025-07-25 10:00", supplements: 1, requested: "2025-07-15 09:00"),
        quarter: q3, expected: .overdue, ended: true, received: true),
    .init(
        name: "no due date: settled at the request, in scope without a due",
        dossier: waiting(received: "2025-07-05 08:00", due: nil, requested: "2025-07-15 09:00"),
        quarter: q3, expected: .noDueDate, ended: false, received: true),
    .init(
        name: "no due date, the quarter after the request: out of scope",
        dossier: waiting(received: "2025-07-05 08:00", due: nil, requested: "2025-07-15 09:00"),
        quarter: q4, expected: .notInScope, ended: false, received: false),
]

/// A status-5 dossier with one supplement request unless said otherwise.
private func waiting(
    received: String, due: String?, requested: String?, supplements: Int = 1, supplementDays: Double = 0
) -> Dossier {
    dossier(
        status: .supplementRequested, received: received, due: due, supplements: supplements,
        supplementDays: supplementDays, requested: requested)
}

@Test(arguments: supplementWaitCases)
func timelinessOfADossierWaitingForASupplement(_ testCase: TimelinessCase) {
    expectCounts(of: testCase)
}

@Test func theTimelinessEndIsTheEndTimeOrTheRequestOfAWaitingDossier() {
    let requested = at("2025-07-15 09:00")
    let waiting = supplementWaitCases[0].dossier
    #expect(waiting.endTime == nil && waiting.timelinessEnd == requested)
    #expect(supplementWaitCases[13].dossier.timelinessEnd == at("2025-07-25 10:00"))
    #expect(supplementWaitCases[14].dossier.timelinessEnd == nil)
    #expect(supplementWaitCases[15].dossier.timelinessEnd == at("2025-07-25 10:00"))
}

@Test func aSettledWaitingDossierCountsInNoEndedMetric() {
    var settled = supplementWaitCases[0].dossier
    settled.eResult = true
    settled.rating = 1
    settled.complaint = true
    var series = TallySeries()
    series.add(settled, weight: 1)
    let counts = series.tally(at: q3.index)
    #expect(counts[.onTime] == 1)
    for counter in [Tally.Counter.ended, .eResultKnown, .eResult, .rated, .rating1, .complained, .processingSeconds] {
        #expect(counts[counter] == 0, "\(counter)")
    }
    #expect(series.processingHistogram(at: q3.index).isEmpty)
    // Dossier satisfaction: on time, but it has complained, so it is not in the numerator.
    #expect(
        Metric.dossierSatisfaction.measure(counts) == MetricValue(numerator: 0, denominator: 1, rate: 0, status: .ok))
    // Settled in Q3, it is in no later quarter.
    #expect(series.tally(at: q4.index)[.inScope] == 0)
}

@Test func unitsAndProceduresOfTheFocusProvinceCountTheSameTimelinessEnd() {
    var early = supplementWaitCases[0].dossier
    early.unitCode = "U1"
    early.procedureCode = "1.001"
    var late = supplementWaitCases[2].dossier
    late.id = "E"
    late.unitCode = "U1"
    late.procedureCode = "1.001"
    var aggregate = DossierAggregate(focus: ProvinceCode(66))
    aggregate.add(early, weight: 1)
    aggregate.add(late, weight: 1)
    for series in [aggregate.provinces[ProvinceCode(66)], aggregate.units[.code("U1")], aggregate.procedures["1.001"]] {
        let counts = series?.tally(at: q3.index) ?? Tally()
        #expect(counts[.inScope] == 2 && counts[.onTime] == 1 && counts[.overdue] == 1 && counts[.openInTime] == 0)
    }
}
