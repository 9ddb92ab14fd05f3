/// A metric that an indicator can score (docs/methodology.md, Metrics).
public enum Metric: String, CaseIterable, Sendable {
    case syncRate = "sync_rate"
    case timelinessRate = "timeliness_rate"
    case onlineRate = "online_rate"
    case paidOnlineRate = "paid_online_rate"
    case eResultRate = "e_result_rate"
    case digitizedRate = "digitized_rate"
    case reuseRate = "reuse_rate"
    case satisfactionRate = "satisfaction_rate"
    case dossierSatisfaction = "dossier_satisfaction"
    /// Full-online dossiers among those with a known service level: reported, not scored by
    /// `qd766` (the portal's DVCTT points also need each procedure's eligibility).
    case fullOnlineRate = "full_online_rate"

    /// The population a metric is computed over.
    public enum Population: String, Sendable {
        case received
        case ended = "ended_in_period"
        case inScope = "in_scope"
    }

    public var population: Population {
        switch self {
        case .syncRate, .onlineRate, .paidOnlineRate, .digitizedRate, .reuseRate, .fullOnlineRate: .received
        case .eResultRate, .satisfactionRate: .ended
        case .timelinessRate, .dossierSatisfaction: .inScope
        }
    }
}

extension Metric {
    /// Evaluates the metric on a tally.
    ///
    /// Rates over flags leave out dossiers whose flag is unknown, from numerator and denominator
    /// alike. A metric is `not_measured` when its population is empty or no dossier in it has
    /// known values; `empty` when measured with a zero denominator.
    ///
    /// ```swift
    /// var tally = Tally(); tally[.received] = 4; tally[.online] = 1
    /// Metric.onlineRate.measure(tally).rate   // 0.25
    /// ```
    public func measure(_ tally: Tally) -> MetricValue {
        let population: Int64 =
            switch self.population {
            case .received: tally[.received]
            case .ended: tally[.ended]
            case .inScope: tally[.inScope]
            }
        let (numerator, denominator, known) = counts(tally)
        if population == 0 || known == 0 {
            return MetricValue(numerator: nil, denominator: nil, rate: nil, status: .notMeasured)
        }
        if denominator == 0 {
            return MetricValue(numerator: 0, denominator: 0, rate: nil, status: .empty)
        }
        return MetricValue(
            numerator: numerator, denominator: denominator,
            rate: Double(numerator) / Double(denominator), status: .ok)
    }

    /// (numerator, denominator, dossiers with the values known) of a ratio metric.
    func counts(_ tally: Tally) -> (Int64, Int64, Int64) {
        switch self {
        case .syncRate: (tally[.synced], tally[.syncedKnown], tally[.syncedKnown])
        case .timelinessRate:
            (tally[.onTime] + tally[.openInTime], tally[.withDue], tally[.withDue])
        case .onlineRate: (tally[.online], tally[.received], tally[.received])
        case .paidOnlineRate: (tally[.paidOnline], tally[.feeDenominator], tally[.feeKnown])
        case .eResultRate: (tally[.eResult], tally[.eResultKnown], tally[.eResultKnown])
        case .digitizedRate: (tally[.digitized], tally[.digitizedKnown], tally[.digitizedKnown])
        case .reuseRate: (tally[.reused], tally[.reusedKnown], tally[.reusedKnown])
        case .satisfactionRate: (tally[.rating2] + tally[.rating3], tally[.rated], tally[.rated])
        case .dossierSatisfaction: (tally[.uncomplainedInTime], tally[.withDue], tally[.withDue])
        case .fullOnlineRate: (tally[.fullOnline], tally[.serviceLevelKnown], tally[.serviceLevelKnown])
        }
    }
}
