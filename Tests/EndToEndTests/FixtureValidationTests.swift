import Foundation
import Testing

/// The fixture exports (fixtures/exports): a DVCQG file (semicolon, BOM, CRLF, yyyyMMddHHmmss)
/// and a provincial file (comma, LF, dd/MM/yyyy, Vietnamese headers). Every expectation below
/// was worked out by hand from the rows; see fixtures/README.md.
@Suite struct FixtureValidationTests {
    /// (file, line, column, reason, dossier id, value)
    static let expectedRejects: [[String]] = [
        ["dak-lak-2025-Q3.csv", "7", "Ngày tiếp nhận", "bad_datetime", "H15-023", "31/02/2025 08:00"],
        ["dak-lak-2025-Q3.csv", "8", "Ngày hẹn trả", "due_before_received", "H15-024", "01/06/2025"],
        ["dak-lak-2025-Q3.csv", "11", "Đơn vị", "invalid_utf8", "H15-027", "S\u{FFFD}o"],
        ["dvcqg-2025-Q3.csv", "13", "NgayTiepNhan", "bad_datetime", "H15-007", "20250231080000"],
        ["dvcqg-2025-Q3.csv", "14", "MaTinh", "unknown_province", "H15-008", "99"],
        ["dvcqg-2025-Q3.csv", "15", "TrangThaiHoSo", "bad_status", "H15-009", "11"],
        ["dvcqg-2025-Q3.csv", "16", "", "wrong_field_count", "H15-013", ""],
        ["dvcqg-2025-Q3.csv", "17", "NgayKetThucXuLy", "finished_before_received", "H15-010", "20250702080000"],
        ["dvcqg-2025-Q3.csv", "20", "CoPhiLePhi", "bad_flag", "H15-012", "maybe"],
    ]

    @Test func reconciliationAndRejectsMatchTheHandCount() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let outcome = try Binary.run(
            ["validate", Package.exports.path, "--rejects", temp.path("rejects.csv"), "--max-reject-rate", "0.5"],
            in: Package.root)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        // 17 data rows in the DVCQG file (one blank line), 11 in the provincial one.
        #expect(outcome.stdout.contains("rows read:          28"))
        #expect(outcome.stdout.contains("accepted:           16"))
        #expect(outcome.stdout.contains("rejected:           9"))
        // H15-001 twice in the DVCQG file; H15-004 and H15-005 again in the provincial file.
        #expect(outcome.stdout.contains("duplicates dropped: 3"))
        #expect(
            outcome.stdout.contains(
                "unknown columns in \(Package.exports.path)/dvcqg-2025-Q3.csv: HoTenNguoiNop, SoCCCD"))
        let rows = try readCSV(temp.path("rejects.csv"))
        #expect(rows.first == ["file", "line", "column", "reason", "dossier_id", "value", "message"])
        let got = rows.dropFirst().map { row in
            [String(row[0].split(separator: "/").last!)] + Array(row[1...5])
        }
        #expect(got == Self.expectedRejects)
    }

    @Test func strictFailsOnAnyReject() throws {
        let outcome = try Binary.run(["validate", Package.exports.path, "--strict"], in: Package.root)
        #expect(outcome.status == 65)
        #expect(outcome.stderr.contains("--strict: 9 row(s) rejected"))
    }

    @Test func theRejectRateLimitFailsTheRun() throws {
        // 9 of 28 rows = 32 % > 5 % (the default).
        let outcome = try Binary.run(["validate", Package.exports.path], in: Package.root)
        #expect(outcome.status == 65)
        #expect(outcome.stderr.contains("9 of 28 rows rejected"))
        let relaxed = try Binary.run(["validate", Package.exports.path, "--max-reject-rate", "0.33"], in: Package.root)
        #expect(relaxed.status == 0)
    }
}
