import ServiceIndexCore

/// Parses the datetime forms (docs/methodology.md, Values) from bytes, without Foundation.
///
/// Accepted: `yyyyMMddHHmmss` (DVCQG), `yyyy-MM-dd HH:mm[:ss]`,
/// `yyyy-MM-ddTHH:mm:ss[.fff][Z|±hh:mm]`, `dd/MM/yyyy HH:mm[:ss]`, and the date-only forms
/// `dd/MM/yyyy`, `yyyy-MM-dd` and `yyyyMMdd` that one-stop systems write due dates in (day,
/// month and hour of the slashed forms may have one digit, as spreadsheets write them).
/// Without a zone a time is Vietnam local time (UTC+7). Fractional seconds (ISO form only) are
/// dropped.
///
/// ```swift
/// DateTimeParser.parse("20250701083000")   // 2025-07-01 08:30 +07:00
/// DateTimeParser.parse("01/07/2025", dateOnlyEndOfDay: true)   // 2025-07-01 23:59:59 +07:00
/// DateTimeParser.parse("20260615")   // 2026-06-15 00:00 +07:00
/// ```
public enum DateTimeParser {
    /// Parses trimmed bytes; nil when the value is not one of the accepted forms or not a real
    /// date and time.
    /// - Parameter dateOnlyEndOfDay: a date without a time means 23:59:59 (for `due_at`)
    ///   rather than 00:00:00.
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>, dateOnlyEndOfDay: Bool = false) -> Instant? {
        guard let base = bytes.baseAddress else { return nil }
        func number(_ at: Int, _ count: Int) -> Int {
            var value = 0
            for offset in at..<(at + count) { value = value * 10 + Int(base[offset] &- 0x30) }
            return value
        }
        // All digits, not just 14 bytes: "1/7/2025 08:30" is 14 bytes too. Read as two
        // overlapping words, `yyyyMMdd` and `ddHHmmss`.
        if bytes.count == 14 {
            let raw = UnsafeRawPointer(base)
            let date = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
            let time = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 6, as: UInt64.self))
            if areDigits(date, mask: ~0), areDigits(time, mask: ~0) {
                let (century, year, month, day) = digitPairs(date)
                let (_, hour, minute, second) = digitPairs(time)
                return make(century * 100 + year, month, day, hour, minute, second, offset: nil)
            }
        }
        // `yyyyMMdd`, a date alone.
        if bytes.count == 8, bytes.allSatisfy({ $0 &- 0x30 < 10 }) {
            return date(number(0, 4), number(4, 2), number(6, 2), endOfDay: dateOnlyEndOfDay)
        }
        // `yyyy-MM-dd HH:mm:ss`, the most common form after DVCQG's, read by position.
        if bytes.count == 19, isDashedDateTime(base) {
            return make(
                number(0, 4), number(5, 2), number(8, 2), number(11, 2), number(14, 2), number(17, 2), offset: nil)
        }
        var scanner = ByteScanner(bytes)
        if bytes.count >= 5, bytes[4] == UInt8(ascii: "-") {
            return parseISO(&scanner, dateOnlyEndOfDay: dateOnlyEndOfDay)
        }
        return parseSlashed(&scanner, dateOnlyEndOfDay: dateOnlyEndOfDay)
    }

    /// Whether the 19 bytes at `base` are `dddd-dd-dd dd:dd:dd`: three overlapping 8-byte words
    /// (bytes 0–7, 8–15 and 11–18), whose separators must match exactly and whose other bytes
    /// must be ASCII digits.
    @inline(__always)
    private static func isDashedDateTime(_ base: UnsafePointer<UInt8>) -> Bool {
        let raw = UnsafeRawPointer(base)
        let words = (
            UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self)),
            UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)),
            UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 11, as: UInt64.self))
        )
        // Byte k of a word is bits 8k…8k+7. Separators: "-" at 4 and 7; " " at 10 (8 + 2) and
        // ":" at 13 (8 + 5); ":" at 16 (11 + 5).
        let separators = (
            words.0 & 0xFF00_00FF_0000_0000 == 0x2D00_002D_0000_0000,
            words.1 & 0x0000_FF00_00FF_0000 == 0x0000_3A00_0020_0000,
            words.2 & 0x0000_FF00_0000_0000 == 0x0000_3A00_0000_0000
        )
        guard separators.0, separators.1, separators.2 else { return false }
        return areDigits(words.0, mask: 0x00FF_FF00_FFFF_FFFF) && areDigits(words.1, mask: 0xFFFF_00FF_FF00_FFFF)
            && areDigits(words.2, mask: 0xFFFF_00FF_FF00_FFFF)
    }

    /// Whether every byte of `word` selected by `mask` (0xFF bytes) is an ASCII digit. A digit
    /// XOR 0x30 is 0…9, and 0x76 added to 0…9 stays below 0x80; a larger byte, or one with its
    /// top bit set, shows its top bit. A carry out of a byte only happens when that byte fails.
    @inline(__always)
    static func areDigits(_ word: UInt64, mask: UInt64) -> Bool {
        let values = word ^ 0x3030_3030_3030_3030
        return ((values &+ 0x7676_7676_7676_7676) | values) & mask & 0x8080_8080_8080_8080 == 0
    }

    /// The four two-digit numbers of eight ASCII digits (first byte first), `areDigits` known:
    /// each digit times ten plus the next, kept from every other byte.
    @inline(__always)
    static func digitPairs(_ word: UInt64) -> (Int, Int, Int, Int) {
        let digits = word ^ 0x3030_3030_3030_3030
        let pairs = (digits &* 10 &+ (digits >> 8)) & 0x00FF_00FF_00FF_00FF
        return (Int(pairs & 0xFF), Int(pairs >> 16 & 0xFF), Int(pairs >> 32 & 0xFF), Int(pairs >> 48 & 0xFF))
    }

    /// `parse` over a string (tests, arguments).
    public static func parse(_ text: String, dateOnlyEndOfDay: Bool = false) -> Instant? {
        var copy = text
        return copy.withUTF8 { parse($0, dateOnlyEndOfDay: dateOnlyEndOfDay) }
    }

    private static func parseISO(_ scanner: inout ByteScanner, dateOnlyEndOfDay: Bool) -> Instant? {
        guard let year = scanner.digits(4), scanner.take("-"), let month = scanner.digits(2),
            scanner.take("-"), let day = scanner.digits(2)
        else { return nil }
        if scanner.isAtEnd { return date(year, month, day, endOfDay: dateOnlyEndOfDay) }
        if scanner.take(" ") {
            guard let time = timeToEnd(&scanner, hourDigits: 2...2) else { return nil }
            return make(year, month, day, time.hour, time.minute, time.second, offset: nil)
        }
        guard scanner.take("T"), let hour = scanner.digits(2), scanner.take(":"),
            let minute = scanner.digits(2), scanner.take(":"), let second = scanner.digits(2)
        else { return nil }
        if scanner.take(".") {
            guard scanner.skipDigits() > 0 else { return nil }
        }
        var offset: Int? = nil
        if scanner.take("Z") {
            offset = 0
        } else if let sign = scanner.takeSign() {
            guard let hours = scanner.digits(2), scanner.take(":"), let minutes = scanner.digits(2),
                hours <= 23, minutes <= 59
            else { return nil }
            offset = sign * (hours * 3600 + minutes * 60)
        }
        guard scanner.isAtEnd else { return nil }
        return make(year, month, day, hour, minute, second, offset: offset)
    }

    private static func parseSlashed(_ scanner: inout ByteScanner, dateOnlyEndOfDay: Bool) -> Instant? {
        guard let day = scanner.digits(1...2), scanner.take("/"), let month = scanner.digits(1...2),
            scanner.take("/"), let year = scanner.digits(4)
        else { return nil }
        if scanner.isAtEnd { return date(year, month, day, endOfDay: dateOnlyEndOfDay) }
        guard scanner.take(" "), let time = timeToEnd(&scanner, hourDigits: 1...2) else { return nil }
        return make(year, month, day, time.hour, time.minute, time.second, offset: nil)
    }

    /// `HH:mm[:ss]` ending the value (seconds 0 when absent).
    private static func timeToEnd(_ scanner: inout ByteScanner, hourDigits: ClosedRange<Int>)
        -> (hour: Int, minute: Int, second: Int)?
    {
        guard let hour = scanner.digits(hourDigits), scanner.take(":"), let minute = scanner.digits(2)
        else { return nil }
        var second = 0
        if scanner.take(":") {
            guard let value = scanner.digits(2) else { return nil }
            second = value
        }
        return scanner.isAtEnd ? (hour, minute, second) : nil
    }

    /// A date alone: 23:59:59 that day for a due date, else 00:00:00.
    private static func date(_ year: Int, _ month: Int, _ day: Int, endOfDay: Bool) -> Instant? {
        endOfDay ? make(year, month, day, 23, 59, 59, offset: nil) : make(year, month, day, 0, 0, 0, offset: nil)
    }

    /// Builds the instant when every part is in range; `offset` nil means local time.
    private static func make(
        _ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, _ second: Int, offset: Int?
    ) -> Instant? {
        guard year >= 1, CivilDate.isValid(year: year, month: month, day: day), hour <= 23,
            minute <= 59, second <= 59
        else { return nil }
        let local = Instant(
            local: CivilDate(year: year, month: month, day: day), hour: hour, minute: minute,
            second: second)
        guard let offset else { return local }
        return Instant(seconds: local.seconds + Instant.vietnamOffset - Int64(offset))
    }
}
