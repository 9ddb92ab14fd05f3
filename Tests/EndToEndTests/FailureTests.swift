import Foundation
import Testing

/// Failures: exit codes (sysexits), `FILE:LINE:COLUMN: error:` messages, and a failed run that
/// leaves the previous report untouched.
@Suite struct FailureTests {
    @Test func aMissingRequiredColumnIsAFileLevelError() throws {
        let outcome = try Binary.run(["validate", "fixtures/bad/missing-column.csv"], in: Package.root)
        #expect(outcome.status == 65)
        #expect(
            outcome.stderr.hasPrefix(
                "fixtures/bad/missing-column.csv:1:1: error: required column received_at is missing"))
    }

    @Test func anUnterminatedQuoteNamesTheLineItStartsOn() throws {
        let outcome = try Binary.run(["validate", "fixtures/bad/unterminated-quote.csv"], in: Package.root)
        #expect(outcome.status == 65)
        #expect(outcome.stderr.hasPrefix("fixtures/bad/unterminated-quote.csv:3:1: error: unterminated quoted field"))
    }

    @Test func aStrayQuoteNamesLineAndColumn() throws {
        let outcome = try Binary.run(["validate", "fixtures/bad/stray-quote.csv"], in: Package.root)
        #expect(outcome.status == 65)
        #expect(outcome.stderr.hasPrefix("fixtures/bad/stray-quote.csv:2:11: error: unexpected quote"))
    }

    @Test func aMissingInputExits66() throws {
        let outcome = try Binary.run(["validate", "fixtures/no-such-file.csv"], in: Package.root)
        #expect(outcome.status == 66)
        #expect(outcome.stderr.hasPrefix("fixtures/no-such-file.csv:1:1: error: no such file or directory"))
    }

    @Test func aBadArgumentExits64() throws {
        let outcome = try Binary.run(["report", "fixtures/exports", "--quarter", "2025-Q5"], in: Package.root)
        #expect(outcome.status == 64)
    }

    @Test func anOutputThatCannotBeCreatedExits73() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        try Data("x".utf8).write(to: temp.url.appendingPathComponent("file"))
        let outcome = try Binary.run(
            ["report", "fixtures/exports", "--max-reject-rate", "0.5", "--out", temp.path("file/report"), "--quiet"],
            in: Package.root)
        #expect(outcome.status == 73)
        #expect(outcome.stderr.contains("cannot create the output directory"))
    }

    @Test func aStrictFailureLeavesThePreviousReportByteIdentical() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let out = temp.path("report")
        let first = try Binary.run(
            ["report", "fixtures/exports", "--max-reject-rate", "0.5", "--out", out, "--quiet"], in: Package.root)
        #expect(first.status == 0)
        let before = try snapshot(out)
        let failed = try Binary.run(
            ["report", "fixtures/exports", "--strict", "--quarter", "2025-Q2", "--out", out, "--quiet"],
            in: Package.root)
        #expect(failed.status == 65)
        #expect(try snapshot(out) == before)
        // No staging directory is left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: temp.url.path) == ["report"])
    }

    @Test func aSecondRunReplacesTheReportWhole() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let out = temp.path("report")
        for quarter in ["2025-Q2", "2025-Q3"] {
            let outcome = try Binary.run(
                [
                    "report", "fixtures/exports", "--max-reject-rate", "0.5", "--quarter", quarter, "--out", out,
                    "--quiet",
                ],
                in: Package.root)
            #expect(outcome.status == 0)
        }
        let runJSON = try String(contentsOfFile: out + "/run.json", encoding: .utf8)
        #expect(runJSON.contains("\"name\": \"2025-Q3\""))
        #expect(try FileManager.default.contentsOfDirectory(atPath: temp.url.path) == ["report"])
    }
}
