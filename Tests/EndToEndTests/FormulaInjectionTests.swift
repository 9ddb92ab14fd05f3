import Foundation
import Testing

/// CSV injection (CWE-1236; docs/methodology.md, CSV conventions): a text cell that starts with `=`, `+`, `-`, `@`, TAB or CR
/// is written with a leading `'`; a number never is.
///
/// Every trigger is planted wherever data reaches a text cell: unit codes and names
/// (`units.csv`), procedure codes (`procedures.csv`), dossier ids, values, header names and file
/// names (`rejects.csv`), indicator ids of a methodology file (`indicators.csv`, `focus.csv`).
/// Province names and codes come from the registry and cannot be planted. Text values are
/// trimmed (docs/methodology.md, Values), so TAB and CR can start only the cells kept as written: a rejected value
/// and a file name. A TAB or CR must be quoted in the input: the parser drops white space around
/// a field.
@Suite struct FormulaInjectionTests {
    static let triggers: [Unicode.Scalar] = ["=", "+", "-", "@", "\t", "\r"]

    /// Text columns of each output; every other column holds numbers.
    static let textColumns: [String: Set<String>] = [
        "rankings.csv": ["province_code", "province_name", "source"],
        "indicators.csv": ["province_code", "indicator", "group", "source", "status"],
        "provinces.csv": ["province_code", "province_name"],
        "units.csv": ["unit_code", "unit_name", "level"],
        "focus.csv": ["indicator", "group", "source", "status", "note", "period", "end"],
        "reconciliation.csv": ["province_code", "indicator"],
        "procedures.csv": ["procedure_code"],
        "trend.csv": ["period", "province_code", "province_name", "source", "coverage"],
        "rejects.csv": ["file", "column", "reason", "dossier_id", "value", "message"],
    ]

    @Test func everyTextCellStartingWithATriggerIsPrefixedAndNoNumberIs() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let files = try Self.writeInputs(in: temp)
        let outcome = try Binary.run(
            [
                "report", "--quarter", "2025-Q3", "--max-reject-rate", "1", "--out", "out",
                "--methodology", "methodology.csv",
                "--previous", "previous.csv", "--quiet", "--",
            ] + files,
            in: temp.url)
        #expect(outcome.status == 0, "\(outcome.stderr)")

        var cells: [String: [String: [String]]] = [:]  // file → column → cells
        for (file, text) in Self.textColumns {
            let rows = try readCSV(temp.path("out/\(file)"))
            let header = try #require(rows.first)
            for row in rows.dropFirst() {
                #expect(row.count == header.count, "\(file): \(row)")
                for (column, cell) in zip(header, row) {
                    cells[file, default: [:]][column, default: []].append(cell)
                    if text.contains(column) {
                        #expect(!Self.startsWithTrigger(cell), "\(file) \(column): '\(cell)' is not guarded")
                    } else {
                        #expect(Self.isNumberOrEmpty(cell), "\(file) \(column): '\(cell)' is not a plain number")
                    }
                }
            }
            for column in header where !text.contains(column) && !Self.numberColumns.contains(column) {
                Issue.record("\(file): new column \(column): add it to textColumns or numberColumns")
            }
        }

        // Each planted trigger arrived, guarded.
        func expectCells(_ file: String, _ column: String, _ expected: [String]) {
            let found = Set(cells[file]?[column] ?? [])
            for cell in expected {
                #expect(
                    found.contains(cell), "\(file) \(column): no cell \(cell.debugDescription) among \(found.sorted())")
            }
        }
        let printable = ["=", "+", "-", "@"]
        expectCells("units.csv", "unit_code", printable.map { "'\($0)U" })
        expectCells("units.csv", "unit_name", printable.map { "'\($0)Unit" })
        expectCells("procedures.csv", "procedure_code", printable.map { "'\($0)P" } + ["'-1.001"])
        expectCells("rejects.csv", "dossier_id", printable.map { "'\($0)bad" })
        expectCells("rejects.csv", "value", Self.triggers.map { "'\($0)1+1" })
        expectCells("rejects.csv", "file", Self.triggers.map { "'\($0)export.csv" })
        expectCells("rejects.csv", "column", ["'=MaHoSo", "'+MaTinh", "'-TrangThaiHoSo", "'@NgayTiepNhan"])
        expectCells("indicators.csv", "indicator", ["'=on_time", "'+online", "'-payment", "'@sync"])
        expectCells("focus.csv", "indicator", ["'=on_time", "'+online", "'-payment", "'@sync"])
        // Trimmed away: the TAB and CR units are plain `U`.
        expectCells("units.csv", "unit_code", ["U"])

        // A number is written as is: the focus province, alone and on the exports' basis, holds rank 1.
        #expect(cells["rankings.csv"]?["rank_change"] == ["0"])
        // The unknown column's header is listed in run.json as written: JSON is not a spreadsheet.
        let runJSON = try String(contentsOfFile: temp.path("out/run.json"), encoding: .utf8)
        #expect(runJSON.contains("\"=Ghi chú\""))
    }

    /// Number columns of the outputs (see `textColumns`).
    static let numberColumns: Set<String> = [
        "rank", "total", "ckmb", "tdgq", "dvctt", "tttt", "mdsh", "mdhl", "basis", "published_points",
        "percentile", "median", "p75", "computed_numerator", "computed_denominator", "computed_points",
        "published_numerator", "published_denominator", "points_difference", "numerator_difference",
        "denominator_difference", "full_online", "service_level_known", "full_online_rate", "peers",
        "peer_median_total", "peer_rank", "previous_rank",
        "rank_change",
        "numerator", "denominator", "rate", "points", "max", "received", "in_scope", "ended", "with_due",
        "no_due_date", "on_time", "open_in_time", "overdue", "at_risk", "points_if_at_risk_overdue", "timeliness_rate",
        "processing_days_mean",
        "processing_days_median", "processing_days_p90", "online", "online_rate", "paid_online", "with_fee",
        "paid_online_rate", "digitized", "digitized_known", "digitized_rate", "reused", "reuse_known", "reuse_rate",
        "e_result", "e_result_known", "e_result_rate", "synced", "sync_known", "sync_rate", "rated", "rating_1",
        "rating_2", "rating_3", "satisfaction_rate", "complained", "dossier_satisfaction", "headroom", "movable",
        "additional_dossiers", "target_rank", "points_to_target", "line",
    ]

    static func startsWithTrigger(_ cell: String) -> Bool {
        cell.unicodeScalars.first.map(triggers.contains) ?? false
    }

    static func isNumberOrEmpty(_ cell: String) -> Bool {
        cell.isEmpty || cell.wholeMatch(of: /-?[0-9]+(\.[0-9]+)?/) != nil
    }

    /// One export per trigger, named after it (`=export.csv`, `\texport.csv`, …), each with a
    /// dossier of the focus province whose codes and names start with the trigger and a row
    /// rejected for a bad date that starts with it; one export whose header names start with
    /// triggers, with a row rejected in each; a methodology whose indicator ids start with
    /// triggers; last quarter's ranks, all 1, so that every rank below 1 has fallen.
    /// - Returns: the export file names, in order.
    static func writeInputs(in temp: TemporaryDirectory) throws -> [String] {
        var files: [String] = []
        for (index, trigger) in triggers.enumerated() {
            let t = String(trigger)
            let quoted = { (text: String) in "\"\(text)\"" }
            let rows = [
                "MaHoSo,MaTinh,MaDonVi,DonViXuLy,MaTTHC,TrangThaiHoSo,NgayTiepNhan,NgayHenTra,NgayKetThucXuLy,=Ghi chú",
                [
                    quoted(t + "id\(index)"), "66", quoted(t + "U"), quoted(t + "Unit"), quoted(t + "P"), "10",
                    "20250703080000", "20250710170000", "20250709100000", "x",
                ].joined(separator: ","),
                [quoted(t + "bad"), "66", "U", "N", "P", "10", quoted(t + "1+1"), "", "", "x"].joined(separator: ","),
                // A code that looks like a negative number is still text.
                "num\(index),66,U\(index),Unit \(index),-1.001,10,20250704080000,20250710170000,20250709100000,x",
            ]
            let name = t + "export.csv"
            try Data((rows.joined(separator: "\n") + "\n").utf8).write(to: temp.url.appendingPathComponent(name))
            files.append(name)
        }
        let headers = [
            "=MaHoSo,+MaTinh,-TrangThaiHoSo,@NgayTiepNhan",
            ",66,10,20250703080000",  // missing_value in =MaHoSo
            "h2,Atlantis,10,20250703080000",  // unknown_province in +MaTinh
            "h3,66,11,20250703080000",  // bad_status in -TrangThaiHoSo
            "h4,66,10,31/02/2025",  // bad_datetime in @NgayTiepNhan
        ]
        try Data((headers.joined(separator: "\n") + "\n").utf8).write(
            to: temp.url.appendingPathComponent("headers.csv"))
        files.append("headers.csv")

        let methodology = [
            "indicator,group,metric,max,threshold",
            "=on_time,tdgq,timeliness_rate,20,1.0", "+online,dvctt,online_rate,12,0.5",
            "-payment,tttt,paid_online_rate,10,1.0", "@sync,ckmb,sync_rate,6,1.0",
        ]
        try Data((methodology.joined(separator: "\n") + "\n").utf8).write(
            to: temp.url.appendingPathComponent("methodology.csv"))
        let previous =
            ["province_code,rank"]
            + [
                "01", "04", "08", "11", "12", "14", "15", "19", "20", "22", "24", "25", "31", "33",
                "37", "38", "40", "42", "44", "46", "48", "51", "52", "56", "66", "68", "75", "79", "80", "82", "86",
                "91", "92",
                "96",
            ].map { "\($0),1" }
        try Data((previous.joined(separator: "\n") + "\n").utf8).write(
            to: temp.url.appendingPathComponent("previous.csv"))
        return files
    }
}
