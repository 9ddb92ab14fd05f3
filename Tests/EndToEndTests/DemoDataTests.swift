import Foundation
import Testing

/// The demo data passes `validate` with exactly the bad rows the generator planted.
@Suite struct DemoDataTests {
    @Test func validateFindsExactlyThePlantedRejects() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let generate = try Binary.run(["generate", "--out", temp.path("demo"), "--seed", "17", "--rows", "20000"])
        #expect(generate.status == 0, "\(generate.stderr)")
        let manifestData = try Data(contentsOf: temp.url.appendingPathComponent("demo/manifest.json"))
        let manifest = try #require(try JSONSerialization.jsonObject(with: manifestData) as? [String: Any])
        let planted = try #require(manifest["planted_rejects"] as? [String: Int])
        let duplicates = try #require(manifest["planted_duplicates"] as? Int)
        #expect(planted.values.reduce(0, +) > 0)

        let validate = try Binary.run(["validate", temp.path("demo"), "--rejects", temp.path("rejects.csv")])
        #expect(validate.status == 0, "\(validate.stderr)")
        var found: [String: Int] = [:]
        for row in try readCSV(temp.path("rejects.csv")).dropFirst() { found[row[3], default: 0] += 1 }
        #expect(found == planted)
        #expect(validate.stdout.contains("rows read:          20000"))
        #expect(validate.stdout.contains("duplicates dropped: \(duplicates)"))
        #expect(validate.stdout.contains("(balanced)"))
    }

    @Test func theGeneratorIsDeterministic() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        for name in ["a", "b"] {
            #expect(try Binary.run(["generate", "--out", temp.path(name), "--rows", "5000"]).status == 0)
        }
        let first = try snapshot(temp.path("a"))
        #expect(first.count == 9)  // two files per quarter, four quarters, and the manifest
        #expect(first == (try snapshot(temp.path("b"))))
    }

    @Test func reportWithoutInputUsesTheDemoData() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let outcome = try Binary.run(["report", "--out", "out", "--quarter", "2025-Q3"], in: temp.url)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("generated synthetic demo data"))
        let rankings = try readCSV(temp.path("out/rankings.csv"))
        #expect(rankings.count == 35)  // header + 34 provinces
        for file in [
            "rankings.csv", "indicators.csv", "provinces.csv", "units.csv", "focus.csv", "procedures.csv",
            "trend.csv", "rejects.csv", "run.json", "report.html",
        ] {
            #expect(FileManager.default.fileExists(atPath: temp.path("out/\(file)")), "\(file) missing")
        }
    }
}
