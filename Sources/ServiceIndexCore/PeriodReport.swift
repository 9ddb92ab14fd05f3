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
    /// The published scores that apply to the period.
    public var published: PublishedScores
    public var focus: FocusAnalysis
    /// The focus province's units, departments then communes, each ranked within its level.
    public var units: [UnitStanding]
    /// Each level's ranked count, median and P75.
    public var unitLevels: [UnitLevelSummary]
    public var procedures: [ProcedureStanding]
    /// Without as-of: the latest timestamp of the data, when it lies more than a day before the
    /// period's calendar end (the period is still running, and judged against its calendar end).
    public var runningSince: Instant?
    /// Earlier periods of the same kind, oldest first, then this one, each marked full or partial
    /// (docs/methodology.md, Trend).
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
    ///   - published: the scores the portal published, by the period they name.
    ///   - previousRanks: the previous period's ranks, for the rank change.
    ///   - focus: the focus province; `targetRank` the rank it aims for.
    /// - Throws: `MixedBasis` when the period's totals cannot be ranked on one basis. An earlier
    ///   period of the trend that cannot is listed unranked instead.
    public init(
        aggregate: DossierAggregate, period: Period, methodology: Methodology,
        published: PublishedFile = PublishedFile(), previousRanks: [ProvinceCode: Int] = [:],
        focus: Province, targetRank: Int
    ) throws(MixedBasis) {
        self.period = period
        asOf = aggregate.grid.cut.flatMap { $0.period == period ? $0.asOf : nil }
        self.methodology = methodology
        let scores = published.scores(for: period, reported: period)
        provinces = Self.computed(aggregate, period: period, methodology: methodology, published: scores)
        ranking = try RankedProvince.rank(
            computed: provinces, published: scores, methodology: methodology, previousRanks: previousRanks)
        self.published = scores
        self.focus = FocusAnalysis(
            province: focus, targetRank: targetRank, ranking: ranking,
            result: provinces[focus.code])
        if asOf != nil, let result = provinces[focus.code] {
            self.focus.atRisk = AtRiskOutlook(
                result: result, methodology: methodology, published: scores.provinces[focus.code])
        }
        units = UnitStanding.rank(aggregate: aggregate, period: period, methodology: methodology)
        unitLevels = UnitLevelSummary.of(units)
        procedures = ProcedureStanding.list(aggregate: aggregate, period: period)

        var trend: [TrendPeriod] = []
        if let first = aggregate.firstReceivedPeriod, first < period {
            let oldest = max(first.index, period.index - Self.trendLength)
            for index in oldest..<period.index {
                let earlier = Period(period.kind, index: index)
                let scores = published.scores(for: earlier, reported: period)
                let computed = Self.computed(
                    aggregate, period: earlier, methodology: methodology, published: scores)
                let rows: [RankedProvince]
                do {
                    rows = try RankedProvince.rank(
                        computed: computed, published: scores, methodology: methodology, previousRanks: [:])
                } catch {
                    rows = error.rows.filter { $0.source == .computed }
                }
                trend.append(TrendPeriod(period: earlier, received: Self.received(aggregate, earlier), ranking: rows))
            }
        }
        trend.append(TrendPeriod(period: period, received: Self.received(aggregate, period), ranking: ranking))
        self.trend = TrendPeriod.markingCoverage(trend)
    }

    /// Dossiers received in a period, all provinces.
    private static func received(_ aggregate: DossierAggregate, _ period: Period) -> Int64 {
        let slot = aggregate.grid.slot(of: period)
        return aggregate.provinces.values.reduce(0) { $0 + $1.tally(at: slot)[.received] }
    }

    /// The provinces with something in scope in one period, scored with their published figures.
    private static func computed(
        _ aggregate: DossierAggregate, period: Period, methodology: Methodology, published: PublishedScores
    ) -> [ProvinceCode: PopulationResult] {
        let slot = aggregate.grid.slot(of: period)
        var provinces: [ProvinceCode: PopulationResult] = [:]
        for (code, series) in aggregate.provinces {
            let result = PopulationResult(
                series: series, slot: slot, methodology: methodology, published: published.provinces[code])
            if result.hasScope { provinces[code] = result }
        }
        return provinces
    }
}
