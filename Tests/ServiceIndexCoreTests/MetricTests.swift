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

@Test func paymentWithoutAnyFeeIsEmptyAndScoresZero() {
    let counts = tally([flagged("a", hasFee: false), flagged("b", hasFee: false)], in: q3)
    let value = Metric.paidOnlineRate.measure(counts)
    #expect(value == MetricValue(numerator: 0, denominator: 0, rate: nil, status: .empty))
    let payment = Methodology.qd766.indicators.first { $0.metric == .paidOnlineRate }!
    // As the portal scores an indicator with nothing to count; its 6 points stay in the basis.
    #expect(Methodology.points(for: value, of: payment) == 0)
    let card = Methodology.qd766.score(counts)
    let scored = card.scores.first { $0.indicator.id == "tttt.payment" }!
    #expect(scored.points == 0 && scored.value.status == .empty)
    #expect(card.basis == 44)  // timeliness 20, online 12, payment 6 (empty), dossier satisfaction 6
}

@Test func qd766IsThePortalsListOf19Indicators() {
    let table = Methodology.qd766.indicators.filter(\.isMeasuredFromExports).map {
        "\($0.id) \($0.metric!.rawValue) \($0.maxPoints) \($0.threshold) \($0.source.rawValue)"
    }
    #expect(
        table == [
            "ckmb.sync sync_rate 6.0 1.0 exports", "tdgq.on_time timeliness_rate 20.0 1.0 exports",
            "dvctt.online online_rate 12.0 0.5 published_first", "tttt.payment paid_online_rate 6.0 1.0 exports",
            "mdsh.e_result e_result_rate 6.0 1.0 exports", "mdsh.digitized digitized_rate 4.0 1.0 exports",
            "mdsh.reuse reuse_rate 2.0 0.8 exports", "mdhl.dossier dossier_satisfaction 6.0 0.9 exports",
        ])
    let qd766 = Methodology.qd766
    #expect(qd766.indicators.count == 19 && qd766.maxPoints == 100 && qd766.exportsPoints == 62)
    #expect(qd766.indicators.filter { $0.source == .published }.count == 11)
    let groups = Methodology.groupCodes.map { code in qd766.indicators(inGroup: code).reduce(0) { $0 + $1.maxPoints } }
    #expect(groups == [18, 20, 12, 10, 22, 18])
    #expect(qd766.indicator(named: "ON_TIME_RATE")?.id == "tdgq.on_time")
    #expect(qd766.indicator(named: "tdgq")?.id == "tdgq.on_time")
    #expect(qd766.indicator(named: "mdsh") == nil)
    // Every value known but sync: 56 of the exports' 62 points have a score; the 11 published
    // indicators are missing without a published file.
    let counts = tally(
        [flagged("a", hasFee: true, paid: 1, digitized: true, reused: true, eResult: true, rating: 3)], in: q3)
    let card = qd766.score(counts)
    #expect(card.basis == 56)
    #expect(card.scores.filter { $0.value.status == .missing }.count == 11)
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
    #expect(card.basis == 38)
    #expect(
        card.gaps.filter { $0.value.status == .notMeasured }.map(\.indicator.id) == [
            "ckmb.sync", "tttt.payment", "mdsh.e_result", "mdsh.digitized", "mdsh.reuse",
        ])
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

@Test func dossierSatisfactionCountsDossiersInTimeWithoutAComplaint() {
    // With due: a on time, b on time but rated 1, c overdue with a petition, d open in time, e open
    // in time with a petition. In time: a, b, d, e (4 of 5); without a complaint: a, d.
    let counts = tally(
        [
            flagged("a", rating: 3), flagged("b", rating: 1),
            flagged("c", complaint: true, finished: "2025-07-25 08:00"),
            flagged("d", complaint: nil, finished: nil, due: "2025-12-01 17:00"),
            flagged("e", complaint: true, finished: nil, due: "2025-12-01 17:00"),
        ], in: q3)
    #expect(counts[.overdue] == 1 && counts[.withDue] == 5 && counts[.complained] == 2)
    #expect(Metric.timelinessRate.measure(counts).numerator == 4)
    let value = Metric.dossierSatisfaction.measure(counts)
    #expect(value == MetricValue(numerator: 2, denominator: 5, rate: 0.4, status: .ok))
    let indicator = Methodology.qd766.indicators.last!
    #expect(abs(Methodology.points(for: value, of: indicator) - 6 * 0.4 / 0.9) < 1e-12)
}

@Test func dossierSatisfactionIsMeasuredExactlyWhenTimelinessIs() {
    let open = tally([flagged("a", finished: nil, due: "2025-12-01 17:00")], in: q3)
    #expect(Metric.dossierSatisfaction.measure(open) == MetricValue(numerator: 1, denominator: 1, rate: 1, status: .ok))
    let noDue = tally([flagged("a", due: nil)], in: q3)
    #expect(Metric.dossierSatisfaction.measure(noDue).status == .notMeasured)
    #expect(Metric.timelinessRate.measure(noDue).status == .notMeasured)
}
