import Foundation

/// Folds names and words to comparison keys: lower case, no diacritics (`đ` → `d`), letters and
/// digits only.
///
/// ```swift
/// NameKey.word("Mã hồ sơ")          // "mahoso"
/// NameKey.province("Tỉnh Đắk Lắk")   // "daklak"
/// NameKey.province("TP. Hồ Chí Minh") // "hochiminh"
/// ```
public enum NameKey {
    /// The key of a header, status, channel, flag or rating word.
    public static func word(_ text: String) -> String {
        var key = ""
        key.unicodeScalars.reserveCapacity(text.utf8.count)
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.value {
            case 0x30...0x39, 0x61...0x7A:
                key.unicodeScalars.append(scalar)
            case 0x0110, 0x0111:
                key.unicodeScalars.append("d")
            case 0x0300...0x036F:
                continue
            default:
                if scalar.value > 0x7F, scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                    key.unicodeScalars.append(scalar)
                }
            }
        }
        return key
    }

    /// The key of a province name: `word(_:)` without a leading "tinh", "thanhpho" or "tp".
    public static func province(_ text: String) -> String {
        let key = word(text)
        for prefix in ["thanhpho", "tinh", "tp"] where key.hasPrefix(prefix) && key.count > prefix.count {
            return String(key.dropFirst(prefix.count))
        }
        return key
    }
}

extension String {
    /// The string without leading and trailing white space (newlines included).
    public func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[first...last])
    }

    /// The text as the tool keeps it: trimmed, inner white-space runs (newlines included) made one
    /// space, Unicode NFC.
    ///
    /// ```swift
    /// "  Sở  Tư\npháp ".normalizedText   // "Sở Tư pháp"
    /// ```
    public var normalizedText: String {
        var result = ""
        var pendingSpace = false
        for scalar in unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.unicodeScalars.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            }
        }
        if result.utf8.allSatisfy({ $0 < 0x80 }) { return result }
        return result.precomposedStringWithCanonicalMapping
    }
}
