/// Why a row was rejected (docs/methodology.md, Bad input and rejects).
public enum RejectReason: String, CaseIterable, Sendable, Comparable {
    case wrongFieldCount = "wrong_field_count"
    case missingValue = "missing_value"
    case badDatetime = "bad_datetime"
    case badStatus = "bad_status"
    case badChannel = "bad_channel"
    case badFlag = "bad_flag"
    case badRating = "bad_rating"
    case badNumber = "bad_number"
    case unknownProvince = "unknown_province"
    case finishedBeforeReceived = "finished_before_received"
    case dueBeforeReceived = "due_before_received"
    case invalidUTF8 = "invalid_utf8"
    case fieldTooLong = "field_too_long"

    public static func < (lhs: RejectReason, rhs: RejectReason) -> Bool { lhs.rawValue < rhs.rawValue }
}
