import Foundation
import Testing

/// Exports named and worded as other one-stop systems write them (`fixtures/other-systems`):
/// English camelCase headers (`dossierNo`, `govAgencyCode`, `serviceCode`, `TrangThaiHoSoId`,
/// `receiveDate`, `dueDate`, `completed_at`, `HoSoCoThanhPhanSoHo`, `TrangThaiDongBoDVC`) with ISO
/// dates, and Vietnamese headers (`Ngày nhận`, `Ngày trả kết quả`, `Ngày từ chối`) with the status
/// as its Vietnamese words. Every figure below was counted by hand from the ten rows, all of
/// Đắk Lắk (66), 2025-Q3 = [1 July, 1 October) local time:
///
/// | row | status | received | due | end | class |
/// |---|---|---|---|---|---|
/// | G-001 | 10 | 02/07 08:00 | 09/07 17:00 | finished 08/07 10:00 | on time |
/// | G-002 | 4 | 20/09 | 15/10 17:00 | — | open in time |
/// | G-003 | 4 | 01/08 | 10/08 17:00 | — | overdue |
/// | G-004 | 9 | 10/07 08:00 | 15/07 17:00 | finished 20/07 08:00 | overdue |
/// | M-001 | Đã trả kết quả (10) | 01/07 08:00 | 05/07 17:00 | returned 04/07 09:00 | on time |
/// | M-002 | Dừng xử lý (8) | 03/07 08:00 | 10/07 17:00 | refused 12/07 08:00 | overdue |
/// | M-003 | Đang xử lý (4) | 15/09 | none | — | no due date |
/// | M-004 | Không được tiếp nhận (3) | | | | in no metric |
/// | M-005 | Mới đăng ký (1) | | | | in no metric |
/// | M-006 | Công dân yêu cầu rút hồ sơ (7) | 05/08 08:00 | 20/08 17:00 | returned 06/08 08:00 | on time |
@Suite struct OtherSystemsTests {
    @Test func theirExportsGiveTheHandCountedFigures() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let outcome = try Binary.run(
            ["report", "fixtures/other-systems", "--quarter", "2025-Q3", "--out", temp.path("out")], in: Package.root)
        try #require(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("reconciliation:     10 = 10 + 0 + 0 (balanced)"), "\(outcome.stdout)")
        let rows = try readCSV(temp.path("out/provinces.csv"))
        let header = rows[0]
        let row = try #require(rows.first { $0.first == "66" })
        let value = { (name: String) -> String in
            header.firstIndex(of: name).map { row[$0] } ?? "(no column \(name))"
        }
        let expected: [(String, String)] = [
            // Status 1 and 3 count in no metric: 8 received, all in scope.
            ("received", "8"), ("in_scope", "8"),
            // G-001, G-004 (finished), M-001, M-006 (returned, status 10 and 7), M-002 (refused, 8).
            ("ended", "5"),
            ("with_due", "7"), ("no_due_date", "1"), ("on_time", "3"), ("open_in_time", "1"), ("overdue", "3"),
            ("timeliness_rate", "0.5714"),  // (3 + 1) / 7
            // Direct where the file has no channel column: only M-001 and M-003 are online.
            ("online", "2"), ("online_rate", "0.2500"),
            // HoSoCoThanhPhanSoHo: G-001 yes, G-002 no, G-003 unknown, G-004 yes; the other file has none.
            ("digitized", "2"), ("digitized_known", "3"), ("digitized_rate", "0.6667"),
            // TrangThaiDongBoDVC: yes, yes, no, no.
            ("synced", "2"), ("sync_known", "4"), ("sync_rate", "0.5000"),
            // Ratings of the ended: M-001 "Rất hài lòng" (3), M-006 "Không hài lòng" (1, a complaint).
            ("rated", "2"), ("rating_1", "1"), ("rating_3", "1"), ("satisfaction_rate", "0.5000"),
            ("complained", "1"),
            // In time without a complaint / with due: (3 + 1 − 1) / 7; M-006, returned on time, rated 1.
            ("dossier_satisfaction", "0.4286"),
            // (6 d 2 h + 10 d + 3 d 1 h + 9 d + 1 d) / 5 = 5.825 days.
            ("processing_days_mean", "5.83"),
        ]
        for (name, figure) in expected { #expect(value(name) == figure, "\(name)") }
        let units = try readCSV(temp.path("out/units.csv"))
        // The camelCase file names its units by govAgencyCode, the Vietnamese one by name only.
        let codes = Set(units.dropFirst().map { $0[0] })
        #expect(codes.isSuperset(of: ["000.00.12.H15", "000.00.13.H15"]), "\(units)")
    }
}
