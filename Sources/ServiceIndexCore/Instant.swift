/// A moment in time, in whole seconds since 1970-01-01 00:00 UTC.
///
/// Exports carry Vietnam local time (UTC+7, no daylight saving); `local` initialisers take that.
public struct Instant: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Seconds since the Unix epoch, UTC.
    public var seconds: Int64

    /// Vietnam's offset from UTC in seconds.
    public static let vietnamOffset: Int64 = 7 * 3600

    @inlinable
    public init(seconds: Int64) { self.seconds = seconds }

    /// A local (UTC+7) date and time.
    @inlinable
    public init(local date: CivilDate, hour: Int, minute: Int, second: Int) {
        seconds =
            date.daysSinceEpoch * 86_400 + Int64(hour * 3600 + minute * 60 + second)
            - Self.vietnamOffset
    }

    /// Seconds since the epoch on the local (UTC+7) clock.
    @inlinable
    public var localSeconds: Int64 { seconds + Self.vietnamOffset }

    /// ISO 8601 in local time, e.g. `2025-07-01T08:30:00+07:00`.
    public var description: String {
        let local = localSeconds
        let date = CivilDate(localSeconds: local)
        let rest = Int(local - date.daysSinceEpoch * 86_400)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(date)T\(two(rest / 3600)):\(two(rest / 60 % 60)):\(two(rest % 60))+07:00"
    }

    @inlinable
    public static func < (lhs: Instant, rhs: Instant) -> Bool { lhs.seconds < rhs.seconds }
}
