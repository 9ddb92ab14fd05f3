/// A province's (or unit's) index: every indicator scored, group sums and the total.
public struct Scorecard: Sendable, Equatable {
    public var scores: [IndicatorScore]

    /// The sum of full-precision points.
    public var total: Double { scores.reduce(0) { $0 + $1.points } }

    /// The maximum of the indicators that were measured ("56 of 62 points measured").
    public var measuredMax: Double {
        scores.filter { $0.value.status != .notMeasured }.reduce(0) { $0 + $1.indicator.maxPoints }
    }

    /// The sum of points of one group; nil when the methodology has no indicator in it.
    public func groupTotal(_ group: String) -> Double? {
        let members = scores.filter { $0.indicator.group == group }
        return members.isEmpty ? nil : members.reduce(0) { $0 + $1.points }
    }

    /// The indicators that could not be measured.
    public var gaps: [IndicatorScore] { scores.filter { $0.value.status == .notMeasured } }
}

extension Methodology {
    /// Scores a tally: points = max × min(1, rate / threshold).
    public func score(_ tally: Tally) -> Scorecard {
        Scorecard(
            scores: indicators.map { indicator in
                let value = indicator.metric.measure(tally)
                return IndicatorScore(
                    indicator: indicator, value: value,
                    points: Self.points(for: value, of: indicator))
            })
    }

    /// The points an indicator earns for a measured value.
    public static func points(for value: MetricValue, of indicator: Indicator) -> Double {
        switch value.status {
        case .notMeasured: 0
        case .empty: indicator.maxPoints
        case .ok: points(rate: value.rate ?? 0, of: indicator)
        }
    }

    /// max × min(1, rate / threshold).
    public static func points(rate: Double, of indicator: Indicator) -> Double {
        indicator.maxPoints * min(1, rate / indicator.threshold)
    }
}
