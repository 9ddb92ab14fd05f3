/// A two-digit province code, `01`…`96`, stored as its number.
public struct ProvinceCode: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The code's number, 1…99.
    public let value: UInt8

    public init(_ value: UInt8) { self.value = value }

    /// The code zero-padded to two digits, e.g. `08`.
    public var description: String { value < 10 ? "0\(value)" : "\(value)" }

    public static func < (lhs: ProvinceCode, rhs: ProvinceCode) -> Bool { lhs.value < rhs.value }
}
