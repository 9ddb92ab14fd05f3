import ServiceIndexCore

/// `procedures.csv`: the focus province's procedures by overdue dossiers.
public enum ProceduresTable {
    public static let header = ["procedure_code", "in_scope", "overdue", "timeliness_rate"]

    public static func make(_ report: PeriodReport) -> CSVTable {
        CSVTable(
            header: header,
            rows: report.procedures.map { procedure in
                let timeliness = procedure.timeliness
                return [
                    .text(procedure.code), .count(procedure.inScope), .count(procedure.overdue),
                    .rate(timeliness.status == .ok ? timeliness.rate : nil),
                ]
            })
    }
}
