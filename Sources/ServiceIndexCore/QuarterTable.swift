/// The local start of every quarter from 2000-Q1 to 2100-Q1, for `Quarter(containing:)`.
enum QuarterTable {
    static let firstIndex = 2000 * 4
    static let averageLength: Int64 = 7_889_400  // 365.25 days / 4
    static let localStarts: [Int64] = (0...400).map { offset in
        let quarter = Quarter(index: firstIndex + offset)
        return CivilDate(year: quarter.year, month: (quarter.number - 1) * 3 + 1, day: 1).daysSinceEpoch * 86_400
    }
}
