/// What the portal published for one province and one indicator, group or total
/// (docs/methodology.md, Published scores).
public struct PublishedValue: Sendable, Equatable {
    /// Full-precision points.
    public var points: Double
    /// The counts behind the points, where the portal gives them.
    public var numerator: Int64?
    public var denominator: Int64?
    /// The line of the published file, for messages.
    public var line: Int

    public init(points: Double, numerator: Int64? = nil, denominator: Int64? = nil, line: Int = 0) {
        self.points = points
        self.numerator = numerator
        self.denominator = denominator
        self.line = line
    }

    /// The published rate, when the counts are given with a positive denominator.
    public var rate: Double? {
        guard let numerator, let denominator, denominator > 0 else { return nil }
        return Double(numerator) / Double(denominator)
    }
}
