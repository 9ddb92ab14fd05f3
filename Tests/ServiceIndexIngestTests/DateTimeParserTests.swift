import ServiceIndexCore
import ServiceIndexIngest
import Testing

// Hand-computed anchors (UTC epoch seconds):
// 2025-01-01 00:00 UTC = 20089 days × 86400 = 1735689600.
// 2025-07-01 is 181 days later: 00:00 UTC = 1751328000, 00:00 +07:00 = 1751328000 − 25200.
private let july1Midnight: Int64 = 1_751_302_800  // 2025-07-01 00:00:00 +07:00
private let july1At0830: Int64 = 1_751_333_400  // 2025-07-01 08:30:00 +07:00 (01:30 UTC)

@Suite("DateTimeParser")
struct DateTimeParserTests {
    @Test(
        "every accepted form gives the exact instant",
        arguments: [
            // DVCQG yyyyMMddHHmmss, local time.
            ("20250701083000", july1At0830),
            ("20250701000000", july1Midnight),
            ("20241231235959", 1_735_689_600 - 25_200 - 1),
            // yyyy-MM-dd HH:mm[:ss], local time.
            ("2025-07-01 08:30", july1At0830),
            ("2025-07-01 08:30:00", july1At0830),
            ("2025-07-01 08:30:45", july1At0830 + 45),
            ("2025-07-01 00:00", july1Midnight),
            ("2025-07-01 23:59:59", july1Midnight + 86_399),
            // ISO 8601 with T: no zone is local; Z and ±hh:mm are honoured; fractions dropped.
            ("2025-07-01T08:30:00", july1At0830),
            ("2025-07-01T08:30:00+07:00", july1At0830),
            ("2025-07-01T01:30:00Z", july1At0830),
            ("2025-06-30T20:30:00-05:00", july1At0830),
            ("2025-07-01T08:30:00+05:30", july1At0830 + 5_400),
            ("2025-07-01T08:30:00-00:00", july1At0830 + 25_200),
            ("2025-07-01T08:30:00.123", july1At0830),
            ("2025-07-01T08:30:00.999999+07:00", july1At0830),
            ("2025-07-01T01:30:00.5Z", july1At0830),
            ("2025-07-01T08:30:59.9", july1At0830 + 59),
            ("1970-01-01T00:00:00Z", 0),
            // dd/MM/yyyy HH:mm[:ss], local time; day, month and hour may have one digit.
            ("01/07/2025 08:30", july1At0830),
            ("01/07/2025 08:30:00", july1At0830),
            ("1/7/2025 8:30", july1At0830),
            ("1/7/2025 08:30", july1At0830),
            ("01/7/2025 8:30", july1At0830),
            ("1/07/2025 8:30:00", july1At0830),
            ("01/07/2025 8:30:45", july1At0830 + 45),
            ("01/01/1970 07:00", 0),
            ("09/01/2025 09:05:07", 1_735_689_600 - 25_200 + 8 * 86_400 + 9 * 3_600 + 5 * 60 + 7),
            // Dates alone, dd/MM/yyyy, yyyy-MM-dd and yyyyMMdd: midnight local when not a due date.
            ("01/07/2025", july1Midnight),
            ("1/7/2025", july1Midnight),
            ("2025-07-01", july1Midnight),
            ("20250701", july1Midnight),
            // ISO with milliseconds, as the DVCQG sync payload writes it.
            ("2025-07-01T08:30:00.123+07:00", july1At0830),
            // Leap days: 2024 and 2000 are leap years. 2024-01-01 00:00 UTC = 1704067200.
            ("29/02/2024", 1_704_067_200 + 59 * 86_400 - 25_200),
            ("2000-02-29 12:00", 951_782_400 + 5 * 3_600),
        ] as [(String, Int64)])
    func accepts(_ text: String, _ seconds: Int64) {
        #expect(DateTimeParser.parse(text) == Instant(seconds: seconds), "\(text)")
    }

    @Test(
        "a date-only due date means 23:59:59 that day; other forms ignore the due flag",
        arguments: [
            ("01/07/2025", july1Midnight + 86_399),
            ("1/7/2025", july1Midnight + 86_399),
            ("31/12/2025", 1_767_200_399),
            ("2025-07-01", july1Midnight + 86_399),
            ("20250701", july1Midnight + 86_399),
            ("20251231", 1_767_200_399),
            ("01/07/2025 00:00", july1Midnight),
            ("2025-07-01 08:30", july1At0830),
            ("20250701083000", july1At0830),
            ("2025-07-01T08:30:00+07:00", july1At0830),
        ] as [(String, Int64)])
    func dueDates(_ text: String, _ seconds: Int64) {
        #expect(DateTimeParser.parse(text, dateOnlyEndOfDay: true) == Instant(seconds: seconds), "\(text)")
    }

    @Test(
        "anything else is not a date",
        arguments: [
            // Impossible dates and times.
            "31/02/2025", "29/02/2025", "29/02/1900", "31/04/2025", "00/07/2025", "01/00/2025", "32/01/2025",
            "2025-13-01 10:00", "2025-00-10 10:00", "2025-02-30 10:00", "2025-07-01 24:00", "2025-07-01 23:60",
            "2025-07-01 08:30:60", "20251301083000", "20250701240000", "20250701086000", "20250701083060",
            "2025-07-01T24:00:00Z", "0000-01-01T00:00:00Z", "01/07/2025 24:00", "01/07/2025 8:30:60",
            // Forms the tool does not accept.
            "2025-07-01T08:30", "2025-07-01T08:30Z", "2025-7-1", "2025-07-1", "20251301", "20250230", "2025070",
            "202507011", "2025070x", "00000701", "2025-07-01T08:30:00+0700",
            "2025-07-01T08:30:00+07", "2025-07-01T08:30:00+24:00", "2025-07-01T08:30:00+07:60",
            "2025-07-01T08:30:00.", "2025-07-01T08:30:00.5.5", "2025-07-01 08:30:00.5", "2025-07-01 08:30Z",
            "2025-07-01 8:30", "2025-7-1 08:30", "2025/07/01 08:30", "01-07-2025", "01/07/25", "1/7/25 8:30",
            "01/07/2025 08:30:00.5", "01/07/2025T08:30", "01/07/2025 08", "01/07/2025 8:3", "001/07/2025",
            "2025070108300", "202507010830000", "20250701083000Z", "2025-07-01T08:30:00 +07:00",
            // Letters, extra text, white space (cells are trimmed before parsing).
            "", "abc", "yesterday", "2025-07-0a 08:30", "01/07/2025 08:30 extra", "x01/07/2025",
            "2025-07-01 08:30 ", " 2025-07-01 08:30", "01/07/2025  08:30", "１/７/２０２５",
            // 19 bytes, one out of place (the positional reading of yyyy-MM-dd HH:mm:ss).
            "2025-07-01 08:30:4x", "2025/07-01 08:30:45", "2025-07/01 08:30:45", "2025-07-01x08:30:45",
            "2025-07-01 08-30:45", "2025-07-01 08:30-45", "2O25-07-01 08:30:45", "2025-07-01 0 :30:45",
            "0000-07-01 08:30:45", "2025-02-29 08:30:45", "2025-07-01 23:59:60", "2025-07-01 08:30:4 ",
            "/025-07-01 08:30:45", "2025-07-01 08:30::5", "2025-0\u{7F}-01 08:30:45", "2025-07-é 08:30:45",
            "2025-07-01 08:3é:5",
            // 14 bytes, one not a digit (the word-at-a-time reading of yyyyMMddHHmmss).
            "2025070108300x", "x0250701083000", "2025070:083000", "20250701/83000", "202507010830\u{7F}0",
            "2025070108 000", "20250701é3000", "00000701083000", "20250229083000",
        ])
    func rejects(_ text: String) {
        #expect(DateTimeParser.parse(text) == nil, "\(text.debugDescription)")
        #expect(DateTimeParser.parse(text, dateOnlyEndOfDay: true) == nil, "\(text.debugDescription), due")
    }

    /// Every field of `yyyyMMddHHmmss` lands where it belongs: the instants of many
    /// generated moments, printed and read back.
    @Test("yyyyMMddHHmmss reads back every moment it prints")
    func compactFormRoundTrips() {
        var seconds: Int64 = -2_208_988_800  // 1900-01-01 UTC
        while seconds < 4_102_444_800 {  // 2100-01-01 UTC
            let iso = Instant(seconds: seconds).description  // yyyy-MM-ddTHH:mm:ss+07:00
            let compact = String(iso.prefix(19).filter(\.isNumber))
            #expect(DateTimeParser.parse(compact) == Instant(seconds: seconds), "\(compact)")
            seconds += 7_919_993  // about three months, a prime: every field value varies
        }
    }

    @Test("the byte form agrees with the string form")
    func bytesAndString() {
        var text = "2025-07-01T08:30:00Z"
        let fromBytes = text.withUTF8 { DateTimeParser.parse($0) }
        #expect(fromBytes == Instant(seconds: july1At0830 + 25_200))
        #expect(fromBytes == DateTimeParser.parse("2025-07-01T08:30:00Z"))
    }

    @Test("instants print as local ISO time")
    func instantDescription() {
        #expect(Instant(seconds: july1At0830).description == "2025-07-01T08:30:00+07:00")
        #expect(Instant(seconds: 0).description == "1970-01-01T07:00:00+07:00")
        #expect(Instant(seconds: -25_201).description == "1969-12-31T23:59:59+07:00")
    }
}
