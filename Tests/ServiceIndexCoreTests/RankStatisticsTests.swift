import ServiceIndexCore
import Testing

@Test(arguments: [
    // Sorted 10, 20, 30, 40: median at position 1.5, P75 at 2.25.
    ([40.0, 10, 30, 20], 0.5, 25.0),
    ([40.0, 10, 30, 20], 0.75, 32.5),
    // Odd count: the median is the middle value; P75 at position 3 of 0…4.
    ([5.0, 1, 3, 2, 4], 0.5, 3.0),
    ([5.0, 1, 3, 2, 4], 0.75, 4.0),
    // One value is every quantile.
    ([7.25], 0.75, 7.25),
    // Ties interpolate between equal neighbours.
    ([60.0, 60, 70], 0.75, 65.0),
])
func quantilesInterpolateBetweenClosestRanks(values: [Double], q: Double, expected: Double) {
    #expect(RankStatistics.quantile(values, q) == expected)
}

@Test func noValuesHaveNoQuantile() {
    #expect(RankStatistics.quantile([], 0.5) == nil)
}

@Test func percentileRunsFromTheLastRankToTheFirst() {
    #expect(RankStatistics.percentile(rank: 1, of: 5) == 100)
    #expect(RankStatistics.percentile(rank: 2, of: 5) == 75)
    #expect(RankStatistics.percentile(rank: 5, of: 5) == 0)
    // Two entries tied at rank 2 of 5 share 75; a single entry is at 100.
    #expect(RankStatistics.percentile(rank: 1, of: 1) == 100)
}
