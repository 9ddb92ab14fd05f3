/// One indicator scored on one tally.
public struct IndicatorScore: Sendable, Equatable {
    public var indicator: Indicator
    public var value: MetricValue
    /// Full-precision points: 0 when not measured, the maximum when empty.
    public var points: Double

    /// Points still to gain: `max − points`.
    public var headroom: Double { indicator.maxPoints - points }
}
