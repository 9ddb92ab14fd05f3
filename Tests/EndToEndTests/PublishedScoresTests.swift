import Foundation
import Testing

/// A province's own exports scored on the portal's 100 points beside what the portal published
/// (docs/methodology.md, Published scores; One basis), on Đắk Lắk's demo exports.
@Suite struct PublishedScoresTests {
    /// Đắk Lắk's four demo exports, alone in `dak-lak/`.
    static func dakLakExports(in temp: TemporaryDirectory) throws -> String {
        let generate = try Binary.run(["generate", "--out", temp.path("demo"), "--rows", "20000"])
        #expect(generate.status == 0, "\(generate.stderr)")
        let manager = FileManager.default
        try manager.createDirectory(atPath: temp.path("dak-lak"), withIntermediateDirectories: true)
        for name in try manager.contentsOfDirectory(atPath: temp.path("demo")) where name.hasPrefix("dak-lak-") {
            try manager.copyItem(atPath: temp.path("demo/\(name)"), toPath: temp.path("dak-lak/\(name)"))
        }
        return temp.path("dak-lak")
    }

    /// `report` on Đắk Lắk's demo exports for 2025-Q3 with `fixtures/published/<published>`, into `out/`.
    static func reportOnDakLak(published: String, in temp: TemporaryDirectory) throws -> Binary.Outcome {
        let exports = try dakLakExports(in: temp)
        let file = Package.fixtures.appendingPathComponent("published/\(published)").path
        return try Binary.run(
            ["report", exports, "--period", "2025-Q3", "--published", file, "--out", temp.path("out"), "--quiet"])
    }

    @Test func theExamplePublishedFileRanksAll34OnOneBasis() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let outcome = try Self.reportOnDakLak(published: "dak-lak-2025-Q3.csv", in: temp)
        #expect(outcome.status == 0, "\(outcome.stderr)")

        let rankings = try readCSV(temp.path("out/rankings.csv"))
        let header = rankings[0]
        func column(_ name: String) -> Int { header.firstIndex(of: name)! }
        #expect(rankings.count == 35)
        #expect(rankings.dropFirst().allSatisfy { $0[column("basis")] == "100.00" })
        let dakLak = try #require(rankings.first { $0[column("province_code")] == "66" })
        #expect(dakLak[column("source")] == "computed")
        #expect(rankings.filter { $0[column("source")] == "published" }.count == 33)
        // The published part: 11 portal-only indicators and the DVCTT points (10.20).
        let indicators = try readCSV(temp.path("out/indicators.csv")).filter { $0[0] == "66" }
        let statuses = indicators.map { $0[9] }
        #expect(indicators.count == 19 && statuses.filter { $0 == "published" }.count == 12)
        let publishedPoints = indicators.filter { $0[9] == "published" }.reduce(0.0) { $0 + Double($1[7])! }
        #expect(abs(Double(dakLak[column("published_points")])! - publishedPoints) < 0.011)

        // The gap analysis in portal points: published indicators cannot be moved by dossiers.
        let focus = try readCSV(temp.path("out/focus.csv"))
        let focusHeader = focus[0]
        let total = try #require(focus.last)
        #expect(total[0] == "total" && total[focusHeader.firstIndex(of: "basis")!] == "100.00")
        #expect(total[focusHeader.firstIndex(of: "rank")!] == dakLak[0])
        for name in ["median", "p75", "percentile"] { #expect(!total[focusHeader.firstIndex(of: name)!].isEmpty) }
        let petitions = try #require(focus.first { $0[0] == "mdhl.petition_on_time" })
        #expect(petitions[focusHeader.firstIndex(of: "note")!] == "published: dossiers cannot move it")

        // The reconciliation: the four exports indicators the file gives, and DVCTT.
        let reconciliation = try readCSV(temp.path("out/reconciliation.csv"))
        #expect(
            reconciliation.dropFirst().map { $0[1] } == [
                "ckmb.sync", "tdgq.on_time", "dvctt.online", "tttt.payment", "mdhl.dossier",
            ])
        let html = try String(contentsOfFile: temp.path("out/report.html"), encoding: .utf8)
        #expect(html.contains("Mọi tổng điểm đều trên 100 điểm"))
        #expect(html.contains("Cổng công bố 17,42 điểm cho Giải quyết đúng hạn"))
    }

    @Test func aTotalsOnlyFileIsRefusedAndNothingIsWritten() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let outcome = try Self.reportOnDakLak(published: "national-2025-Q3.csv", in: temp)
        #expect(outcome.status == 65)
        #expect(
            outcome.stderr.contains(
                "Đắk Lắk (66) is scored on 62 of 100 points from its exports; the published scores are out of 100. "
                    + "Give its published points for ckmb.publish_on_time, ckmb.update_on_time, ckmb.content_full, "
                    + "tttt.procedures_paid, tttt.procedures_fee, mdsh.personal_storage, mdsh.citizen_data_dossier, "
                    + "mdsh.citizen_data_procedure, mdsh.certified_copy, mdhl.petition_on_time, "
                    + "mdhl.petition_satisfaction."), "\(outcome.stderr)")
        #expect(!FileManager.default.fileExists(atPath: temp.path("out")))
    }

    @Test func theNationalDemoIsRankedOnTheExportsBasis() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let generate = try Binary.run(["generate", "--out", temp.path("demo"), "--rows", "20000"])
        #expect(generate.status == 0, "\(generate.stderr)")
        let outcome = try Binary.run(
            ["report", temp.path("demo"), "--period", "2025-Q3", "--out", temp.path("out"), "--quiet", "--lang", "en"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let rankings = try readCSV(temp.path("out/rankings.csv"))
        let basis = rankings[0].firstIndex(of: "basis")!
        #expect(rankings.count == 35 && rankings.dropFirst().allSatisfy { $0[basis] == "62.00" })
        let html = try String(contentsOfFile: temp.path("out/report.html"), encoding: .utf8)
        #expect(html.contains("The index is partial: 62 of 100 points, from exports."))
    }
}
