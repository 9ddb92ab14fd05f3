import ServiceIndexCore

/// A cursor over ASCII bytes for the small fixed-format parsers.
struct ByteScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    var isAtEnd: Bool { index == bytes.count }

    /// Exactly `count` decimal digits.
    mutating func digits(_ count: Int) -> Int? { digits(count...count) }

    /// Between `range.lowerBound` and `range.upperBound` decimal digits, as many as there are.
    mutating func digits(_ range: ClosedRange<Int>) -> Int? {
        var value = 0
        var taken = 0
        while taken < range.upperBound, index < bytes.count, bytes[index] &- 0x30 < 10 {
            value = value * 10 + Int(bytes[index] &- 0x30)
            index += 1
            taken += 1
        }
        return taken >= range.lowerBound ? value : nil
    }

    /// Skips digits; returns how many.
    mutating func skipDigits() -> Int {
        let start = index
        while index < bytes.count, bytes[index] &- 0x30 < 10 { index += 1 }
        return index - start
    }

    mutating func take(_ character: Unicode.Scalar) -> Bool {
        guard index < bytes.count, bytes[index] == UInt8(ascii: character) else { return false }
        index += 1
        return true
    }

    mutating func takeSign() -> Int? {
        if take("+") { return 1 }
        if take("-") { return -1 }
        return nil
    }
}
