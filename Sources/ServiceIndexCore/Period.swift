/// A reporting period: a calendar month, quarter or year, in local time (UTC+7).
///
/// Accepted spellings: a month `2025-09`, a quarter `2025-Q3`, `2025Q3` or `Q3/2025`
/// (case-insensitive), a year `2025`.
///
/// ```swift
/// Period("Q3/2025")?.description    // "2025-Q3"
/// Period("2025-09")!.previous        // 2025-08
/// Period("2025")!.end                // 2026-01-01T00:00:00+07:00
/// ```
public struct Period: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// How long a period is.
    public enum Kind: String, CaseIterable, Sendable {
        case month
        case quarter
        case year

        /// Calendar months per period.
        public var months: Int {
            switch self {
            case .month: 1
            case .quarter: 3
            case .year: 12
            }
        }
    }

    public let kind: Kind
    /// A dense index among periods of the same kind: months since January of year 0 for a month,
    /// `year * 4 + quarter − 1` for a quarter, the year for a year.
    public let index: Int

    /// The period of a kind with a dense index.
    public init(_ kind: Kind, index: Int) {
        self.kind = kind
        self.index = index
    }

    /// The quarter `number` (1…4) of `year`.
    public static func quarter(year: Int, _ number: Int) -> Period? {
        guard (1...4).contains(number), (1...9999).contains(year) else { return nil }
        return Period(.quarter, index: year * 4 + number - 1)
    }

    /// The month `month` (1…12) of `year`.
    public static func month(year: Int, _ month: Int) -> Period? {
        guard (1...12).contains(month), (1...9999).contains(year) else { return nil }
        return Period(.month, index: year * 12 + month - 1)
    }

    /// The calendar year `year`.
    public static func year(_ year: Int) -> Period? {
        guard (1...9999).contains(year) else { return nil }
        return Period(.year, index: year)
    }

    /// Parses `YYYY-MM`, `YYYY-Qn`, `YYYYQn`, `Qn/YYYY` or `YYYY`.
    public init?(_ text: String) {
        let upper = text.trimmingWhitespace().uppercased()
        guard upper.allSatisfy(\.isASCII) else { return nil }
        func number(_ part: Substring, digits: Int) -> Int? {
            part.count == digits && part.allSatisfy(\.isNumber) ? Int(part) : nil
        }
        let parsed: Period?
        if upper.hasPrefix("Q"), let slash = upper.firstIndex(of: "/") {
            let quarter = number(upper[upper.index(after: upper.startIndex)..<slash], digits: 1)
            let year = number(upper[upper.index(after: slash)...], digits: 4)
            parsed = quarter.flatMap { q in year.flatMap { Period.quarter(year: $0, q) } }
        } else if let q = upper.firstIndex(of: "Q") {
            var yearPart = upper[..<q]
            if yearPart.hasSuffix("-") { yearPart.removeLast() }
            let quarter = number(upper[upper.index(after: q)...], digits: 1)
            parsed = number(yearPart, digits: 4).flatMap { year in quarter.flatMap { Period.quarter(year: year, $0) } }
        } else if let dash = upper.firstIndex(of: "-") {
            let month = number(upper[upper.index(after: dash)...], digits: 2)
            parsed = number(upper[..<dash], digits: 4).flatMap { year in month.flatMap { Period.month(year: year, $0) }
            }
        } else {
            parsed = number(upper[...], digits: 4).flatMap(Period.year)
        }
        guard let parsed else { return nil }
        self = parsed
    }

    /// The period of a kind that contains a moment (local time).
    public init(_ kind: Kind, containing instant: Instant) {
        let month = MonthTable.monthIndex(containing: instant)
        self.init(kind, index: Self.floorDivide(month, kind.months))
    }

    /// The quarter that contains a moment.
    public static func quarter(containing instant: Instant) -> Period { Period(.quarter, containing: instant) }

    /// The index, in months since January of year 0, of the period's first month.
    public var firstMonthIndex: Int { index * kind.months }

    /// The calendar year the period starts in.
    public var year: Int { Self.floorDivide(firstMonthIndex, 12) }

    /// The period before this one.
    public var previous: Period { Period(kind, index: index - 1) }

    /// The period `count` periods after this one (before, when negative).
    public func advanced(by count: Int) -> Period { Period(kind, index: index + count) }

    /// The first instant of the period: 00:00 local time on its first day.
    public var start: Instant { MonthTable.start(ofMonthIndex: firstMonthIndex) }

    /// The first instant after the period (its calendar end).
    public var end: Instant { MonthTable.start(ofMonthIndex: firstMonthIndex + kind.months) }

    public var description: String {
        let month = firstMonthIndex - year * 12 + 1
        switch kind {
        case .month: return "\(Self.pad(year, 4))-\(Self.pad(month, 2))"
        case .quarter: return "\(Self.pad(year, 4))-Q\((month - 1) / 3 + 1)"
        case .year: return Self.pad(year, 4)
        }
    }

    /// Periods of different kinds order by start, then by length.
    public static func < (lhs: Period, rhs: Period) -> Bool {
        if lhs.kind == rhs.kind { return lhs.index < rhs.index }
        return (lhs.firstMonthIndex, lhs.kind.months) < (rhs.firstMonthIndex, rhs.kind.months)
    }

    static func floorDivide(_ value: Int, _ divisor: Int) -> Int {
        value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
