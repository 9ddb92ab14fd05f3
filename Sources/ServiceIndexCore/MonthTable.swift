/// The local start of every month from January 2000 to January 2100, for finding the month of
/// a moment quickly (this runs several times per dossier); other moments go through the calendar.
enum MonthTable {
    static let firstIndex = 2000 * 12
    static let averageLength: Int64 = 2_629_800  // 365.25 days / 12
    static let localStarts: [Int64] = (0...1200).map { offset in
        let month = firstIndex + offset
        return CivilDate(year: month / 12, month: month % 12 + 1, day: 1).daysSinceEpoch * 86_400
    }

    /// The month, in months since January of year 0, that contains a moment (local time).
    @inline(__always)
    static func monthIndex(containing instant: Instant) -> Int {
        let local = instant.localSeconds
        let starts = localStarts
        if local >= starts[0] && local < starts[starts.count - 1] {
            var slot = Int((local - starts[0]) / averageLength)
            slot = min(slot, starts.count - 2)
            while starts[slot] > local { slot -= 1 }
            while starts[slot + 1] <= local { slot += 1 }
            return firstIndex + slot
        }
        let date = CivilDate(localSeconds: local)
        return date.year * 12 + date.month - 1
    }

    /// 00:00 local time on the first day of a month.
    static func start(ofMonthIndex month: Int) -> Instant {
        let year = Period.floorDivide(month, 12)
        return Instant(
            local: CivilDate(year: year, month: month - year * 12 + 1, day: 1), hour: 0, minute: 0, second: 0)
    }
}
