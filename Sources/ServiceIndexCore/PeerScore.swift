/// A score a portal published for a province (`--peer-scores`).
public struct PeerScore: Sendable, Equatable {
    public var province: ProvinceCode
    public var total: Double
    /// Group points by `Methodology.groupCodes` entry, where the file gave them.
    public var groups: [String: Double]

    public init(province: ProvinceCode, total: Double, groups: [String: Double] = [:]) {
        self.province = province
        self.total = total
        self.groups = groups
    }
}
