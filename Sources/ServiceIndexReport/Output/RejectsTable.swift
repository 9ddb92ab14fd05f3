import ServiceIndexIngest

/// `rejects.csv`: one row per rejected row, with only its dossier id and offending value.
public enum RejectsTable {
    public static let header = ["file", "line", "column", "reason", "dossier_id", "value", "message"]

    public static func make(_ rejects: [Reject]) -> CSVTable {
        CSVTable(
            header: header,
            rows: rejects.map { reject in
                [
                    .text(reject.file), .integer(reject.line), .text(reject.column),
                    .text(reject.reason.rawValue), .text(reject.dossierID), .text(reject.value),
                    .text(reject.message),
                ]
            })
    }
}
