import ServiceIndexCore
import Testing

/// A trend period is partial when fewer dossiers were received in it than half the median of
/// that count over the trend's periods, P included (docs/methodology.md, Trend).
@Suite struct TrendCoverageTests {
    private func coverage(_ received: [Int64]) -> [TrendPeriod.Coverage] {
        let periods = received.enumerated().map { index, count in
            TrendPeriod(
                period: Period(.quarter, index: q3.index - received.count + 1 + index), received: count, ranking: [])
        }
        return TrendPeriod.markingCoverage(periods).map(\.coverage)
    }

    @Test func aLeadingThinPeriodIsPartial() {
        // Median of 40, 1000, 1100, 900, 1000 is 1000; half is 500: 40 is partial.
        #expect(coverage([40, 1000, 1100, 900, 1000]) == [.partial, .full, .full, .full, .full])
    }

    @Test func aThinPeriodInTheMiddleIsPartialAndTheBoundIsStrict() {
        // Median of 1000, 300, 1000, 1200 is (1000 + 1000) / 2 = 1000: 300 < 500 is partial.
        #expect(coverage([1000, 300, 1000, 1200]) == [.full, .partial, .full, .full])
        // Exactly half the median is not fewer than half: full.
        #expect(coverage([1000, 500, 1000]) == [.full, .full, .full])
        #expect(coverage([1000, 499, 1000]) == [.full, .partial, .full])
    }

    @Test func aTrendOfOnePeriodIsFull() {
        #expect(coverage([3]) == [.full])
        #expect(coverage([0]) == [.full])
    }

    @Test func theReportMarksThePeriodBeforeTheFirstExport() throws {
        var aggregate = DossierAggregate(focus: ProvinceCode(66))
        // One dossier received in Q1 and still open, then ten received in each of Q2 and Q3.
        aggregate.add(
            dossier("open", status: .processing, received: "2025-03-20 08:00", due: "2025-12-01 17:00"), weight: 1)
        for index in 0..<10 {
            aggregate.add(
                dossier(
                    "q2-\(index)", received: "2025-05-05 08:00", due: "2025-05-20 17:00", finished: "2025-05-10 08:00"),
                weight: 1)
            aggregate.add(
                dossier(
                    "q3-\(index)", received: "2025-08-05 08:00", due: "2025-08-20 17:00", finished: "2025-08-10 08:00"),
                weight: 1)
        }
        let report = try PeriodReport(
            aggregate: aggregate, period: q3, methodology: .qd766,
            focus: ProvinceRegistry.standard.province(code: ProvinceCode(66))!, targetRank: 10)
        #expect(report.trend.map(\.received) == [1, 10, 10])
        #expect(report.trend.map(\.coverage) == [.partial, .full, .full])
    }
}
