import Foundation
import Testing

/// The value forms one-stop systems send to the national portal (docs/methodology.md, Values):
/// DVCQG field names, `yyyyMMddHHmmss`, ISO with milliseconds, due dates as dates alone,
/// `DuocThanhToanTrucTuyen` 3 and the service level `MucDo`, on a hand-counted export.
@Suite struct OneStopFormsTests {
    @Test func theirFormsAreReadAndCountedAsHandCounted() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let outcome = try Binary.run(
            [
                "report", Package.fixtures.appendingPathComponent("one-stop").path, "--period", "2026-Q2",
                "--strict", "--out", temp.path("out"), "--quiet",
            ])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let rows = try readCSV(temp.path("out/provinces.csv"))
        let header = rows[0].map { $0.replacingOccurrences(of: "\u{FEFF}", with: "") }
        func value(_ name: String) -> String { rows[1][header.firstIndex(of: name)!] }
        let expected: [(String, String)] = [
            ("received", "4"), ("in_scope", "4"), ("with_due", "4"),
            // 0001 settled 14/04 10:00, due "20260415" = 23:59:59 that day: on time. 0002 due
            // "2026-04-20" (23:59:59), settled 21/04: overdue. 0004 settled at 17:00 on its due day.
            ("on_time", "2"), ("overdue", "1"),
            // 0003, received at 2026-05-02T01:00:00.500Z (08:00 local), due 15/07: open in time.
            ("open_in_time", "1"), ("timeliness_rate", "0.7500"),
            ("online", "3"), ("online_rate", "0.7500"),
            // MucDo 4, 3, "toàn trình", 2: two of four full online.
            ("full_online", "2"), ("service_level_known", "4"), ("full_online_rate", "0.5000"),
            // With a fee and payment known: 0001 (3: requested, not paid), 0002 (1), 0004 (2).
            ("paid_online", "2"), ("with_fee", "3"), ("paid_online_rate", "0.6667"),
        ]
        for (name, figure) in expected { #expect(value(name) == figure, "\(name)") }
        let rejects = try readCSV(temp.path("out/rejects.csv"))
        #expect(rejects.count == 1)
    }

    @Test func anUnknownServiceLevelIsRejectedWithItsColumn() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let text =
            "MaHoSo,MaTinh,TrangThaiHoSo,NgayTiepNhan,MucDo\nA,66,10,20260405083000,4\nB,66,10,20260405083000,mức 5\n"
        try Data(text.utf8).write(to: temp.url.appendingPathComponent("export.csv"))
        let outcome = try Binary.run(
            ["report", "export.csv", "--period", "2026-Q2", "--max-reject-rate", "1", "--out", "out", "--quiet"],
            in: temp.url)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let rejects = try readCSV(temp.path("out/rejects.csv"))
        #expect(rejects.count == 2)
        #expect(Array(rejects[1][1...5]) == ["3", "MucDo", "bad_flag", "B", "mức 5"])
    }
}
