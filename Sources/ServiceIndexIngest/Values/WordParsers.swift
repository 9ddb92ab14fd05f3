import ServiceIndexCore

/// Parsers for the coded and worded values (docs/methodology.md, Values): flags, status, channel, rating,
/// payment, service level. Digits are read straight from the bytes; words match case- and
/// diacritics-insensitively ("Trực tuyến" = "truc tuyen" = "TRUC TUYEN").
///
/// Every parser takes trimmed, non-empty bytes and returns nil for a value it does not know.
public enum WordParsers {
    /// `1/0`, `true/false`, `yes/no`, `có/không`.
    public static func flag(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        if bytes.count == 1 {
            switch bytes[0] {
            case UInt8(ascii: "1"): return true
            case UInt8(ascii: "0"): return false
            default: break
            }
        }
        return flagWords[key(bytes)]
    }

    /// `1`–`10`, or the English or Vietnamese status words.
    public static func status(_ bytes: UnsafeBufferPointer<UInt8>) -> DossierStatus? {
        if let number = smallNumber(bytes) { return DossierStatus(rawValue: UInt8(clamping: number)) }
        return statusWords[key(bytes)]
    }

    /// `1` direct, `2` online, `3` postal, or the Vietnamese or English words (BCCI is postal).
    public static func channel(_ bytes: UnsafeBufferPointer<UInt8>) -> Channel? {
        if let number = smallNumber(bytes) { return Channel(rawValue: UInt8(clamping: number)) }
        return channelWords[key(bytes)]
    }

    /// `1` dissatisfied, `2` satisfied, `3` very satisfied, or the words.
    public static func rating(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt8? {
        if let number = smallNumber(bytes) { return (1...3).contains(number) ? UInt8(number) : nil }
        return ratingWords[key(bytes)]
    }

    /// `0` not paid online, `1` paid on DVCQG, `2` paid on the local portal, `3` a fee requested
    /// and not paid yet (some one-stop systems send it: not paid online); flag words too (yes
    /// counts as paid online, no as not).
    public static func paidOnline(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt8? {
        if let number = smallNumber(bytes) { return (0...3).contains(number) ? UInt8(number) : nil }
        return flagWords[key(bytes)].map { $0 ? 1 : 0 }
    }

    /// The online-service level: `4` full online (toàn trình), `3` partly online (một phần), `2`
    /// or `1` information only; the words too.
    public static func serviceLevel(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt8? {
        if let number = smallNumber(bytes) { return (1...4).contains(number) ? UInt8(number) : nil }
        return serviceLevelWords[key(bytes)]
    }

    /// A whole number ≥ 0 of at most 9 digits, or nil.
    static func smallNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 9 else { return nil }
        var value = 0
        for byte in bytes {
            guard byte &- 0x30 < 10 else { return nil }
            value = value * 10 + Int(byte &- 0x30)
        }
        return value
    }

    static func key(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        NameKey.word(String(decoding: bytes, as: UTF8.self))
    }

    private static func table<Value>(_ entries: [(String, Value)]) -> [String: Value] {
        Dictionary(entries.map { (NameKey.word($0.0), $0.1) }, uniquingKeysWith: { first, _ in first })
    }

    private static let flagWords = table([
        ("true", true), ("false", false), ("yes", true), ("no", false), ("có", true), ("không", false),
    ])

    private static let statusWords: [String: DossierStatus] = table([
        ("newly registered", .newlyRegistered), ("accepted", .accepted),
        ("not accepted", .notAccepted), ("processing", .processing),
        ("supplement requested", .supplementRequested),
        ("financial obligation requested", .financialObligationRequested),
        ("withdrawn", .withdrawn), ("stopped", .stopped),
        ("processing finished", .processingFinished), ("result returned", .resultReturned),
        ("Mới đăng ký", .newlyRegistered), ("Được tiếp nhận", .accepted),
        ("Không được tiếp nhận", .notAccepted), ("Đang xử lý", .processing),
        ("Yêu cầu bổ sung", .supplementRequested),
        ("Yêu cầu thực hiện nghĩa vụ tài chính", .financialObligationRequested),
        ("Công dân yêu cầu rút hồ sơ", .withdrawn), ("Dừng xử lý", .stopped),
        ("Đã xử lý xong", .processingFinished), ("Đã trả kết quả", .resultReturned),
    ])

    private static let channelWords: [String: Channel] = table([
        ("trực tiếp", .direct), ("trực tuyến", .online), ("bưu chính", .postal), ("BCCI", .postal),
        ("bưu chính công ích", .postal), ("direct", .direct), ("online", .online), ("postal", .postal),
    ])

    /// `department` or `commune`, the portal's `PROVINCE` / `COMMUNE`, or `sở` / `cấp tỉnh`,
    /// `xã` / `cấp xã`.
    public static func unitLevel(_ bytes: UnsafeBufferPointer<UInt8>) -> UnitLevel? {
        unitLevelWords[key(bytes)]
    }

    private static let unitLevelWords: [String: UnitLevel] = table([
        ("department", .department), ("province", .department), ("sở", .department), ("cấp tỉnh", .department),
        ("commune", .commune), ("xã", .commune), ("cấp xã", .commune),
    ])

    private static let serviceLevelWords: [String: UInt8] = table([
        ("toàn trình", 4), ("DVC toàn trình", 4), ("một phần", 3), ("DVC một phần", 3), ("full online", 4),
        ("partly online", 3),
    ])

    private static let ratingWords: [String: UInt8] = table([
        ("Không hài lòng", 1), ("Hài lòng", 2), ("Rất hài lòng", 3),
        ("dissatisfied", 1), ("satisfied", 2), ("very satisfied", 3),
    ])
}
