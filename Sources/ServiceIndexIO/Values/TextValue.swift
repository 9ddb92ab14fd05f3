import ServiceIndexCore

/// Byte-level helpers for field values: trimming, UTF-8 checks, text normalisation.
enum TextValue {
    /// The bytes without leading and trailing ASCII white space (space, TAB, CR, LF).
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0
        var end = bytes.count
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0B || byte == 0x0C
    }

    /// True when the bytes are valid UTF-8.
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if isASCII(bytes) { return true }
        return String(validating: bytes, as: UTF8.self) != nil
    }

    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var combined: UInt8 = 0
        for byte in bytes { combined |= byte }
        return combined < 0x80
    }

    /// The text as the tool keeps it (trimmed, white-space runs made one space, NFC), or nil
    /// when nothing is left.
    static func normalized(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let core = trimmed(bytes)
        guard !core.isEmpty else { return nil }
        if isASCII(core) {
            var hasRun = false
            var previousSpace = false
            for byte in core {
                let space = isSpace(byte)
                if space && (previousSpace || byte != 0x20) { hasRun = true; break }
                previousSpace = space
            }
            if !hasRun { return String(decoding: core, as: UTF8.self) }
        }
        let text = String(decoding: core, as: UTF8.self).normalizedText
        return text.isEmpty ? nil : text
    }

    /// A value for a reject row or message: lossy-decoded, at most 200 characters.
    static func shown(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let text = String(decoding: bytes.prefix(800), as: UTF8.self)
        return text.count > 200 || bytes.count > 800 ? String(text.prefix(200)) + "…" : text
    }
}
