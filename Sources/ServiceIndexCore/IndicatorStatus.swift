/// Whether an indicator could be scored (docs/methodology.md, Indicator status).
public enum IndicatorStatus: String, Sendable {
    /// Scored from its rate.
    case ok
    /// Measured, but its denominator is 0: it scores its maximum.
    case empty
    /// The population is empty, or no dossier in it has the values the metric reads.
    case notMeasured = "not_measured"
}
