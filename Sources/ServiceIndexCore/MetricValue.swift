/// A metric evaluated on one tally, or an indicator's published value.
public struct MetricValue: Equatable, Sendable {
    /// Nil when not measured (or not published).
    public var numerator: Int64?
    public var denominator: Int64?
    /// The full-precision rate in [0, 1]; nil without a positive denominator.
    public var rate: Double?
    public var status: IndicatorStatus

    public init(numerator: Int64?, denominator: Int64?, rate: Double?, status: IndicatorStatus) {
        self.numerator = numerator
        self.denominator = denominator
        self.rate = rate
        self.status = status
    }
}
