/// One scored indicator of a methodology.
public struct Indicator: Sendable, Equatable {
    /// A stable id, e.g. `tdgq.on_time`.
    public var id: String
    /// One of `Methodology.groupCodes`.
    public var group: String
    /// The group's full title, e.g. `TDGQ Tiến độ giải quyết`.
    public var groupTitle: String
    public var metric: Metric
    /// Maximum points.
    public var maxPoints: Double
    /// The rate at which the indicator scores its maximum, in (0, 1].
    public var threshold: Double
    /// The line of the methodology file it came from, for messages.
    public var line: Int?

    public init(
        id: String, group: String, groupTitle: String, metric: Metric, maxPoints: Double,
        threshold: Double, line: Int? = nil
    ) {
        self.id = id
        self.group = group
        self.groupTitle = groupTitle
        self.metric = metric
        self.maxPoints = maxPoints
        self.threshold = threshold
        self.line = line
    }
}
