/// Where an indicator's points come from (docs/methodology.md, Sources).
public enum IndicatorSource: String, Sendable, CaseIterable {
    /// Measured from the exports; the published file fills it in only when the exports cannot
    /// measure it.
    case exports
    /// Only the portal knows it: the published file gives its points, or it is missing.
    case published
    /// The published points when the file gives them, else measured from the exports (an
    /// approximation of the portal's figure).
    case publishedFirst = "published_first"
}
