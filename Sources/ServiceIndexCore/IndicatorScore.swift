/// One indicator scored for one province or unit.
public struct IndicatorScore: Sendable, Equatable {
    public var indicator: Indicator
    /// The value the points come from: the exports' measure, or the published counts.
    public var value: MetricValue
    /// Full-precision points: 0 when empty, not measured or missing.
    public var points: Double
    /// What the exports measured, for an indicator they can measure, whatever the points came from.
    public var measured: MetricValue?
    /// What the published file gave for the province, whether or not it scored it.
    public var published: PublishedValue?

    /// Points still to gain: `max − points`.
    public var headroom: Double { indicator.maxPoints - points }

    /// True when the points are the exports' approximation of a figure the portal publishes
    /// (`dvctt.online` without published points).
    public var isApproximation: Bool { indicator.source == .publishedFirst && value.status != .published }

    /// The points the exports give, for reconciliation: nil when they cannot measure it.
    public var measuredPoints: Double? {
        guard let measured, measured.status == .ok || measured.status == .empty else { return nil }
        return Methodology.points(for: measured, of: indicator)
    }
}
