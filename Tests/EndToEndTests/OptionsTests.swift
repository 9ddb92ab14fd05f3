import Foundation
import Testing

/// Options that change what a report holds: methodology files, progress, the reconciliation.
@Suite struct OptionsTests {
    func report(_ extra: [String], out: String) throws -> Binary.Outcome {
        try Binary.run(
            ["report", "fixtures/exports", "--quarter", "2025-Q3", "--max-reject-rate", "0.5", "--out", out] + extra,
            in: Package.root)
    }

    @Test func aMethodologyFileChangesWeightsAndThresholds() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let outcome = try report(["--methodology", "fixtures/methodology-weights.csv", "--quiet"], out: temp.path("r"))
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let rows = try readCSV(temp.path("r/indicators.csv")).filter { $0[0] == "66" }
        // Đắk Lắk in the fixture: timeliness 7/9, online 5/9, satisfied 4 of 5 rated.
        #expect(rows.map { $0[1] } == ["tdgq.on_time", "dvctt.online", "mdhl.satisfaction"])
        #expect(rows[0][6...8] == ["0.7778", "23.33", "30.00"])  // 30 × 7/9
        #expect(rows[1][6...8] == ["0.5556", "13.89", "20.00"])  // 20 × (5/9) / 0.8
        #expect(rows[2][3...8] == ["exports", "4", "5", "0.8000", "8.89", "10.00"])  // 10 × 0.8 / 0.9
        let json = try String(contentsOfFile: temp.path("r/run.json"), encoding: .utf8)
        #expect(json.contains("\"name\": \"methodology-weights\""))
    }

    @Test func aBadMethodologyFileNamesLineAndColumn() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let outcome = try report(["--methodology", "fixtures/bad/methodology-unknown-metric.csv"], out: temp.path("r"))
        #expect(outcome.status == 65)
        #expect(
            outcome.stderr.hasPrefix(
                "fixtures/bad/methodology-unknown-metric.csv:3:3: error: unknown metric 'online_share'"))
        #expect(!FileManager.default.fileExists(atPath: temp.path("r")))
    }

    @Test func progressGoesToStandardErrorOnlyWhenAsked() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let always = try report(["--progress", "always"], out: temp.path("a"))
        #expect(always.stderr.contains("rows"))
        #expect(always.stderr.contains("MB/s"))
        let batch = try report([], out: temp.path("b"))
        #expect(batch.stderr.isEmpty)
        let quiet = try report(["--progress", "always", "--quiet"], out: temp.path("c"))
        #expect(quiet.stderr.isEmpty && quiet.stdout.isEmpty)
    }

    @Test(arguments: ["fixture-q3", "fixture-default"])
    func runJSONReconciles(_ golden: String) throws {
        let path = Package.fixtures.appendingPathComponent("golden/\(golden)/expected/run.json")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: path)) as? [String: Any])
        let reconciliation = try #require(json["reconciliation"] as? [String: Any])
        let read = reconciliation["rows_read"] as! Int
        let parts = ["accepted", "rejected", "duplicates_dropped"].map { reconciliation[$0] as! Int }
        #expect(read == parts.reduce(0, +))
        #expect(read == 28)
        #expect(reconciliation["balanced"] as? Bool == true)
    }
}
