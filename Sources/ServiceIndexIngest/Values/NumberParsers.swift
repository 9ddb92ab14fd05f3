/// Parsers for the two numeric columns, `supplement_count` and `supplement_days`.
public enum NumberParsers {
    /// A whole number ≥ 0 (`supplement_count`); nil for anything else.
    public static func count(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        WordParsers.smallNumber(bytes)
    }

    /// A decimal number of days ≥ 0 (`supplement_days`), as whole seconds rounded down; `.` or
    /// `,` is the decimal mark. Nil for anything else (a sign, a thousands separator, letters).
    ///
    /// ```swift
    /// NumberParsers.daysAsSeconds("1.5")   // 129600
    /// ```
    public static func daysAsSeconds(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        var whole: Int64 = 0
        var wholeDigits = 0
        var index = 0
        while index < bytes.count, bytes[index] &- 0x30 < 10 {
            guard wholeDigits < 7 else { return nil }  // up to 9,999,999 days
            whole = whole * 10 + Int64(bytes[index] &- 0x30)
            wholeDigits += 1
            index += 1
        }
        // The fraction as an exact numerator over 10^digits (at most 12 digits kept exactly,
        // enough for whole seconds; further digits cannot change the floor by a full second
        // once 12 are kept, since 86400 × 10^-12 < 1).
        var fraction: Int64 = 0
        var scale: Int64 = 1
        var fractionDigits = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ",") {
            index += 1
            while index < bytes.count, bytes[index] &- 0x30 < 10 {
                if fractionDigits < 12 {
                    fraction = fraction * 10 + Int64(bytes[index] &- 0x30)
                    scale *= 10
                }
                fractionDigits += 1
                index += 1
            }
        }
        guard index == bytes.count, wholeDigits > 0 || fractionDigits > 0 else { return nil }
        // fraction × 86400 < 10^12 × 86400 fits in Int64.
        return whole * 86_400 + fraction * 86_400 / scale
    }

    /// `daysAsSeconds` over a string.
    public static func daysAsSeconds(_ text: String) -> Int64? {
        var copy = text
        return copy.withUTF8 { daysAsSeconds($0) }
    }
}
