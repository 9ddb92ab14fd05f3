import Foundation
import Testing

/// Dossiers waiting for the applicant's supplement, through the whole tool: the request column
/// read from a DVCQG export, and the timeliness end in provinces, units and procedures. Every
/// count worked out by hand from the rows (Q3 2025; W = waiting, status 5).
@Suite struct SupplementWaitTests {
    static let export = """
        MaHoSo;MaTinh;MaDonVi;MaTTHC;TrangThaiHoSo;NgayTiepNhan;NgayHenTra;NgayKetThucXuLy;SoLanBoSung;NgayYeuCauBoSung
        W1;79;A;P1;5;20250701080000;20250710170000;;1;20250705090000
        W2;79;A;P1;5;20250701080000;20250710170000;;1;20250712090000
        W3;79;B;P2;5;20250701080000;20250710170000;;2;20250705090000
        W4;79;B;P2;5;20250601080000;20250610170000;;1;20250605090000
        W5;79;B;P2;5;20250920080000;20251015170000;;1;20251005090000
        S4;79;A;P1;4;20250701080000;20250710170000;;1;20250705090000
        F1;79;A;P1;10;20250701080000;20250710170000;20250708090000;0;

        """

    @Test func waitingDossiersAreSettledWhenTheSupplementWasRequested() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        try Data(Self.export.utf8).write(to: URL(fileURLWithPath: temp.path("export.csv")))
        let outcome = try Binary.run(
            [
                "report", temp.path("export.csv"), "--quarter", "2025-Q3", "--focus", "79", "--quiet", "--out",
                temp.path("r"),
            ])
        #expect(outcome.status == 0, "\(outcome.stderr)")

        // In scope: W1, W2, W3, W5, S4, F1 (W4 was settled in Q2). On time: W1 (requested before
        // its due) and F1. Open in time: W5 (requested after the quarter, due after it).
        // Overdue: W2 (requested late), W3 (two requests), S4 (status 4: its request is ignored,
        // open past its due). Ended: F1 only.
        let provinces = try readCSV(temp.path("r/provinces.csv"))
        let header = provinces[0].map { $0.replacingOccurrences(of: "\u{FEFF}", with: "") }
        let row = provinces[1]
        func value(_ name: String) -> String { row[header.firstIndex(of: name)!] }
        #expect(value("province_code") == "79")
        #expect(
            ["received", "in_scope", "ended", "with_due", "on_time", "open_in_time", "overdue"].map(value)
                == ["6", "6", "1", "6", "2", "1", "3"])
        #expect(value("timeliness_rate") == "0.5000")

        let indicators = try readCSV(temp.path("r/indicators.csv")).filter { $0[1] == "tdgq.on_time" }
        #expect(indicators.map { Array($0[3...8]) } == [["exports", "3", "6", "0.5000", "10.00", "20.00"]])

        // Units: A = W1, W2, S4, F1 (overdue W2, S4); B = W3, W5 (overdue W3), W4 out of scope.
        let unitRows = try readCSV(temp.path("r/units.csv"))
        let columns = ["unit_code", "in_scope", "overdue"].map { unitRows[0].firstIndex(of: $0)! }
        let units = unitRows.dropFirst().map { row in columns.map { row[$0] } }
        #expect(units.sorted { $0[0] < $1[0] } == [["A", "4", "2"], ["B", "2", "1"]])
        let procedures = try readCSV(temp.path("r/procedures.csv")).dropFirst().map(Array.init)
        #expect(procedures == [["P1", "4", "2", "0.5000"], ["P2", "2", "1", "0.5000"]])
    }
}
