/// How an indicator was scored for one province or unit (docs/methodology.md, Indicator status).
public enum IndicatorStatus: String, Sendable {
    /// Scored from the exports.
    case ok
    /// Measured from the exports, but its denominator is 0: it scores 0, as the portal scores an
    /// indicator with nothing to count.
    case empty
    /// From the exports, but the population is empty or no dossier in it has the values the
    /// metric reads: it scores nothing and its maximum leaves the basis.
    case notMeasured = "not_measured"
    /// Points taken from the published file.
    case published
    /// Only the portal knows it, and the published file does not give it: it scores nothing and
    /// its maximum leaves the basis.
    case missing

    /// Whether the indicator has points, so that its maximum counts in the basis.
    public var hasPoints: Bool { self == .ok || self == .empty || self == .published }
}
