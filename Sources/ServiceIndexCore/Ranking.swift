/// Standard competition ranking (1, 2, 2, 4) on totals rounded to 2 decimals, descending.
///
/// ```swift
/// Ranking.competitionRanks([90.004, 90.001, 80])   // [1, 1, 3]
/// ```
public enum Ranking {
    /// The rank of each total, in the order given.
    public static func competitionRanks(_ totals: [Double]) -> [Int] {
        let cents = totals.map(Rounding.cents)
        return cents.map { value in 1 + cents.filter { $0 > value }.count }
    }

    /// Sorts items by rounded total descending, then by `tiebreak`, and ranks them.
    public static func ranked<Item>(
        _ items: [Item], total: (Item) -> Double, tiebreak: (Item, Item) -> Bool
    ) -> [(rank: Int, item: Item)] {
        let sorted = items.sorted { a, b in
            let ca = Rounding.cents(total(a))
            let cb = Rounding.cents(total(b))
            return ca != cb ? ca > cb : tiebreak(a, b)
        }
        var result: [(rank: Int, item: Item)] = []
        for (position, item) in sorted.enumerated() {
            if let last = result.last, Rounding.cents(total(last.item)) == Rounding.cents(total(item)) {
                result.append((last.rank, item))
            } else {
                result.append((position + 1, item))
            }
        }
        return result
    }
}
