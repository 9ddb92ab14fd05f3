/// A province as it was before the July 2025 merger.
public struct FormerProvince: Hashable, Sendable {
    /// Its old two-digit code.
    public let code: ProvinceCode
    /// Its old name (NFC).
    public let name: String
}
