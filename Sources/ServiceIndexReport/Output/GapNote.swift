import ServiceIndexCore

/// What the gap analysis says about one indicator of the focus province: the one decision
/// behind the notes of `focus.csv` and of the gap table in `report.html`, which word it
/// (docs/methodology.md, Gap analysis).
///
/// ```swift
/// GapNote(gap)   // .additional(dossiers: 412, metric: .timelinessRate)
/// HTMLStrings.en.words(for: .additional(dossiers: 412, metric: .timelinessRate), targetRank: 10,
///                      integer: { String($0) }, decimal: { NumberFormat.fixed($0, decimals: 2) })
/// // "412 more dossiers settled on time would reach rank 10"
/// ```
public enum GapNote: Equatable, Sendable {
    /// The indicator could not be measured.
    case notMeasured
    /// Only the portal knows it, and the published file does not give it.
    case missing
    /// Its points are the portal's: dossiers cannot move it.
    case published
    /// Nothing is in its denominator: it scores 0, and no dossier can move it.
    case empty
    /// It already scores its maximum.
    case atMaximum
    /// This many more dossiers moved into the numerator would reach the target rank.
    case additional(dossiers: Int64, metric: Metric)
    /// Even every movable dossier would not reach the target rank.
    case cannotCloseAlone
    /// No target to reach (the focus is inside it, or undefined): the points still to gain.
    case headroom(Double)

    /// The note of one indicator.
    public init(_ gap: IndicatorGap) {
        switch gap.score.value.status {
        case .notMeasured: self = .notMeasured
        case .missing: self = .missing
        case .published: self = .published
        case .empty: self = .empty
        case .ok:
            if gap.score.headroom <= 0 {
                self = .atMaximum
            } else if let dossiers = gap.additionalDossiers {
                self = .additional(dossiers: dossiers, metric: gap.score.indicator.metric!)
            } else if gap.closesAlone == false {
                self = .cannotCloseAlone
            } else {
                self = .headroom(gap.score.headroom)
            }
        }
    }
}
