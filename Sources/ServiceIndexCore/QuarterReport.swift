/// Everything a report shows for one quarter, computed from an aggregate: the pure end of the
/// pipeline, with no I/O.
public struct QuarterReport: Sendable, Equatable {
    public var quarter: Quarter
    public var methodology: Methodology
    /// Provinces with at least one in-scope dossier, by code.
    public var provinces: [ProvinceCode: PopulationResult]
    public var ranking: [RankedProvince]
    public var focus: FocusAnalysis
    public var units: [UnitStanding]
    public var procedures: [ProcedureStanding]

    /// Provinces in the registry (34).
    public var provinceCount: Int { ProvinceRegistry.standard.provinces.count }

    /// Computes the report.
    ///
    /// - Parameters:
    ///   - aggregate: the dossiers, counted.
    ///   - peers: published scores for provinces the dossiers do not cover.
    ///   - previousRanks: last quarter's ranks, for the rank change.
    ///   - focus: the focus province; `targetRank` the rank it aims for.
    public init(
        aggregate: DossierAggregate, quarter: Quarter, methodology: Methodology,
        peers: [PeerScore] = [], previousRanks: [ProvinceCode: Int] = [:],
        focus: Province, targetRank: Int
    ) {
        self.quarter = quarter
        self.methodology = methodology
        var provinces: [ProvinceCode: PopulationResult] = [:]
        for (code, series) in aggregate.provinces {
            let result = PopulationResult(series: series, quarter: quarter, methodology: methodology)
            if result.hasScope { provinces[code] = result }
        }
        self.provinces = provinces
        ranking = RankedProvince.rank(computed: provinces, peers: peers, previousRanks: previousRanks)
        self.focus = FocusAnalysis(
            province: focus, targetRank: targetRank, ranking: ranking,
            result: provinces[focus.code])
        units = UnitStanding.rank(aggregate: aggregate, quarter: quarter, methodology: methodology)
        procedures = ProcedureStanding.list(aggregate: aggregate, quarter: quarter)
    }
}
