/// A calendar quarter, the reporting period of the 766 index.
///
/// Accepted spellings: `2025-Q3`, `2025Q3`, `Q3/2025` (case-insensitive).
///
/// ```swift
/// Quarter("Q3/2025")?.description   // "2025-Q3"
/// Quarter("2025-Q3")!.previous       // 2025-Q2
/// ```
public struct Quarter: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The year, e.g. 2025.
    public let year: Int
    /// The quarter number, 1…4.
    public let number: Int

    public init?(year: Int, number: Int) {
        guard (1...4).contains(number), (1...9999).contains(year) else { return nil }
        self.year = year
        self.number = number
    }

    /// Parses `YYYY-Qn`, `YYYYQn` or `Qn/YYYY`.
    public init?(_ text: String) {
        let upper = text.trimmingWhitespace().uppercased()
        let parts: (String, String)
        if upper.hasPrefix("Q"), let slash = upper.firstIndex(of: "/") {
            parts = (
                String(upper[upper.index(after: slash)...]), String(upper[upper.index(after: upper.startIndex)..<slash])
            )
        } else if let q = upper.firstIndex(of: "Q") {
            var yearPart = String(upper[..<q])
            if yearPart.hasSuffix("-") { yearPart.removeLast() }
            parts = (yearPart, String(upper[upper.index(after: q)...]))
        } else {
            return nil
        }
        guard parts.0.count == 4, parts.1.count == 1,
            parts.0.allSatisfy(\.isASCII), let year = Int(parts.0), let number = Int(parts.1)
        else { return nil }
        self.init(year: year, number: number)
    }

    /// The quarter that contains a local (UTC+7) moment.
    ///
    /// Moments in 2000…2099 are looked up in a table of quarter starts (this runs several times
    /// per dossier); others go through the calendar.
    public init(containing instant: Instant) {
        let local = instant.localSeconds
        let starts = QuarterTable.localStarts
        if local >= starts[0] && local < starts[starts.count - 1] {
            var slot = Int((local - starts[0]) / QuarterTable.averageLength)
            slot = min(slot, starts.count - 2)
            while starts[slot] > local { slot -= 1 }
            while starts[slot + 1] <= local { slot += 1 }
            self.init(index: QuarterTable.firstIndex + slot)
            return
        }
        let date = CivilDate(localSeconds: local)
        self.init(index: date.year * 4 + (date.month - 1) / 3)
    }

    /// A dense index for arithmetic: `year * 4 + number - 1`.
    public var index: Int { year * 4 + number - 1 }

    /// The quarter with a dense index.
    public init(index: Int) {
        self.year = index / 4
        self.number = index % 4 + 1
    }

    /// The quarter before this one.
    public var previous: Quarter { Quarter(index: index - 1) }

    /// The first instant of the quarter: 00:00 local time on its first day.
    public var start: Instant {
        Instant(local: CivilDate(year: year, month: (number - 1) * 3 + 1, day: 1), hour: 0, minute: 0, second: 0)
    }

    /// The first instant after the quarter.
    public var end: Instant { Quarter(index: index + 1).start }

    public var description: String { "\(year)-Q\(number)" }

    public static func < (lhs: Quarter, rhs: Quarter) -> Bool { lhs.index < rhs.index }
}
