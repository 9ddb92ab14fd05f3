/// One exports indicator of a computed province beside the value the portal published for it
/// (docs/methodology.md, Reconciliation with the portal): how an office finds the dossiers its
/// system and the portal count differently.
public struct PortalReconciliation: Sendable, Equatable {
    public var indicator: Indicator
    /// What the exports measured; its counts are nil when they could not measure it.
    public var computed: MetricValue
    /// The exports' points; nil when they could not measure it.
    public var computedPoints: Double?
    public var published: PublishedValue

    /// Computed − published points, at full precision.
    public var pointsDifference: Double? { computedPoints.map { $0 - published.points } }

    /// Computed − published numerator (e.g. 1,021 more dossiers on time in the exports).
    public var numeratorDifference: Int64? {
        guard let mine = computed.numerator, let theirs = published.numerator else { return nil }
        return mine - theirs
    }

    /// Computed − published denominator.
    public var denominatorDifference: Int64? {
        guard let mine = computed.denominator, let theirs = published.denominator else { return nil }
        return mine - theirs
    }

    /// The lines of one province: each indicator the exports can measure for which the file
    /// gives a published value, in methodology order.
    public static func lines(of scorecard: Scorecard) -> [PortalReconciliation] {
        scorecard.scores.compactMap { score in
            guard let measured = score.measured, let published = score.published else { return nil }
            return PortalReconciliation(
                indicator: score.indicator, computed: measured, computedPoints: score.measuredPoints,
                published: published)
        }
    }
}
