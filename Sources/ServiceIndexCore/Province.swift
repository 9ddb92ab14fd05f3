/// One of Vietnam's 34 provincial units since 1 July 2025.
public struct Province: Hashable, Sendable, Comparable {
    /// The two-digit code of Decision 19/2025/QĐ-TTg, e.g. `66`.
    public let code: ProvinceCode
    /// The unit's name in Vietnamese (NFC), e.g. `Đắk Lắk`.
    public let name: String
    /// The national public service portal's code, e.g. `H15`.
    public let dvcqgCode: String
    /// The pre-merger provinces that now form this unit, with their old codes.
    public let mergedFrom: [FormerProvince]

    public init(code: ProvinceCode, name: String, dvcqgCode: String, mergedFrom: [FormerProvince]) {
        self.code = code
        self.name = name
        self.dvcqgCode = dvcqgCode
        self.mergedFrom = mergedFrom
    }

    public static func < (lhs: Province, rhs: Province) -> Bool { lhs.code < rhs.code }
}
