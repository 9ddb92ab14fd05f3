import Foundation
import Testing

/// Periods, as-of and the trend through the command line, on generated data.
@Suite struct PeriodReportTests {
    /// The ranking columns `trend.csv` shares with `rankings.csv`.
    static let shared = [
        "rank", "province_code", "province_name", "source", "total", "ckmb", "tdgq", "dvctt", "tttt", "mdsh", "mdhl",
        "basis", "published_points",
    ]

    static func project(_ rows: [[String]], header: [String]) -> [[String]] {
        let positions = shared.map { header.firstIndex(of: $0)! }
        return rows.map { row in positions.map { row[$0] } }
    }

    /// The trend's rows by period, projected on the shared columns.
    static func trendRows(_ path: String) throws -> [String: [[String]]] {
        let rows = try readCSV(path)
        var byPeriod: [String: [[String]]] = [:]
        let header = rows[0]
        for row in rows.dropFirst() {
            byPeriod[row[0], default: []].append(contentsOf: project([row], header: header))
        }
        return byPeriod
    }

    static func rankings(_ path: String) throws -> [[String]] {
        let rows = try readCSV(path)
        return project(Array(rows.dropFirst()), header: rows[0])
    }

    /// The trend's rows for P equal `rankings.csv`; each earlier period's rows equal a separate
    /// run of that period, for quarters cut at as-of and for months. The quarters go back to the
    /// first with a received dossier (carried-over dossiers of the generated data were received
    /// in 2024-Q3); the months stop 12 before P.
    @Test(arguments: [
        (
            ["--period", "2025-Q3", "--as-of", "2025-09-10T12:00:00"], "2024-Q3",
            ["2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2"]
        ),
        (["--period", "2025-08"], "2024-08", ["2024-08", "2024-10", "2024-11", "2025-01", "2025-05", "2025-07"]),
    ])
    func trendRowsEqualSeparateRuns(_ arguments: [String], _ first: String, _ earlier: [String]) throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let generated = try Binary.run(["generate", "--out", temp.path("data"), "--seed", "11", "--rows", "8000"])
        #expect(generated.status == 0, "\(generated.stderr)")
        let main = try Binary.run(["report", temp.path("data"), "--out", temp.path("p"), "--quiet"] + arguments)
        #expect(main.status == 0, "\(main.stderr)")
        let trend = try Self.trendRows(temp.path("p/trend.csv"))
        let period = arguments[1]
        #expect(trend[period] == (try Self.rankings(temp.path("p/rankings.csv"))))
        #expect(try readCSV(temp.path("p/trend.csv"))[1][0] == first)
        for other in earlier {
            let run = try Binary.run(
                ["report", temp.path("data"), "--period", other, "--out", temp.path(other), "--quiet"])
            #expect(run.status == 0, "\(run.stderr)")
            let separate = try Self.rankings(temp.path("\(other)/rankings.csv"))
            #expect(!separate.isEmpty)
            #expect(trend[other] == separate, "\(other)")
        }
    }

    @Test func asOfAtOrBeforeThePeriodStartIsAUsageError() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let outcome = try Binary.run(
            ["report", "fixtures/exports", "--period", "2025-Q3", "--as-of", "2025-07-01", "--out", temp.path("r")],
            in: Package.root)
        #expect(outcome.status == 64)
        #expect(outcome.stderr.contains("at or before the start of 2025-Q3"))
        #expect(!FileManager.default.fileExists(atPath: temp.path("r")))
    }

    /// With as-of and no period: the quarter of the second before as-of, a directory named after
    /// both, and run.json and focus.csv naming the end used.
    @Test func asOfAloneChoosesTheQuarterAndNamesTheDirectory() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let outcome = try Binary.run(
            [
                "report", Package.exports.path, "--as-of", "2025-10-01", "--max-reject-rate", "0.5", "--quiet",
            ],
            in: temp.url)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        // 2025-10-01 00:00 is the calendar end of Q3: nothing is cut.
        let json = try String(contentsOfFile: temp.path("reports/2025-Q3-to-2025-10-01/run.json"), encoding: .utf8)
        #expect(json.contains("\"name\": \"2025-Q3\""))
        #expect(json.contains("\"end_used\": \"calendar end\""))
        let cut = try Binary.run(
            ["report", Package.exports.path, "--as-of", "2025-08-15", "--max-reject-rate", "0.5", "--quiet"],
            in: temp.url)
        #expect(cut.status == 0, "\(cut.stderr)")
        let focus = try readCSV(temp.path("reports/2025-Q3-to-2025-08-15/focus.csv"))
        let header = focus[0]
        let total = try #require(focus.last)
        #expect(total[header.firstIndex(of: "end")!] == "2025-08-15T00:00:00+07:00")
        #expect(!total[header.firstIndex(of: "at_risk")!].isEmpty)
        #expect(!total[header.firstIndex(of: "points_if_at_risk_overdue")!].isEmpty)
    }

    /// A month whose data stops well before its end is still running: a warning on standard
    /// error and in the report; none with as-of.
    @Test func aRunningPeriodIsSaidToBeJudgedAgainstItsCalendarEnd() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let running = try Binary.run(
            [
                "report", "fixtures/exports", "--period", "2025", "--max-reject-rate", "0.5", "--quiet", "--out",
                temp.path("year"),
            ],
            in: Package.root)
        #expect(running.status == 0, "\(running.stderr)")
        #expect(running.stderr.contains("warning: 2025 is still running"))
        #expect(running.stderr.contains("--as-of"))
        let html = try String(contentsOfFile: temp.path("year/report.html"), encoding: .utf8)
        #expect(html.contains("class=\"statement notice\""))
        let cut = try Binary.run(
            [
                "report", "fixtures/exports", "--period", "2025", "--as-of", "2025-10-01", "--max-reject-rate", "0.5",
                "--quiet", "--out", temp.path("cut"),
            ],
            in: Package.root)
        #expect(cut.status == 0)
        #expect(cut.stderr.isEmpty)
    }

    /// History follows the period: a month's previous run is the month before, beside it.
    @Test func theRankChangeOfAMonthComesFromTheMonthBefore() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        for month in ["2025-07", "2025-08"] {
            let outcome = try Binary.run(
                [
                    "report", Package.exports.path, "--period", month, "--max-reject-rate", "0.5", "--quiet",
                ],
                in: temp.url)
            #expect(outcome.status == 0, "\(outcome.stderr)")
        }
        let rows = try readCSV(temp.path("reports/2025-08/rankings.csv"))
        let previous = rows[0].firstIndex(of: "previous_rank")!
        #expect(rows.dropFirst().contains { !$0[previous].isEmpty })
        let json = try String(contentsOfFile: temp.path("reports/2025-08/run.json"), encoding: .utf8)
        #expect(json.contains("reports/2025-07/rankings.csv"))
    }
}
