/// A province's (or unit's) index: every indicator scored, group sums and the total.
public struct Scorecard: Sendable, Equatable {
    public var scores: [IndicatorScore]

    /// The sum of full-precision points.
    public var total: Double { scores.reduce(0) { $0 + $1.points } }

    /// The points the total is out of: the maxima of the indicators that have points
    /// (docs/methodology.md, Basis).
    public var basis: Double {
        scores.filter(\.value.status.hasPoints).reduce(0) { $0 + $1.indicator.maxPoints }
    }

    /// The part of the total taken from the published file.
    public var publishedPoints: Double {
        scores.filter { $0.value.status == .published }.reduce(0) { $0 + $1.points }
    }

    /// The sum of points of one group; nil when the methodology has no indicator in it.
    public func groupTotal(_ group: String) -> Double? {
        let members = scores.filter { $0.indicator.group == group }
        return members.isEmpty ? nil : members.reduce(0) { $0 + $1.points }
    }

    /// The indicators without points (not measured or missing): what keeps the basis below the
    /// methodology's maximum.
    public var gaps: [IndicatorScore] { scores.filter { !$0.value.status.hasPoints } }
}

extension Methodology {
    /// Scores a tally, with the province's published figures when there are any
    /// (docs/methodology.md, How a province is scored).
    ///
    /// An exports indicator is measured, and takes the published points only when the exports
    /// cannot measure it; a published-only indicator takes the published points or is missing;
    /// a published-first one takes the published points, else the exports' approximation.
    public func score(_ tally: Tally, published: PublishedScores.Province? = nil) -> Scorecard {
        Scorecard(
            scores: indicators.map { indicator in
                let measured = indicator.source == .published ? nil : indicator.metric?.measure(tally)
                let given = published?.indicators[indicator.id]
                let value: MetricValue
                switch (indicator.source, measured, given) {
                case (.publishedFirst, _, let given?), (.published, _, let given?):
                    value = Self.value(given)
                case (.exports, let measured?, let given?) where measured.status == .notMeasured:
                    value = Self.value(given)
                case (_, let measured?, _):
                    value = measured
                case (_, nil, _):
                    value = MetricValue(numerator: nil, denominator: nil, rate: nil, status: .missing)
                }
                let points = value.status == .published ? given!.points : Self.points(for: value, of: indicator)
                return IndicatorScore(
                    indicator: indicator, value: value, points: points, measured: measured, published: given)
            })
    }

    private static func value(_ given: PublishedValue) -> MetricValue {
        MetricValue(numerator: given.numerator, denominator: given.denominator, rate: given.rate, status: .published)
    }

    /// The points a measured value earns: max × min(1, rate / threshold) when `ok`, else 0.
    public static func points(for value: MetricValue, of indicator: Indicator) -> Double {
        guard value.status == .ok, let rate = value.rate else { return 0 }
        return points(rate: rate, of: indicator)
    }

    /// max × min(1, rate / threshold).
    public static func points(rate: Double, of indicator: Indicator) -> Double {
        indicator.maxPoints * min(1, rate / indicator.threshold)
    }
}
