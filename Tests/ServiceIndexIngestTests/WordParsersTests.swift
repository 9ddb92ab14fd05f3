import Foundation
import ServiceIndexCore
import ServiceIndexIngest
import Testing

/// Runs a byte parser over a string's UTF-8.
private func parse<Value>(_ text: String, _ parser: (UnsafeBufferPointer<UInt8>) -> Value?) -> Value? {
    var copy = text
    return copy.withUTF8 { parser($0) }
}

/// The text, and the same text in NFD (exports mix both).
private func bothForms(_ text: String) -> [String] {
    [text, text.decomposedStringWithCanonicalMapping]
}

@Suite("WordParsers and NumberParsers")
struct WordParsersTests {
    @Test(
        "flags: 1/0, true/false, yes/no, có/không in any case, with or without diacritics",
        arguments: [
            ("1", true), ("0", false),
            ("true", true), ("TRUE", true), ("True", true), ("false", false), ("FALSE", false), ("False", false),
            ("yes", true), ("YES", true), ("Yes", true), ("no", false), ("NO", false), ("No", false),
            ("có", true), ("Có", true), ("CÓ", true), ("co", true), ("CO", true),
            ("không", false), ("Không", false), ("KHÔNG", false), ("khong", false), ("Khong", false),
        ] as [(String, Bool)])
    func flags(_ text: String, _ expected: Bool) {
        for form in bothForms(text) {
            #expect(parse(form, WordParsers.flag) == expected, "\(form.debugDescription)")
        }
    }

    @Test(
        "unknown flag values",
        arguments: ["maybe", "2", "-1", "10", "y", "n", "t", "f", "truee", "có thể", "x", "1.0", "không có"])
    func badFlags(_ text: String) {
        #expect(parse(text, WordParsers.flag) == nil)
    }

    @Test("status codes 1 to 10")
    func statusCodes() {
        for code in 1...10 {
            #expect(parse("\(code)", WordParsers.status)?.rawValue == UInt8(code))
        }
        #expect(parse("3", WordParsers.status) == .notAccepted)
        #expect(parse("10", WordParsers.status) == .resultReturned)
    }

    @Test(
        "status words, any case and spacing",
        arguments: [
            ("newly registered", .newlyRegistered), ("Accepted", .accepted), ("NOT ACCEPTED", .notAccepted),
            ("not_accepted", .notAccepted), ("processing", .processing),
            ("Supplement Requested", .supplementRequested),
            ("financial obligation requested", .financialObligationRequested), ("withdrawn", .withdrawn),
            ("stopped", .stopped), ("processing finished", .processingFinished),
            ("Result_Returned", .resultReturned), ("result returned", .resultReturned),
        ] as [(String, DossierStatus)])
    func statusWords(_ text: String, _ expected: DossierStatus) {
        #expect(parse(text, WordParsers.status) == expected)
    }

    @Test(
        "Vietnamese status words, in any case, with or without diacritics, NFC or NFD",
        arguments: [
            ("Mới đăng ký", .newlyRegistered), ("Được tiếp nhận", .accepted),
            ("Không được tiếp nhận", .notAccepted), ("Đang xử lý", .processing), ("dang xu ly", .processing),
            ("Yêu cầu bổ sung", .supplementRequested),
            ("Yêu cầu thực hiện nghĩa vụ tài chính", .financialObligationRequested),
            ("Công dân yêu cầu rút hồ sơ", .withdrawn), ("DỪNG XỬ LÝ", .stopped),
            ("Đã xử lý xong", .processingFinished), ("Đã trả kết quả", .resultReturned),
            ("da tra ket qua", .resultReturned),
        ] as [(String, DossierStatus)])
    func vietnameseStatusWords(_ text: String, _ expected: DossierStatus) {
        for form in bothForms(text) {
            #expect(parse(form, WordParsers.status) == expected, "\(form.debugDescription)")
        }
    }

    @Test("unknown statuses", arguments: ["0", "11", "99", "-1", "1.0", "+1", "done", "finished", "đã xong"])
    func badStatus(_ text: String) {
        #expect(parse(text, WordParsers.status) == nil)
    }

    @Test(
        "channel codes and words",
        arguments: [
            ("1", .direct), ("2", .online), ("3", .postal),
            ("Trực tiếp", .direct), ("trực tiếp", .direct), ("truc tiep", .direct), ("TRỰC TIẾP", .direct),
            ("Trực tuyến", .online), ("truc tuyen", .online), ("TRUC TUYEN", .online), ("truc-tuyen", .online),
            ("Bưu chính", .postal), ("buu chinh", .postal), ("bưu chính công ích", .postal),
            ("BCCI", .postal), ("bcci", .postal),
            ("direct", .direct), ("Online", .online), ("ONLINE", .online), ("postal", .postal),
        ] as [(String, Channel)])
    func channels(_ text: String, _ expected: Channel) {
        for form in bothForms(text) {
            #expect(parse(form, WordParsers.channel) == expected, "\(form.debugDescription)")
        }
    }

    @Test("unknown channels", arguments: ["0", "4", "12", "-1", "email", "web", "trực", "bưu điện", "offline"])
    func badChannels(_ text: String) {
        #expect(parse(text, WordParsers.channel) == nil)
    }

    @Test(
        "rating codes and words",
        arguments: [
            ("1", 1), ("2", 2), ("3", 3),
            ("Không hài lòng", 1), ("khong hai long", 1), ("KHÔNG HÀI LÒNG", 1),
            ("Hài lòng", 2), ("hai long", 2), ("HAI LONG", 2),
            ("Rất hài lòng", 3), ("rat hai long", 3),
            ("dissatisfied", 1), ("satisfied", 2), ("Very satisfied", 3),
        ] as [(String, UInt8)])
    func ratings(_ text: String, _ expected: UInt8) {
        for form in bothForms(text) {
            #expect(parse(form, WordParsers.rating) == expected, "\(form.debugDescription)")
        }
    }

    @Test("unknown ratings", arguments: ["0", "4", "5", "-1", "ok", "tốt", "rất", "2.0"])
    func badRatings(_ text: String) {
        #expect(parse(text, WordParsers.rating) == nil)
    }

    @Test(
        "paid_online: 0, 1, 2, 3 (a fee requested, not paid yet) and flag words",
        arguments: [
            ("0", 0), ("1", 1), ("2", 2), ("3", 3), ("03", 3), ("yes", 1), ("YES", 1), ("no", 0), ("true", 1),
            ("false", 0),
            ("có", 1), ("Có", 1), ("không", 0), ("khong", 0),
        ] as [(String, UInt8)])
    func paidOnline(_ text: String, _ expected: UInt8) {
        #expect(parse(text, WordParsers.paidOnline) == expected)
    }

    @Test("unknown paid_online values", arguments: ["4", "9", "-1", "maybe", "paid", "1.5", "3.0"])
    func badPaidOnline(_ text: String) {
        #expect(parse(text, WordParsers.paidOnline) == nil)
    }

    @Test(
        "service_level: 1 to 4, toàn trình and một phần in any case, with or without diacritics",
        arguments: [
            ("4", 4), ("3", 3), ("2", 2), ("1", 1), ("04", 4), ("toàn trình", 4), ("TOÀN TRÌNH", 4),
            ("toan trinh", 4), ("DVC toàn trình", 4), ("một phần", 3), ("Mot phan", 3),
        ] as [(String, UInt8)])
    func serviceLevels(_ text: String, _ expected: UInt8) {
        #expect(parse(text, WordParsers.serviceLevel) == expected)
    }

    @Test("unknown service levels", arguments: ["0", "5", "-1", "4.0", "mức 4", "trực tuyến", "full"])
    func badServiceLevels(_ text: String) {
        #expect(parse(text, WordParsers.serviceLevel) == nil)
    }

    @Test(
        "unit_level: department or commune, the portal's PROVINCE / COMMUNE, sở / cấp tỉnh, xã / cấp xã",
        arguments: [
            ("department", UnitLevel.department), ("PROVINCE", .department), ("Sở", .department),
            ("cấp tỉnh", .department), ("CAP TINH", .department), ("commune", .commune), ("COMMUNE", .commune),
            ("xã", .commune), ("Cấp xã", .commune), ("xa", .commune),
        ])
    func unitLevels(_ text: String, _ expected: UnitLevel) {
        #expect(parse(text, WordParsers.unitLevel) == expected)
    }

    @Test("unknown unit levels", arguments: ["1", "2", "phường", "huyện", "tỉnh", "ward"])
    func badUnitLevels(_ text: String) {
        #expect(parse(text, WordParsers.unitLevel) == nil)
    }

    @Test(
        "supplement_count: a whole number of at most 9 digits",
        arguments: [("0", 0), ("3", 3), ("007", 7), ("123456789", 123_456_789)] as [(String, Int)])
    func counts(_ text: String, _ expected: Int) {
        #expect(parse(text, NumberParsers.count) == expected)
    }

    @Test("bad counts", arguments: ["-1", "+1", "1.0", "1,0", "1e3", "abc", "1234567890", "", "1 2", "٣"])
    func badCounts(_ text: String) {
        #expect(parse(text, NumberParsers.count) == nil)
    }

    @Test(
        "supplement_days: decimal days as whole seconds, rounded down",
        arguments: [
            ("1.5", 129_600), ("1,5", 129_600), (".5", 43_200), (",5", 43_200), ("1.", 86_400), ("0", 0),
            ("0.0", 0), ("2", 172_800), ("0.25", 21_600), ("0.1", 8_640), ("10", 864_000),
            // 0.00001 day = 0.864 s → 0; 0.0000116 day = 1.00224 s → 1.
            ("0.00001", 0), ("0.0000116", 1),
            // Thirteen nines: 86399.99999999 s, floored.
            ("0.9999999999999", 86_399),
            ("9999999", 863_999_913_600),
        ] as [(String, Int64)])
    func days(_ text: String, _ expected: Int64) {
        #expect(NumberParsers.daysAsSeconds(text) == expected)
        #expect(parse(text, NumberParsers.daysAsSeconds) == expected)
    }

    @Test(
        "bad day counts",
        arguments: ["-1", "+1", "1e3", "abc", "", ".", ",", "1.2.3", "1,000.5", "1 000", "10000000", "1.5d", "½"])
    func badDays(_ text: String) {
        #expect(NumberParsers.daysAsSeconds(text) == nil)
    }
}
