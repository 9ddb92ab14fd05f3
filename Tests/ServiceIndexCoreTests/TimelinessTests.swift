import ServiceIndexCore
import Testing

/// How one dossier counts in one quarter (docs/methodology.md, Metrics), worked out by hand from the dates.
struct TimelinessCase: CustomTestStringConvertible, Sendable {
    enum Class: Sendable { case onTime, openInTime, overdue, noDueDate, notInScope }
    let name: String
    let dossier: Dossier
    let quarter: Period
    let expected: Class
    let ended: Bool
    let received: Bool

    var testDescription: String { name }
}

let timelinessCases: [TimelinessCase] = [
    .init(
        name: "finished before due",
        dossier: dossier(received: "2025-07-05 08:00", due: "2025-07-20 17:00", finished: "2025-07-18 10:00"),
        quarter: q3, expected: .onTime, ended: true, received: true),
    .init(
        name: "finished after due",
        dossier: dossier(received: "2025-07-05 08:00", due: "2025-07-20 17:00", finished: "2025-07-25 10:00"),
        quarter: q3, expected: .overdue, ended: true, received: true),
    .init(
        name: "supplement days move the due date past the finish",
        dossier: dossier(
            received: "2025-07-05 08:00", due: "2025-07-20 17:00", finished: "2025-07-25 10:00", supplementDays: 6),
        quarter: q3, expected: .onTime, ended: true, received: true),
    .init(
        name: "supplement days one hour short",
        dossier: dossier(
            received: "2025-07-05 08:00", due: "2025-07-20 17:00", finished: "2025-07-25 18:00", supplementDays: 5),
        quarter: q3, expected: .overdue, ended: true, received: true),
    .init(
        name: "two supplement requests are never on time",
        dossier: dossier(
            received: "2025-07-05 08:00", due: "2025-07-20 17:00", finished: "2025-07-18 10:00", supplements: 2),
        quarter: q3, expected: .overdue, ended: true, received: true),
    .init(
        name: "one supplement request is allowed",
        dossier: dossier(
            received: "2025-07-05 08:00", due: "2025-07-20 17:00", finished: "2025-07-18 10:00", supplements: 1),
        quarter: q3, expected: .onTime, ended: true, received: true),
    .init(
        name: "finished exactly at the due time",
        dossier: dossier(received: "2025-07-05 08:00", due: "2025-07-20 17:00", finished: "2025-07-20 17:00"),
        quarter: q3, expected: .onTime, ended: true, received: true),
    .init(
        name: "carry-over from Q2 ended in Q3",
        dossier: dossier(received: "2025-06-20 08:00", due: "2025-07-10 17:00", finished: "2025-07-08 09:00"),
        quarter: q3, expected: .onTime, ended: true, received: false),
    .init(
        name: "carry-over from Q2 still open, due in Q3",
        dossier: dossier(status: .processing, received: "2025-06-20 08:00", due: "2025-07-10 17:00"), quarter: q3,
        expected: .overdue, ended: false, received: false),
    .init(
        name: "ended in Q2 is not in Q3",
        dossier: dossier(received: "2025-05-01 08:00", due: "2025-05-20 17:00", finished: "2025-06-15 08:00"),
        quarter: q3, expected: .notInScope, ended: false, received: false),
    .init(
        name: "open, due after the quarter",
        dossier: dossier(status: .processing, received: "2025-08-01 08:00", due: "2025-12-01 17:00"), quarter: q3,
        expected: .openInTime, ended: false, received: true),
    .init(
        name: "open, due inside the quarter",
        dossier: dossier(status: .processing, received: "2025-08-01 08:00", due: "2025-09-15 17:00"), quarter: q3,
        expected: .overdue, ended: false, received: true),
    .init(
        name: "open, due exactly at the end of the quarter",
        dossier: dossier(status: .processing, received: "2025-08-01 08:00", due: "2025-10-01 00:00"), quarter: q3,
        expected: .openInTime, ended: false, received: true),
    .init(
        name: "open, due one second before the end",
        dossier: dossier(status: .processing, received: "2025-08-01 08:00", due: "2025-09-30 23:59:59"), quarter: q3,
        expected: .overdue, ended: false, received: true),
    .init(
        name: "ends after the quarter, due after it",
        dossier: dossier(received: "2025-09-20 08:00", due: "2025-10-15 17:00", finished: "2025-10-10 08:00"),
        quarter: q3, expected: .openInTime, ended: false, received: true),
    .init(
        name: "the same dossier in the quarter it ends",
        dossier: dossier(received: "2025-09-20 08:00", due: "2025-10-15 17:00", finished: "2025-10-10 08:00"),
        quarter: q4, expected: .onTime, ended: true, received: false),
    .init(
        name: "ends after the quarter, due inside it",
        dossier: dossier(received: "2025-09-01 08:00", due: "2025-09-25 17:00", finished: "2025-10-05 08:00"),
        quarter: q3, expected: .overdue, ended: false, received: true),
    .init(
        name: "the late one in the quarter it ends",
        dossier: dossier(received: "2025-09-01 08:00", due: "2025-09-25 17:00", finished: "2025-10-05 08:00"),
        quarter: q4, expected: .overdue, ended: true, received: false),
    .init(
        name: "received after the quarter", dossier: dossier(received: "2025-10-02 08:00", due: "2025-10-15 17:00"),
        quarter: q3, expected: .notInScope, ended: false, received: false),
    .init(
        name: "no due date", dossier: dossier(received: "2025-07-05 08:00", finished: "2025-07-10 08:00"), quarter: q3,
        expected: .noDueDate, ended: true, received: true),
    .init(
        name: "withdrawn: returned_at is the end",
        dossier: dossier(
            status: .withdrawn, received: "2025-07-05 08:00", due: "2025-07-20 17:00", returned: "2025-07-12 08:00"),
        quarter: q3, expected: .onTime, ended: true, received: true),
    .init(
        name: "stopped: refused_at is the end",
        dossier: dossier(
            status: .stopped, received: "2025-07-05 08:00", due: "2025-07-10 17:00", refused: "2025-07-12 08:00"),
        quarter: q3, expected: .overdue, ended: true, received: true),
    .init(
        name: "result returned without finished_at",
        dossier: dossier(
            status: .resultReturned, received: "2025-07-05 08:00", due: "2025-07-20 17:00", returned: "2025-07-15 08:00"
        ), quarter: q3, expected: .onTime, ended: true, received: true),
    .init(
        name: "returned_at does not end a status-9 dossier",
        dossier: dossier(
            status: .processingFinished, received: "2025-07-05 08:00", due: "2025-07-20 17:00",
            returned: "2025-07-15 08:00"), quarter: q3, expected: .overdue, ended: false, received: true),
    .init(
        name: "refused_at does not end a withdrawn dossier",
        dossier: dossier(
            status: .withdrawn, received: "2025-07-05 08:00", due: "2025-12-20 17:00", refused: "2025-07-15 08:00"),
        quarter: q3, expected: .openInTime, ended: false, received: true),
    .init(
        name: "status 1 counts nowhere",
        dossier: dossier(status: .newlyRegistered, received: "2025-07-05 08:00", due: "2025-07-20 17:00"), quarter: q3,
        expected: .notInScope, ended: false, received: false),
    .init(
        name: "status 3 counts nowhere",
        dossier: dossier(
            status: .notAccepted, received: "2025-07-05 08:00", due: "2025-07-20 17:00", refused: "2025-07-06 08:00"),
        quarter: q3, expected: .notInScope, ended: false, received: false),
    .init(
        name: "returned before it was received, same quarter: in scope and ended (as documented)",
        dossier: dossier(
            status: .withdrawn, received: "2025-07-05 08:00", due: "2025-07-20 17:00", returned: "2025-07-04 08:00"),
        quarter: q3, expected: .onTime, ended: true, received: true),
    .init(
        name: "refused a quarter before it was received",
        dossier: dossier(status: .stopped, received: "2025-07-05 08:00", refused: "2025-06-30 08:00"), quarter: q3,
        expected: .notInScope, ended: false, received: true),
]

@Test(arguments: timelinessCases)
func timelinessClass(_ testCase: TimelinessCase) {
    expectCounts(of: testCase)
}

/// Checks the tally of a case's dossier in its quarter against the class worked out by hand.
func expectCounts(of testCase: TimelinessCase) {
    let counts = tally([testCase.dossier], in: testCase.quarter)
    let inScope: Int64 = testCase.expected == .notInScope ? 0 : 1
    #expect(counts[.inScope] == inScope)
    #expect(counts[.onTime] == (testCase.expected == .onTime ? 1 : 0))
    #expect(counts[.openInTime] == (testCase.expected == .openInTime ? 1 : 0))
    #expect(counts[.overdue] == (testCase.expected == .overdue ? 1 : 0))
    #expect(counts[.noDueDate] == (testCase.expected == .noDueDate ? 1 : 0))
    #expect(counts[.withDue] == (inScope == 1 && testCase.expected != .noDueDate ? 1 : 0))
    #expect(counts[.ended] == (testCase.ended ? 1 : 0))
    #expect(counts[.received] == (testCase.received ? 1 : 0))
}

/// Found by `make fuzz`: a return dated before the receipt, in the same quarter, ends in scope
/// with a negative processing time (docs/methodology.md, Dossier timeline: no end time before the start of P).
@Test func anEndBeforeTheReceiptInTheSameQuarterCountsItsNegativeTime() {
    let returnedEarly = dossier(status: .withdrawn, received: "2025-07-02 08:00", returned: "2025-07-01 08:00")
    var series = TallySeries()
    series.add(returnedEarly, weight: 1)
    #expect(series.tally(at: q3.index)[.processingSeconds] == -86_400)
    #expect(series.processingHistogram(at: q3.index) == [-24: 1])
}

@Test func timelinessRateOverAMixedQuarter() {
    // 3 on time (a, f, m), 1 open in time (h), 3 overdue (b, d, i), 1 without a due date.
    let dossiers = [
        timelinessCases[0].dossier, timelinessCases[7].dossier, timelinessCases[20].dossier,
        timelinessCases[10].dossier, timelinessCases[1].dossier, timelinessCases[4].dossier,
        timelinessCases[11].dossier, timelinessCases[19].dossier,
    ]
    let counts = tally(dossiers, in: q3)
    #expect(counts[.inScope] == 8)
    #expect(counts[.withDue] == 7)
    #expect(counts[.noDueDate] == 1)
    let value = Metric.timelinessRate.measure(counts)
    #expect(value.numerator == 4)
    #expect(value.denominator == 7)
    #expect(value.rate == 4.0 / 7.0)
    #expect(value.status == .ok)
}

@Test func removingADossierUndoesItExactly() {
    var series = TallySeries()
    let kept = timelinessCases[14].dossier
    let other = timelinessCases[16].dossier
    series.add(kept, weight: 1)
    let before = series
    series.add(other, weight: 1)
    series.add(other, weight: -1)
    for quarter in [q2, q3, q4] { #expect(series.tally(at: quarter.index) == before.tally(at: quarter.index)) }
}

@Test(arguments: [
    ("2025-07-01 00:00:00", "2025-Q3"), ("2025-06-30 23:59:59", "2025-Q2"), ("2025-10-01 00:00:00", "2025-Q4"),
    ("2000-01-01 00:00:00", "2000-Q1"), ("1999-12-31 23:59:59", "1999-Q4"), ("2099-12-31 23:59:59", "2099-Q4"),
    ("2100-01-01 00:00:00", "2100-Q1"), ("2024-03-31 23:59:59", "2024-Q1"), ("2024-04-01 00:00:00", "2024-Q2"),
])
func quarterOfALocalMoment(_ moment: String, _ expected: String) {
    #expect(Period.quarter(containing: at(moment)) == Period(expected))
}

@Test(
    "a due date decades away: the far quarters go past the dense window, and the tallies do not change with where they are kept"
)
func farQuartersLeaveTheDenseWindow() {
    let open = dossier(status: .processing, received: "2025-08-01 08:00", due: "2080-01-01 00:00")
    var alone = TallySeries()
    alone.add(open, weight: 1)
    // The same dossier in a series whose window was first placed around 2079: 2025 is then
    // outside it, and the window cannot widen that far (64 quarters).
    let placeholder = dossier(received: "2079-11-01 08:00", due: "2079-11-20 17:00", finished: "2079-11-10 08:00")
    var moved = TallySeries()
    moved.add(placeholder, weight: 1)
    moved.add(placeholder, weight: -1)
    moved.add(open, weight: 1)
    for text in ["2025-Q3", "2030-Q1", "2079-Q4", "2080-Q1", "2090-Q2"] {
        let quarter = Period(text)!
        #expect(alone.tally(at: quarter.index) == moved.tally(at: quarter.index), "\(text)")
    }
    let inTime = alone.tally(at: Period("2079-Q4")!.index)
    let late = alone.tally(at: Period("2080-Q1")!.index)
    #expect(alone.tally(at: q3.index)[.received] == 1 && alone.tally(at: q4.index)[.received] == 0)
    #expect(inTime[.inScope] == 1 && inTime[.openInTime] == 1 && inTime[.overdue] == 0)
    #expect(late[.inScope] == 1 && late[.openInTime] == 0 && late[.overdue] == 1)
}
