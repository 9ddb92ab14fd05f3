/// One scored indicator of a methodology.
public struct Indicator: Sendable, Equatable {
    /// A stable id, e.g. `tdgq.on_time`.
    public var id: String
    /// One of `Methodology.groupCodes`.
    public var group: String
    /// The group's full title, e.g. `TDGQ Tiến độ giải quyết`.
    public var groupTitle: String
    /// The metric the exports measure it by; nil for an indicator only the portal knows.
    public var metric: Metric?
    /// Maximum points.
    public var maxPoints: Double
    /// The rate at which the indicator scores its maximum, in (0, 1].
    public var threshold: Double
    public var source: IndicatorSource
    /// The portal's metric code, e.g. `ON_TIME_RATE`, where the portal has one.
    public var portalCode: String?
    /// The line of the methodology file it came from, for messages.
    public var line: Int?

    public init(
        id: String, group: String, groupTitle: String, metric: Metric?, maxPoints: Double,
        threshold: Double, source: IndicatorSource? = nil, portalCode: String? = nil, line: Int? = nil
    ) {
        self.id = id
        self.group = group
        self.groupTitle = groupTitle
        self.metric = metric
        self.maxPoints = maxPoints
        self.threshold = threshold
        self.source = source ?? (metric == nil ? .published : .exports)
        self.portalCode = portalCode
        self.line = line
    }

    /// Whether the exports can score it (source `exports` or `published_first`, with a metric).
    public var isMeasuredFromExports: Bool { metric != nil && source != .published }
}
