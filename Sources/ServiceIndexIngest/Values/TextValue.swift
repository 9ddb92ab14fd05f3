import ServiceIndexCore

/// Byte-level helpers for field values: trimming, UTF-8 checks, text normalisation.
enum TextValue {
    /// The bytes without leading and trailing ASCII white space (space, TAB, CR, LF).
    @inline(__always)
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        // Most fields start and end with a printable byte (every white space byte is ≤ 0x20).
        guard let first = bytes.first, let last = bytes.last, first <= 0x20 || last <= 0x20 else { return bytes }
        var start = 0
        var end = bytes.count
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0B || byte == 0x0C
    }

    /// True when the bytes are valid UTF-8 (shortest forms, no surrogates, at most U+10FFFF).
    /// Inlined for the common case, a field of ASCII (dates, codes, flags).
    @inline(__always)
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        isASCII(bytes) || isValidNonASCII(bytes)
    }

    /// `isValidUTF8` past the ASCII check.
    private static func isValidNonASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var index = 0
        let count = bytes.count
        while index < count {
            // ASCII eight bytes at a time: most of a Vietnamese record is digits and codes.
            if index + 8 <= count {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                let high = word & 0x8080_8080_8080_8080
                // Skip the ASCII bytes before the first non-ASCII one (byte k is bits 8k…8k+7).
                index += high == 0 ? 8 : high.trailingZeroBitCount / 8
                if high == 0 || high.trailingZeroBitCount >= 8 { continue }
            }
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0:
                length = 3
                low = 0xA0
            case 0xE1...0xEC, 0xEE, 0xEF: length = 3
            case 0xED:
                length = 3
                high = 0x9F
            case 0xF0:
                length = 4
                low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4:
                length = 4
                high = 0x8F
            default: return false
            }
            guard index + length <= count else { return false }
            let second = bytes[index + 1]
            guard second >= low && second <= high else { return false }
            for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return false }
            index += length
        }
        return true
    }

    @inline(__always)
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        guard count >= 8 else {
            var tail: UInt8 = 0
            for index in 0..<count { tail |= base[index] }
            return tail < 0x80
        }
        // Eight bytes at a time; the last word ends at the last byte, overlapping the one before.
        let raw = UnsafeRawPointer(base)
        var words = raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
        var index = 0
        while index + 8 <= count {
            words |= raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            index += 8
        }
        return words & 0x8080_8080_8080_8080 == 0
    }

    /// The text as the tool keeps it (trimmed, white-space runs made one space, NFC), or nil
    /// when nothing is left.
    ///
    /// Works on the bytes when it can: ASCII white space collapsed in one pass, and no Unicode
    /// normalisation when the text holds no combining mark and nothing outside the Latin,
    /// Vietnamese and general punctuation ranges (such text is NFC already). Anything else goes
    /// through `String.normalizedText`.
    static func normalized(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let core = trimmed(bytes)
        guard !core.isEmpty else { return nil }
        return isSimple(core) ? collapsingSpaces(core) : unicodeNormalized(core)
    }

    /// `normalized` of trimmed, non-empty bytes that are not `isSimple`: through the Unicode
    /// tables.
    static func unicodeNormalized(_ core: UnsafeBufferPointer<UInt8>) -> String? {
        let text = String(decoding: core, as: UTF8.self).normalizedText
        return text.isEmpty ? nil : text
    }

    /// `normalized` of trimmed, non-empty bytes that are `isSimple`: runs of white space made
    /// one space, in one pass over the bytes.
    static func collapsingSpaces(_ core: UnsafeBufferPointer<UInt8>) -> String {
        var needsCollapse = false
        var previousSpace = false
        for byte in core {
            let space = isSpace(byte)
            if space && (previousSpace || byte != 0x20) {
                needsCollapse = true
                break
            }
            previousSpace = space
        }
        guard needsCollapse else { return String(decoding: core, as: UTF8.self) }
        return String(unsafeUninitializedCapacity: core.count) { buffer in
            var count = 0
            var inSpace = false
            for byte in core {
                if isSpace(byte) {
                    inSpace = true
                    continue
                }
                if inSpace {
                    buffer[count] = 0x20
                    count += 1
                    inSpace = false
                }
                buffer[count] = byte
                count += 1
            }
            return count
        }
    }

    /// True when the bytes are NFC as they stand and their only white space is ASCII: every
    /// scalar is ASCII, Latin-1 (U+00A0 and U+0085 excepted), Latin Extended-A/B, or in U+1E00…
    /// U+1EFF (Vietnamese letters); none is a combining mark.
    static func isSimple(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
            } else if lead >= 0xC2 && lead <= 0xC9 {
                // U+0080…U+027F, minus NEL (C2 85) and NBSP (C2 A0).
                if lead == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0x85 || bytes[index + 1] == 0xA0 {
                    return false
                }
                index += 2
            } else if lead == 0xE1, index + 1 < bytes.count,
                bytes[index + 1] == 0xB8 || bytes[index + 1] == 0xB9
                    || bytes[index + 1] == 0xBA || bytes[index + 1] == 0xBB
            {
                index += 3  // U+1E00…U+1EFF
            } else {
                return false
            }
        }
        return true
    }

    /// A value for a reject row or message: lossy-decoded, at most 200 characters.
    static func shown(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let text = String(decoding: bytes.prefix(800), as: UTF8.self)
        return text.count > 200 || bytes.count > 800 ? String(text.prefix(200)) + "…" : text
    }
}
