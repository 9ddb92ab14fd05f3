import ServiceIndexCore
import Testing

private func published(_ totals: [(UInt8, Double)]) -> PublishedScores {
    var scores = PublishedScores()
    for (code, total) in totals {
        var province = PublishedScores.Province()
        province.total = PublishedValue(points: total)
        scores.provinces[ProvinceCode(code)] = province
    }
    return scores
}

@Test func threeWayTieSharesTheRankAndIsListedByCode() throws {
    // 71.004, 70.996 and 71.0 all round to 71.00.
    let ranking = try RankedProvince.rank(
        computed: [:], published: published([(8, 71.0), (11, 65), (4, 70.996), (1, 71.004)]),
        methodology: .qd766, previousRanks: [:])
    #expect(ranking.map(\.rank) == [1, 1, 1, 4])
    #expect(ranking.map(\.province.code.value) == [1, 4, 8, 11])
    #expect(ranking.allSatisfy { $0.source == .published && $0.basis == 100 && $0.publishedPoints == nil })
    // (N − rank) / (N − 1) × 100 with N = 4.
    #expect(ranking.map(\.percentile) == [100, 100, 100, 0])
}

@Test func competitionRanksSkipAfterTies() {
    #expect(Ranking.competitionRanks([90.004, 90.001, 80, 80, 79.995, 10]) == [1, 1, 3, 3, 3, 6])
}

@Test func aPublishedProvinceWithoutATotalSumsItsGroups() throws {
    var province = PublishedScores.Province()
    for (group, points) in zip(Methodology.groupCodes, [15.5, 18, 10, 8, 20, 16]) {
        if let one = Methodology.qd766.indicator(named: group), Methodology.qd766.indicators(inGroup: group).count == 1
        {
            province.indicators[one.id] = PublishedValue(points: points)  // tdgq and dvctt: their indicator's row
        } else {
            province.groups[group] = PublishedValue(points: points)
        }
    }
    var partial = PublishedScores.Province()
    partial.groups["ckmb"] = PublishedValue(points: 15)
    let scores = PublishedScores(provinces: [ProvinceCode(1): province, ProvinceCode(4): partial])
    let ranking = try RankedProvince.rank(computed: [:], published: scores, methodology: .qd766, previousRanks: [:])
    // Cao Bằng gives one group only: neither a total nor six groups, so it is not ranked.
    #expect(ranking.map(\.province.code.value) == [1])
    #expect(Rounding.cents(ranking[0].total) == 8750)
    #expect(ranking[0].groups["tdgq"] == 18 && ranking[0].groups["dvctt"] == 10)
}

/// Ten dossiers of province 66 with every flag at its best, 6 settled on time and 4 overdue:
/// from the exports, 6 + 20 × 0.6 + 12 + 6 + 6 + 4 + 2 + 6 × 0.6 / 0.9 = 52 of 62 points.
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

/// The 11 indicators only the portal knows, for province 66: 32 points.
private let portalOnly: [String: Double] = [
    "ckmb.publish_on_time": 5, "ckmb.update_on_time": 4, "ckmb.content_full": 2, "tttt.procedures_paid": 2,
    "tttt.procedures_fee": 0.5, "mdsh.personal_storage": 3, "mdsh.citizen_data_dossier": 1.5,
    "mdsh.citizen_data_procedure": 2, "mdsh.certified_copy": 1, "mdhl.petition_on_time": 6,
    "mdhl.petition_satisfaction": 5,
]

/// Ten published provinces, 94 down to 86, and 85.5 at rank 10.
private let others: [(UInt8, Double)] = zip(
    [1, 4, 8, 11, 12, 14, 15, 19, 20, 22], [94, 93, 92, 91, 90, 89, 88, 87, 86, 85.5]
)
.map { ($0, $1) }

private func report(
    _ dossiers: [Dossier], focusPublished: [String: PublishedValue]? = nil, previous: [ProvinceCode: Int] = [:]
) throws(MixedBasis) -> PeriodReport {
    var aggregate = DossierAggregate(focus: ProvinceCode(66))
    for item in dossiers { aggregate.add(item, weight: 1) }
    var scores = published(others)
    var focus = PublishedScores.Province()
    focus.indicators = focusPublished ?? portalOnly.mapValues { PublishedValue(points: $0) }
    focus.total = PublishedValue(points: 99)  // a published total never scores a computed province
    scores.provinces[ProvinceCode(66)] = focus
    return try PeriodReport(
        aggregate: aggregate, period: q3, methodology: .qd766, published: PublishedFile(undated: scores),
        previousRanks: previous, focus: ProvinceRegistry.standard.province(code: ProvinceCode(66))!, targetRank: 10)
}

@Test func aComputedTotalBlendsTheExportsWithThePublishedIndicators() throws {
    let result = try report(focusDossiers(), previous: [ProvinceCode(66): 8, ProvinceCode(1): 1])
    #expect(result.ranking.count == 11)
    let focus = try #require(result.ranking.first { $0.province.code == ProvinceCode(66) })
    #expect(focus.source == .computed)
    // 52 from the exports + 32 published = 84.00 of 100.
    #expect(Rounding.cents(focus.total) == 8400)
    #expect(focus.basis == 100 && focus.publishedPoints == 32)
    #expect(
        focus.groups.mapValues(Rounding.cents) == [
            "ckmb": 1700, "tdgq": 1200, "dvctt": 1200, "tttt": 850, "mdsh": 1950, "mdhl": 1500,
        ])
    #expect(focus.rank == 11 && focus.rankChange == -3 && focus.percentile == 0)
    #expect(result.ranking.first!.rankChange == 0)
    let card = result.provinces[ProvinceCode(66)]!.scorecard
    #expect(card.scores.filter { $0.value.status == .published }.count == 11)
    #expect(card.scores.first { $0.indicator.id == "dvctt.online" }!.isApproximation)
}

@Test func publishedDVCTTPointsComeFirstAndAreReconciled() throws {
    var given = portalOnly.mapValues { PublishedValue(points: $0) }
    given["dvctt.online"] = PublishedValue(points: 9)
    given["tdgq.on_time"] = PublishedValue(points: 10, numerator: 5, denominator: 10)
    let result = try report(focusDossiers(), focusPublished: given)
    let card = result.provinces[ProvinceCode(66)]!.scorecard
    // DVCTT takes the published 9; timeliness keeps the exports' 12 (the fresher source): 81.00.
    #expect(Rounding.cents(card.total) == 8100)
    #expect(card.publishedPoints == 41)
    let lines = PortalReconciliation.lines(of: card)
    #expect(lines.map(\.indicator.id) == ["tdgq.on_time", "dvctt.online"])
    let timeliness = lines[0]
    #expect(timeliness.computed.numerator == 6 && timeliness.computed.denominator == 10)
    #expect(timeliness.pointsDifference == 2 && timeliness.numeratorDifference == 1)
    #expect(timeliness.denominatorDifference == 0)
    #expect(lines[1].computedPoints == 12 && lines[1].pointsDifference == 3 && lines[1].numeratorDifference == nil)
}

@Test func aComputedProvinceShortOfTheFullBasisIsNotRankedBesidePublishedTotals() {
    var given = portalOnly.mapValues { PublishedValue(points: $0) }
    given["mdhl.petition_on_time"] = nil
    #expect {
        _ = try report(focusDossiers(), focusPublished: given)
    } throws: { error in
        guard let mixed = error as? MixedBasis, mixed.shortfalls.count == 1 else { return false }
        let shortfall = mixed.shortfalls[0]
        let message = String(describing: mixed)
        return shortfall.province.code == ProvinceCode(66) && shortfall.basis == 94
            && shortfall.lacking.map(\.id) == ["mdhl.petition_on_time"]
            && message.hasPrefix(
                "Đắk Lắk (66) is scored on 94 of 100 points from its exports; the published scores are out of 100. "
                    + "Give its published points for mdhl.petition_on_time.")
    }
}

@Test func withoutPublishedScoresEveryProvinceIsRankedOnTheExportsBasis() throws {
    var aggregate = DossierAggregate(focus: ProvinceCode(66))
    for item in focusDossiers() { aggregate.add(item, weight: 1) }
    let result = try PeriodReport(
        aggregate: aggregate, period: q3, methodology: .qd766,
        focus: ProvinceRegistry.standard.province(code: ProvinceCode(66))!, targetRank: 10)
    #expect(result.ranking.count == 1)
    #expect(result.ranking[0].basis == 62 && result.ranking[0].publishedPoints == 0)
    #expect(Rounding.cents(result.ranking[0].total) == 5200)
    #expect(result.ranking[0].rank == 1 && result.ranking[0].percentile == 100)
}

@Test func gapAnalysisFindsTheSmallestNumberOfDossiersAndChecksIt() throws {
    let result = try report(focusDossiers())
    let focus = result.focus
    #expect(!focus.isInsideTarget)
    #expect(focus.reference?.province.code == ProvinceCode(22))
    #expect(focus.pointsToTarget == 1.51)  // 85.50 + 0.01 − 84.00
    // Ranked totals 84, 85.5, 86, …, 94: the median is the 6th (89); P75 at position 7.5, (91 + 92) / 2.
    #expect(focus.median == 89 && focus.p75 == 91.5 && focus.percentile == 0)

    let timeliness = try #require(focus.indicators.first { $0.score.indicator.metric == .timelinessRate })
    #expect(timeliness.movable == 4)
    #expect(timeliness.additionalDossiers == 1)  // 2 points per dossier

    // Dossier satisfaction: 0.667 points per dossier, 3 of the 4 overdue close 1.51.
    let satisfaction = try #require(focus.indicators.first { $0.score.indicator.metric == .dossierSatisfaction })
    #expect(satisfaction.movable == 4 && satisfaction.additionalDossiers == 2 + 1)
    #expect(satisfaction.closesAlone == true)

    // Settling that dossier on time for real also lifts dossier satisfaction: 86.67, rank 9.
    let improved = try report(focusDossiers(overdue: 3))
    #expect(improved.focus.standing!.rank == 9)

    // Payment is at its maximum already: it cannot close the gap.
    let payment = try #require(focus.indicators.first { $0.score.indicator.id == "tttt.payment" })
    #expect(payment.closesAlone == false && payment.score.headroom == 0)
    // A published indicator has headroom but no dossier can move it.
    let petitions = try #require(focus.indicators.first { $0.score.indicator.id == "mdhl.petition_satisfaction" })
    #expect(petitions.score.headroom == 1 && petitions.movable == nil && petitions.closesAlone == nil)
    #expect(petitions.score.value.status == .published && petitions.additionalDossiers == nil)
}

@Test func aProvinceInsideTheTargetReportsItsLead() throws {
    let result = try report(focusDossiers(overdue: 0))  // 62 + 32 = 94: tied with Hà Nội, listed after it
    #expect(result.focus.standing?.rank == 1)
    #expect(result.focus.isInsideTarget)
    #expect(result.focus.reference?.province.code == ProvinceCode(22))
    #expect(result.focus.pointsToTarget == 8.5)  // 94.00 − 85.50
    #expect(result.focus.indicators.allSatisfy { $0.additionalDossiers == nil })
}

@Test func theTrendTakesEachPeriodsPublishedRowsAndListsAPeriodItCannotRank() throws {
    var aggregate = DossierAggregate(focus: ProvinceCode(66))
    for item in focusDossiers() { aggregate.add(item, weight: 1) }
    aggregate.add(
        dossier("Q2", received: "2025-05-05 08:00", due: "2025-05-20 17:00", finished: "2025-05-10 08:00"), weight: 1)
    // Q2 has a published province but no published indicators for Đắk Lắk: not one basis.
    var q2Scores = published([(1, 90)])
    var q3Scores = published(others)
    var focus = PublishedScores.Province()
    focus.indicators = portalOnly.mapValues { PublishedValue(points: $0) }
    q3Scores.provinces[ProvinceCode(66)] = focus
    q2Scores.provinces[ProvinceCode(4)] = nil
    let file = PublishedFile(dated: [q2: q2Scores, q3: q3Scores])
    let result = try PeriodReport(
        aggregate: aggregate, period: q3, methodology: .qd766, published: file,
        focus: ProvinceRegistry.standard.province(code: ProvinceCode(66))!, targetRank: 10)
    #expect(result.trend.map(\.period) == [q2, q3])
    let earlier = result.trend[0]
    #expect(!earlier.isRanked)
    #expect(earlier.ranking.map(\.province.code.value) == [66] && earlier.ranking[0].rank == nil)
    #expect(earlier.ranking[0].basis < 100)
    #expect(result.trend[1].ranking.count == 11 && result.trend[1].isRanked)
}
