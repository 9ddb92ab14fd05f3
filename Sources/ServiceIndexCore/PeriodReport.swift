/// Everything a report shows for one period, computed from an aggregate: the pure end of the
/// pipeline, with no I/O.
public struct PeriodReport: Sendable, Equatable {
    public var period: Period
    /// The moment the period was cut at, when as-of ended it before its calendar end.
    public var asOf: Instant?
    public var methodology: Methodology
    /// Provinces with at least one in-scope dossier, by code.
    public var provinces: [ProvinceCode: PopulationResult]
    public var ranking: [RankedProvince]
    public var focus: FocusAnalysis
    public var units: [UnitStanding]
    public var procedures: [ProcedureStanding]
    /// Without as-of: the latest timestamp of the data, when it lies more than a day before the
    /// period's calendar end (the period is still running, and judged against its calendar end).
    public var runningSince: Instant?
    /// Earlier periods of the same kind, oldest first, then this one (docs/methodology.md, Periods).
    public var trend: [TrendPeriod]

    /// Provinces in the registry (34).
    public var provinceCount: Int { ProvinceRegistry.standard.provinces.count }

    /// The end the report used: as-of when it cut the period, else the calendar end.
    public var end: Instant { asOf ?? period.end }

    /// Earlier periods the trend goes back at most.
    public static let trendLength = 12

    /// Computes the report.
    ///
    /// - Parameters:
    ///   - aggregate: the dossiers, counted in the slots of `aggregate.grid` (cut at as-of when
    ///     the report is).
    ///   - period: the period reported, of the grid's kind.
    ///   - peers: published scores for provinces the dossiers do not cover (this period only).
    ///   - previousRanks: the previous period's ranks, for the rank change.
    ///   - focus: the focus province; `targetRank` the rank it aims for.
    public init(
        aggregate: DossierAggregate, period: Period, methodology: Methodology,
        peers: [PeerScore] = [], previousRanks: [ProvinceCode: Int] = [:],
        focus: Province, targetRank: Int
    ) {
        self.period = period
        asOf = aggregate.grid.cut.flatMap { $0.period == period ? $0.asOf : nil }
        self.methodology = methodology
        let slot = aggregate.grid.slot(of: period)
        provinces = Self.computed(aggregate, slot: slot, methodology: methodology)
        ranking = RankedProvince.rank(computed: provinces, peers: peers, previousRanks: previousRanks)
        self.focus = FocusAnalysis(
            province: focus, targetRank: targetRank, ranking: ranking,
            result: provinces[focus.code])
        if asOf != nil, let result = provinces[focus.code] {
            self.focus.atRisk = AtRiskOutlook(result: result, methodology: methodology)
        }
        units = UnitStanding.rank(aggregate: aggregate, period: period, methodology: methodology)
        procedures = ProcedureStanding.list(aggregate: aggregate, period: period)

        var trend: [TrendPeriod] = []
        if let first = aggregate.firstReceivedPeriod, first < period {
            let oldest = max(first.index, period.index - Self.trendLength)
            for index in oldest..<period.index {
                let earlier = Period(period.kind, index: index)
                let computed = Self.computed(
                    aggregate, slot: aggregate.grid.slot(of: earlier), methodology: methodology)
                let rows = RankedProvince.rank(computed: computed, peers: [], previousRanks: [:])
                trend.append(TrendPeriod(period: earlier, ranking: rows))
            }
        }
        trend.append(TrendPeriod(period: period, ranking: ranking))
        self.trend = trend
    }

    /// The provinces with something in scope in one slot, scored.
    private static func computed(
        _ aggregate: DossierAggregate, slot: Int, methodology: Methodology
    ) -> [ProvinceCode: PopulationResult] {
        var provinces: [ProvinceCode: PopulationResult] = [:]
        for (code, series) in aggregate.provinces {
            let result = PopulationResult(series: series, slot: slot, methodology: methodology)
            if result.hasScope { provinces[code] = result }
        }
        return provinces
    }
}
