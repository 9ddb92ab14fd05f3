import ServiceIndexCore
import Testing

/// A received, ended Q3 dossier of province 66 with the given flags.
private func flagged(
    _ id: String, channel: Channel = .direct, hasFee: Bool? = nil, paid: UInt8? = nil, digitized: Bool? = nil,
    reused: Bool? = nil, eResult: Bool? = nil, synced: Bool? = nil, rating: UInt8? = nil, complaint: Bool? = nil,
    finished: String? = "2025-07-10 08:00", due: String? = "2025-07-20 17:00"
) -> Dossier {
    var result = dossier(id, received: "2025-07-05 08:00", due: due, finished: finished)
    result.channel = channel
    result.hasFee = hasFee
    result.paidOnline = paid
    result.digitized = digitized
    result.reusedData = reused
    result.eResult = eResult
    result.synced = synced
    result.rating = rating
    result.complaint = complaint
    return result
}

@Test func flagRatesLeaveUnknownsOut() {
    let counts = tally(
        [
            flagged("a", digitized: true, reused: true, synced: true),
            flagged("b", digitized: false, reused: nil, synced: false),
            flagged("c", digitized: nil, reused: nil, synced: nil),
            flagged("d", digitized: nil, reused: false, synced: true),
        ], in: q3)
    #expect(Metric.digitizedRate.measure(counts) == MetricValue(numerator: 1, denominator: 2, rate: 0.5, status: .ok))
    #expect(Metric.reuseRate.measure(counts) == MetricValue(numerator: 1, denominator: 2, rate: 0.5, status: .ok))
    #expect(Metric.syncRate.measure(counts) == MetricValue(numerator: 2, denominator: 3, rate: 2.0 / 3.0, status: .ok))
}

@Test func onlineRateCountsEveryReceivedDossier() {
    let counts = tally(
        [
            flagged("a", channel: .online), flagged("b", channel: .direct), flagged("c", channel: .postal),
            flagged("d", channel: .online),
        ], in: q3)
    #expect(Metric.onlineRate.measure(counts) == MetricValue(numerator: 2, denominator: 4, rate: 0.5, status: .ok))
}

@Test func paymentRateUsesFeeBearingDossiersWithAKnownPayment() {
    let counts = tally(
        [
            flagged("a", hasFee: false), flagged("b", hasFee: false, paid: 1),
            flagged("c", hasFee: true, paid: 1), flagged("d", hasFee: true, paid: 2),
            flagged("e", hasFee: true, paid: 0), flagged("f", hasFee: true, paid: nil),
            flagged("g", hasFee: nil, paid: 1),
        ], in: q3)
    #expect(counts[.feeKnown] == 5)
    #expect(
        Metric.paidOnlineRate.measure(counts) == MetricValue(numerator: 2, denominator: 3, rate: 2.0 / 3.0, status: .ok)
    )
}

@Test func paymentWithoutAnyFeeIsEmptyAndScoresItsMaximum() {
    let counts = tally([flagged("a", hasFee: false), flagged("b", hasFee: false)], in: q3)
    let value = Metric.paidOnlineRate.measure(counts)
    #expect(value == MetricValue(numerator: 0, denominator: 0, rate: nil, status: .empty))
    let payment = Methodology.qd766.indicators.first { $0.metric == .paidOnlineRate }!
    #expect(Methodology.points(for: value, of: payment) == 6)
}

@Test func qd766ScoresAsThePortalDoesWhereExportsHoldTheData() {
    let table = Methodology.qd766.indicators.map { "\($0.id) \($0.metric.rawValue) \($0.maxPoints) \($0.threshold)" }
    #expect(
        table == [
            "ckmb.sync sync_rate 6.0 1.0", "tdgq.on_time timeliness_rate 20.0 1.0", "dvctt.online online_rate 12.0 0.5",
            "tttt.payment paid_online_rate 6.0 1.0", "mdsh.e_result e_result_rate 6.0 1.0",
            "mdsh.digitized digitized_rate 4.0 1.0", "mdsh.reuse reuse_rate 2.0 0.8",
            "mdhl.dossier dossier_satisfaction 6.0 0.9",
        ])
    #expect(Methodology.qd766.maxPoints == 62)
    // Every value known but sync: 56 of 62 points measured.
    let counts = tally(
        [flagged("a", hasFee: true, paid: 1, digitized: true, reused: true, eResult: true, rating: 3)], in: q3)
    #expect(Methodology.qd766.score(counts).measuredMax == 56)
    // Digitisation is linear to 100 %: 3 of 4 digitised scores 3 of its 4 points.
    let digitized = Methodology.qd766.indicators.first { $0.metric == .digitizedRate }!
    let threeOfFour = MetricValue(numerator: 3, denominator: 4, rate: 0.75, status: .ok)
    #expect(Methodology.points(for: threeOfFour, of: digitized) == 3)
}

@Test func aColumnWithNoValuesIsNotMeasured() {
    let counts = tally([flagged("a"), flagged("b")], in: q3)
    for metric in [Metric.paidOnlineRate, .digitizedRate, .reuseRate, .eResultRate, .syncRate, .satisfactionRate] {
        #expect(
            metric.measure(counts) == MetricValue(numerator: nil, denominator: nil, rate: nil, status: .notMeasured))
    }
    let card = Methodology.qd766.score(counts)
    // Measured: timeliness 20, online 12, dossier satisfaction 6.
    #expect(card.measuredMax == 38)
    #expect(
        card.gaps.map(\.indicator.id) == ["ckmb.sync", "tttt.payment", "mdsh.e_result", "mdsh.digitized", "mdsh.reuse"])
}

@Test func anEmptyPopulationIsNotMeasured() {
    // Only a carry-over dossier: in scope, but nothing received in the quarter.
    let counts = tally(
        [dossier(received: "2025-06-20 08:00", due: "2025-07-10 17:00", finished: "2025-07-08 09:00")], in: q3)
    #expect(counts[.received] == 0)
    #expect(Metric.onlineRate.measure(counts).status == .notMeasured)
    #expect(Metric.timelinessRate.measure(counts).status == .ok)
}

@Test func eResultAndSatisfactionAreOverDossiersEndedInTheQuarter() {
    let counts = tally(
        [
            flagged("a", eResult: true, rating: 3), flagged("b", eResult: false, rating: 2),
            flagged("c", eResult: true, rating: 1), flagged("d", eResult: nil, rating: nil),
            flagged("e", eResult: true, rating: 3, finished: nil),  // open: not ended in P
        ], in: q3)
    #expect(
        Metric.eResultRate.measure(counts) == MetricValue(numerator: 2, denominator: 3, rate: 2.0 / 3.0, status: .ok))
    #expect(
        Metric.satisfactionRate.measure(counts)
            == MetricValue(numerator: 2, denominator: 3, rate: 2.0 / 3.0, status: .ok))
    #expect(counts[.rating1] == 1 && counts[.rating2] == 1 && counts[.rating3] == 1)
}

@Test func dossierSatisfactionSubtractsOverdueAndComplaintShares() {
    // With due: a on time, b on time, c overdue (finished 07-25), d open in time. Ended: a, b, c.
    // Complained: b (rating 1) and c (petition) → 2 of 3 ended.
    let counts = tally(
        [
            flagged("a", rating: 3), flagged("b", rating: 1),
            flagged("c", complaint: true, finished: "2025-07-25 08:00"),
            flagged("d", complaint: nil, finished: nil, due: "2025-12-01 17:00"),
        ], in: q3)
    #expect(counts[.overdue] == 1 && counts[.withDue] == 4 && counts[.complained] == 2 && counts[.ended] == 3)
    let value = Metric.dossierSatisfaction.measure(counts)
    // 1 − 1/4 − 2/3 = 1/12, clamped at nothing.
    #expect(value.status == .ok && value.numerator == nil && value.denominator == nil)
    #expect(abs(value.rate! - 1.0 / 12.0) < 1e-12)
    let indicator = Methodology.qd766.indicators.last!
    #expect(abs(Methodology.points(for: value, of: indicator) - 6 * (1.0 / 12.0) / 0.9) < 1e-12)
}

@Test func dossierSatisfactionIsClampedAtZeroAndIgnoresComplaintsWhenNothingEnded() {
    #expect(Metric.dossierSatisfaction(overdue: 3, withDue: 4, complained: 2, ended: 2) == 0)
    #expect(Metric.dossierSatisfaction(overdue: 1, withDue: 4, complained: 5, ended: 0) == 0.75)
    let open = tally([flagged("a", finished: nil, due: "2025-12-01 17:00")], in: q3)
    #expect(Metric.dossierSatisfaction.measure(open).rate == 1)
    let noDue = tally([flagged("a", due: nil)], in: q3)
    #expect(Metric.dossierSatisfaction.measure(noDue).status == .notMeasured)
}

@Test func processingTimeMeanIsExactAndPercentilesAreNearestRankOnHours() {
    // Durations: 1 h 30 min, 2 h, 5 h, 49 h (2 d 1 h), 100 h.
    let ends = ["2025-07-05 09:30", "2025-07-05 10:00", "2025-07-05 13:00", "2025-07-07 09:00", "2025-07-09 12:00"]
    var series = TallySeries()
    for (index, end) in ends.enumerated() {
        series.add(dossier("p\(index)", received: "2025-07-05 08:00", finished: end), weight: 1)
    }
    let result = PopulationResult(series: series, slot: q3.index, methodology: .qd766)
    #expect(result.processing.count == 5)
    let totalHours = 1.5 + 2 + 5 + 49 + 100
    #expect(abs(result.processing.meanDays! - totalHours / 5 / 24) < 1e-12)
    #expect(result.processing.medianDays == 5.0 / 24)  // 3rd of 5
    #expect(result.processing.p90Days == 100.0 / 24)  // ⌈4.5⌉ = 5th of 5
}
