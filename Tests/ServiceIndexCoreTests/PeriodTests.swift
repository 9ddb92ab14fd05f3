import ServiceIndexCore
import Testing

/// The tally of dossiers in one period of a grid.
func tally(_ dossiers: [Dossier], in period: Period, grid: PeriodGrid) -> Tally {
    var series = TallySeries()
    for dossier in dossiers { series.add(dossier, weight: 1, grid: grid) }
    return series.tally(at: grid.slot(of: period))
}

@Test(arguments: [
    ("2025-09", "2025-09", Period.Kind.month), ("2025-Q3", "2025-Q3", .quarter), ("2025q3", "2025-Q3", .quarter),
    ("Q3/2025", "2025-Q3", .quarter), ("2025", "2025", .year), (" 2025-12 ", "2025-12", .month),
])
func periodSpellings(_ text: String, _ canonical: String, _ kind: Period.Kind) {
    let period = Period(text)
    #expect(period?.description == canonical)
    #expect(period?.kind == kind)
}

@Test(arguments: ["2025-13", "2025-00", "2025-9", "25", "2025-Q5", "Q0/2025", "2025-W3", "", "２０２５"])
func periodRejects(_ text: String) {
    #expect(Period(text) == nil)
}

@Test func periodBoundsAndPrevious() {
    #expect(Period("2025-09")!.start == at("2025-09-01 00:00"))
    #expect(Period("2025-09")!.end == at("2025-10-01 00:00"))
    #expect(Period("2025-01")!.previous.description == "2024-12")
    #expect(Period("2025-Q1")!.previous.description == "2024-Q4")
    #expect(Period("2025")!.previous.description == "2024")
    #expect(Period("2025")!.start == at("2025-01-01 00:00"))
    #expect(Period("2025")!.end == at("2026-01-01 00:00"))
    #expect(Period(.month, containing: at("2025-02-28 23:59:59")).description == "2025-02")
    #expect(Period(.year, containing: at("2024-12-31 23:59:59")).description == "2024")
}

/// Due 2025-09-10, between as-of (2025-08-15) and the calendar end of Q3: open in time as of
/// as-of (and at risk), overdue at the calendar end.
@Test func aDossierDueBetweenAsOfAndTheCalendarEnd() {
    let open = dossier(status: .processing, received: "2025-08-01 08:00", due: "2025-09-10 17:00")
    let asOf = at("2025-08-15 00:00")
    let cut = tally([open], in: q3, grid: PeriodGrid(cutting: q3, at: asOf))
    #expect(cut[.inScope] == 1)
    #expect(cut[.openInTime] == 1)
    #expect(cut[.overdue] == 0)
    #expect(cut[.atRisk] == 1)
    let whole = tally([open], in: q3, grid: PeriodGrid(kind: .quarter))
    #expect(whole[.openInTime] == 0)
    #expect(whole[.overdue] == 1)
    #expect(whole[.atRisk] == 0)
}

/// At risk needs open in time as of as-of and a due before the calendar end; a dossier due after
/// the calendar end, one already overdue, one settled before as-of and one received after it are
/// not at risk.
@Test func atRiskCountsOnlyOpenDossiersDueBeforeTheCalendarEnd() {
    let asOf = at("2025-08-15 00:00")
    let grid = PeriodGrid(cutting: q3, at: asOf)
    let dossiers = [
        dossier("risk", status: .processing, received: "2025-08-01 08:00", due: "2025-08-15 00:00"),
        dossier("later", status: .processing, received: "2025-08-01 08:00", due: "2025-10-01 00:00"),
        dossier("late", status: .processing, received: "2025-07-01 08:00", due: "2025-08-14 17:00"),
        dossier("done", received: "2025-07-01 08:00", due: "2025-09-01 17:00", finished: "2025-08-10 08:00"),
        dossier("after", status: .processing, received: "2025-08-20 08:00", due: "2025-09-01 17:00"),
        // Settled after as-of: still open as of as-of, so at risk.
        dossier("settles", received: "2025-08-01 08:00", due: "2025-09-01 17:00", finished: "2025-08-20 08:00"),
    ]
    let counts = tally(dossiers, in: q3, grid: grid)
    #expect(counts[.inScope] == 5)
    #expect(counts[.received] == 5)
    #expect(counts[.openInTime] == 3)
    #expect(counts[.overdue] == 1)
    #expect(counts[.onTime] == 1)
    #expect(counts[.atRisk] == 2)
    // The quarter before is whole and untouched by the cut.
    #expect(tally(dossiers, in: q2, grid: grid) == tally(dossiers, in: q2, grid: PeriodGrid(kind: .quarter)))
}

/// A month with carry-over: received in August, open at the end of August and settled in
/// September, it is in scope in both months and received only in August.
@Test func aMonthWithCarryOverFromTheMonthBefore() {
    let months = PeriodGrid(kind: .month)
    let august = Period("2025-08")!
    let september = Period("2025-09")!
    let carried = dossier("c", received: "2025-08-25 08:00", due: "2025-09-05 17:00", finished: "2025-09-03 10:00")
    let lateCarried = dossier("l", received: "2025-08-20 08:00", due: "2025-08-29 17:00", finished: "2025-09-02 10:00")
    let fresh = dossier("f", received: "2025-09-10 08:00", due: "2025-09-20 17:00", finished: "2025-09-12 10:00")
    let inAugust = tally([carried, lateCarried, fresh], in: august, grid: months)
    #expect(inAugust[.received] == 2)
    #expect(inAugust[.inScope] == 2)
    #expect(inAugust[.openInTime] == 1)  // carried: due after 1 September
    #expect(inAugust[.overdue] == 1)  // lateCarried: due 29 August, still open
    #expect(inAugust[.ended] == 0)
    let inSeptember = tally([carried, lateCarried, fresh], in: september, grid: months)
    #expect(inSeptember[.received] == 1)
    #expect(inSeptember[.inScope] == 3)
    #expect(inSeptember[.ended] == 3)
    #expect(inSeptember[.onTime] == 2)
    #expect(inSeptember[.overdue] == 1)
    #expect(Metric.timelinessRate.measure(inSeptember).rate == 2.0 / 3.0)
}

/// A year whose dossiers span quarters: one received in Q1 and settled in Q3 counts once in the
/// year, on time; one received in December and open counts as received; one received the year
/// before and settled in February is in scope; one settled the year before is not.
@Test func aYearWhoseDossiersSpanQuarters() {
    let years = PeriodGrid(kind: .year)
    let year = Period("2025")!
    let dossiers = [
        dossier("a", received: "2025-02-10 08:00", due: "2025-08-01 17:00", finished: "2025-07-20 10:00"),
        dossier("b", status: .processing, received: "2025-12-20 08:00", due: "2026-01-10 17:00"),
        dossier("c", received: "2024-12-20 08:00", due: "2025-01-10 17:00", finished: "2025-02-01 10:00"),
        dossier("d", received: "2024-11-20 08:00", due: "2024-12-10 17:00", finished: "2024-12-01 10:00"),
    ]
    let counts = tally(dossiers, in: year, grid: years)
    #expect(counts[.received] == 2)
    #expect(counts[.inScope] == 3)
    #expect(counts[.ended] == 2)
    #expect(counts[.onTime] == 1)
    #expect(counts[.overdue] == 1)
    #expect(counts[.openInTime] == 1)
    // The quarters see the same dossiers in parts: a is in scope in Q1, Q2 and Q3.
    let quarters = PeriodGrid(kind: .quarter)
    let inScope = ["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"].map {
        tally(dossiers, in: Period($0)!, grid: quarters)[.inScope]
    }
    #expect(inScope == [2, 1, 1, 1])
}

/// The year to date, cut by as-of on 1 August: a dossier received in September does not count,
/// one due on 1 September and open counts as open in time and at risk, one settled late in
/// March counts overdue.
@Test func aYearToDateCutByAsOf() {
    let year = Period("2025")!
    let grid = PeriodGrid(cutting: year, at: at("2025-08-01 00:00"))
    let dossiers = [
        dossier("late", received: "2025-03-01 08:00", due: "2025-03-10 17:00", finished: "2025-03-20 10:00"),
        dossier("open", status: .processing, received: "2025-07-20 08:00", due: "2025-09-01 17:00"),
        dossier("future", received: "2025-09-02 08:00", due: "2025-09-10 17:00", finished: "2025-09-05 10:00"),
        dossier("openLate", status: .processing, received: "2025-07-01 08:00", due: "2025-07-15 17:00"),
    ]
    let counts = tally(dossiers, in: year, grid: grid)
    #expect(counts[.received] == 3)
    #expect(counts[.inScope] == 3)
    #expect(counts[.onTime] == 0)
    #expect(counts[.openInTime] == 1)
    #expect(counts[.overdue] == 2)
    #expect(counts[.atRisk] == 1)
    #expect(Metric.timelinessRate.measure(counts).rate == 1.0 / 3.0)
    // The whole year: the future dossier counts, the open one is overdue at the calendar end.
    let whole = tally(dossiers, in: year, grid: PeriodGrid(kind: .year))
    #expect(whole[.received] == 4)
    #expect(whole[.onTime] == 1)
    #expect(whole[.overdue] == 3)
}

@Test func anAsOfAtOrAfterTheCalendarEndCutsNothing() {
    #expect(PeriodGrid(cutting: q3, at: q3.end) == PeriodGrid(kind: .quarter))
    #expect(PeriodGrid(cutting: q3, at: q3.start) == PeriodGrid(kind: .quarter))
    #expect(PeriodGrid(cutting: q3, at: at("2025-08-15 00:00")).cut != nil)
}

/// A grid that keeps processing times for the reported period only: the same tallies, and a
/// histogram for that period alone.
@Test func processingTimesAreKeptForTheReportedPeriodOnly() {
    let dossiers = [
        dossier("a", received: "2025-04-01 08:00", finished: "2025-04-02 08:00"),
        dossier("b", received: "2025-07-01 08:00", finished: "2025-07-01 20:00"),
    ]
    let all = PeriodGrid(kind: .quarter)
    let reported = all.keepingProcessingTimes(of: q3)
    var kept = TallySeries()
    var every = TallySeries()
    for dossier in dossiers {
        kept.add(dossier, weight: 1, grid: reported)
        every.add(dossier, weight: 1, grid: all)
    }
    #expect(kept.processingHistogram(at: q3.index) == [12: 1])
    #expect(kept.processingHistogram(at: q2.index) == [:])
    #expect(every.processingHistogram(at: q2.index) == [24: 1])
    #expect(kept.tally(at: q2.index) == every.tally(at: q2.index))
    #expect(kept.tally(at: q3.index) == every.tally(at: q3.index))
}

/// Slots of a cut grid: earlier periods keep their index, the cut period is split at as-of and
/// later periods move up by one, so slots stay consecutive stretches of time.
@Test func aCutGridSplitsThePeriodAtAsOf() {
    let asOf = at("2025-08-15 00:00")
    let grid = PeriodGrid(cutting: q3, at: asOf)
    #expect(grid.slot(containing: at("2025-06-30 23:59:59")) == q2.index)
    #expect(grid.slot(containing: at("2025-08-14 23:59:59")) == q3.index)
    #expect(grid.slot(containing: asOf) == q3.index + 1)
    #expect(grid.slot(containing: at("2025-10-01 00:00")) == q4.index + 1)
    #expect(grid.slot(of: q4) == q4.index + 1)
    #expect(grid.period(ofSlot: q3.index + 1) == q3)
    #expect(grid.period(ofSlot: q4.index + 1) == q4)
    #expect(grid.endsEarly(q3.index) && !grid.endsEarly(q2.index))
}
