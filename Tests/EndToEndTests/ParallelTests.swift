import Foundation
import Testing

/// `--jobs N` reads large files in ranges on several threads; the output must be the same,
/// byte for byte, as with one job (docs/architecture.md, Parallelism).
@Suite struct ParallelTests {
    /// An export of `rows` rows in which every row has a quoted field with line feeds, so that
    /// line feeds inside quotes lie near every cut point. With `lookalikes`, the quoted text
    /// holds lines that look like records of the right width (to fool the cut's look-ahead).
    static func export(rows: Int, lookalikes: Bool) -> String {
        var text = "dossier_id;province;status;received_at;unit_name;due_at;finished_at\n"
        for index in 0..<rows {
            let id = "P-\(index % (rows - rows / 10))"  // the last tenth repeat earlier ids
            let day = 1 + index % 28
            let received = "202507\(day < 10 ? "0" : "")\(day)080000"
            let finished = index % 3 == 0 ? "" : "202508\(day < 10 ? "0" : "")\(day)090000"
            let inner =
                lookalikes
                ? "Sở \(index)\nX-\(index);66;10;20250701080000;u;20250710170000;\nY-\(index);66;10;20250701080000;u;;\ntail"
                : "Sở Tư pháp,\nPhòng \(index % 7)\n\nHộ tịch"
            let status = index % 97 == 5 ? "99" : (index % 2 == 0 ? "10" : "4")  // a few rejects
            text +=
                "\(id);\(["66", "01", "79", "54"][index % 4]);\(status);\(received);\"\(inner)\";"
                + "20250730170000;\(finished)\n"
        }
        return text
    }

    @Test(arguments: [false, true])
    func oneJobAndFourJobsWriteTheSameBytes(lookalikes: Bool) throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let input = temp.path("export.csv")
        try Data(Self.export(rows: 3000, lookalikes: lookalikes).utf8).write(to: URL(fileURLWithPath: input))
        var outputs: [[String: Data]] = []
        for jobs in ["1", "4", "2"] {
            let out = temp.path("out-\(jobs)")
            let outcome = try Binary.run([
                "report", input, "--quarter", "2025-Q3", "--max-reject-rate", "0.5", "--jobs", jobs,
                "--split-size", "4096", "--out", out, "--quiet",
            ])
            #expect(outcome.status == 0, "\(outcome.stderr)")
            outputs.append(try snapshot(out))
        }
        // Seven tables, trend.csv among them, run.json, report.html and report.xlsx.
        #expect(outputs[0].count == 12)
        for name in outputs[0].keys.sorted() {
            #expect(outputs[0][name] == outputs[1][name], "\(name) differs between --jobs 1 and --jobs 4")
            #expect(outputs[0][name] == outputs[2][name], "\(name) differs between --jobs 1 and --jobs 2")
        }
        // Rejects keep the physical line their record starts on: every row takes 4 lines.
        let rejects = try readCSV(temp.path("out-4/rejects.csv")).dropFirst()
        let expected = (0..<3000).filter { $0 % 97 == 5 }.map { 2 + 4 * $0 }
        #expect(rejects.map { Int($0[1])! } == expected)
        #expect(rejects.allSatisfy { $0[3] == "bad_status" })
    }
}
