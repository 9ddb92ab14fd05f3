/// A procedure of the focus province, for finding which procedures cost it points.
public struct ProcedureStanding: Sendable, Equatable {
    /// `procedure_code`, or "(unknown)".
    public var code: String
    public var tally: Tally

    public var inScope: Int64 { tally[.inScope] }
    public var overdue: Int64 { tally[.overdue] }
    /// (on time + open in time) / in scope with a due date; nil without a due date in scope.
    public var timeliness: MetricValue { Metric.timelinessRate.measure(tally) }
}

extension ProcedureStanding {
    /// The focus province's procedures with something in scope, by overdue descending, then code.
    public static func list(aggregate: DossierAggregate, period: Period) -> [ProcedureStanding] {
        let slot = aggregate.grid.slot(of: period)
        return aggregate.procedures.map { ProcedureStanding(code: $0.key, tally: $0.value.tally(at: slot)) }
            .filter { $0.inScope > 0 }
            .sorted { a, b in
                a.overdue != b.overdue ? a.overdue > b.overdue : PrecedenceKey.codePointLess(a.code, b.code)
            }
    }
}
