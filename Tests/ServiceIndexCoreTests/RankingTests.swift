import ServiceIndexCore
import Testing

private func peer(_ code: UInt8, _ total: Double) -> PeerScore { PeerScore(province: ProvinceCode(code), total: total) }

@Test func threeWayTieSharesTheRankAndIsListedByCode() {
    // 71.004, 70.996 and 71.0 all round to 71.00.
    let ranking = RankedProvince.rank(
        computed: [:], peers: [peer(8, 71.0), peer(11, 65), peer(4, 70.996), peer(1, 71.004)], previousRanks: [:])
    #expect(ranking.map(\.rank) == [1, 1, 1, 4])
    #expect(ranking.map(\.province.code.value) == [1, 4, 8, 11])
    #expect(ranking.allSatisfy { $0.source == .published })
}

@Test func competitionRanksSkipAfterTies() {
    #expect(Ranking.competitionRanks([90.004, 90.001, 80, 80, 79.995, 10]) == [1, 1, 3, 3, 3, 6])
}

/// Ten dossiers of province 66 with every flag at its best, 6 settled on time and 4 overdue.
private func focusDossiers(overdue: Int = 4) -> [Dossier] {
    (0..<10).map { index in
        var item = dossier(
            "F\(index)", received: "2025-07-05 08:00", due: "2025-07-20 17:00",
            finished: index < 10 - overdue ? "2025-07-18 08:00" : "2025-07-25 08:00")
        item.channel = .online
        item.hasFee = true
        item.paidOnline = 1
        item.digitized = true
        item.reusedData = true
        item.eResult = true
        item.synced = true
        item.rating = 3
        return item
    }
}

private let peers = [66.0, 65, 64, 63, 62, 61, 60, 59, 58, 54].enumerated().map { index, total in
    peer([1, 4, 8, 11, 12, 14, 15, 19, 20, 22][index], total)
}

private func report(_ dossiers: [Dossier], previous: [ProvinceCode: Int] = [:]) -> PeriodReport {
    var aggregate = DossierAggregate(focus: ProvinceCode(66))
    for item in dossiers { aggregate.add(item, weight: 1) }
    return PeriodReport(
        aggregate: aggregate, period: q3, methodology: .qd766, peers: peers + [peer(66, 99)],
        previousRanks: previous, focus: ProvinceRegistry.standard.province(code: ProvinceCode(66))!, targetRank: 10)
}

@Test func computedScoresTakePrecedenceOverPublishedOnes() {
    let result = report(focusDossiers(), previous: [ProvinceCode(66): 8, ProvinceCode(1): 1])
    #expect(result.ranking.count == 11)
    let focus = result.ranking.first { $0.province.code == ProvinceCode(66) }!
    #expect(focus.source == .computed)
    // 6 + 12 + 12 + 6 + 6 + 4 + 2 + 6 × 0.6 / 0.9 = 52.
    #expect(Rounding.cents(focus.total) == 5200)
    #expect(focus.rank == 11)
    #expect(focus.rankChange == -3)
    #expect(result.ranking.first!.rankChange == 0)
    #expect(result.ranking.filter { $0.source == .published }.count == 10)
}

@Test func gapAnalysisFindsTheSmallestNumberOfDossiersAndChecksIt() throws {
    let result = report(focusDossiers())
    let focus = result.focus
    #expect(!focus.isInsideTarget)
    #expect(focus.reference?.province.code == ProvinceCode(22))
    #expect(focus.pointsToTarget == 2.01)  // 54.00 + 0.01 − 52.00

    let timeliness = try #require(focus.indicators.first { $0.score.indicator.metric == .timelinessRate })
    #expect(timeliness.movable == 4)
    #expect(timeliness.additionalDossiers == 2)  // 2 points per dossier: 1 gives 54.00, 2 give 56.00

    // Recompute the indicator alone with k and k − 1 dossiers moved into its numerator.
    let tally = result.provinces[ProvinceCode(66)]!.tally
    let card = result.provinces[ProvinceCode(66)]!.scorecard
    func totalWithTimeliness(onTimeMoved k: Int64) -> Double {
        var moved = tally
        moved[.onTime] += k
        moved[.overdue] -= k
        let points = Methodology.points(for: Metric.timelinessRate.measure(moved), of: timeliness.score.indicator)
        return card.total - timeliness.score.points + points
    }
    let target = Rounding.cents(54.0) + 1
    #expect(Rounding.cents(totalWithTimeliness(onTimeMoved: 2)) >= target)
    #expect(Rounding.cents(totalWithTimeliness(onTimeMoved: 1)) < target)

    // Settling those dossiers on time for real ranks the province 10th or better.
    let improved = report(focusDossiers(overdue: 2))
    #expect(improved.focus.standing!.rank <= 10)

    // Dossier satisfaction: even all 4 overdue settled on time add 2.00 < 2.01 points.
    let satisfaction = try #require(focus.indicators.first { $0.score.indicator.metric == .dossierSatisfaction })
    #expect(satisfaction.closesAlone == false)
    #expect(satisfaction.additionalDossiers == nil)
    // Online is at its maximum already.
    let online = try #require(focus.indicators.first { $0.score.indicator.metric == .onlineRate })
    #expect(online.closesAlone == false)
    #expect(online.score.headroom == 0)
}

@Test func aProvinceInsideTheTargetReportsItsLead() {
    let result = report(focusDossiers(overdue: 0))  // 6+20+12+6+6+4+2+6 = 62
    #expect(result.focus.standing?.rank == 5)  // behind 66, 65, 64, 63; tied with 62.00, listed after it by code
    #expect(result.focus.isInsideTarget)
    #expect(result.focus.reference?.province.code == ProvinceCode(22))
    #expect(result.focus.pointsToTarget == 8.0)  // 62.00 − 54.00
    #expect(result.focus.indicators.allSatisfy { $0.additionalDossiers == nil })
}
