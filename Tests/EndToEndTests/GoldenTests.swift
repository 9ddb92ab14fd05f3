import Foundation
import Testing

/// Golden end-to-end cases: `fixtures/golden/<case>/args` (one argument a line, run from the
/// package root, `--out` added) and `expected/`, every output compared byte for byte (`run.json`
/// without its timings). `UPDATE_GOLDENS=1 swift test` rewrites the goldens and fails the run on
/// purpose, so that the diff is reviewed in git before it lands.
@Suite struct GoldenTests {
    static let cases = ["fixture-q3", "fixture-default", "fixture-q3-qd766-2025"]

    @Test(arguments: cases)
    func outputsMatchTheGoldens(_ name: String) throws {
        let folder = Package.fixtures.appendingPathComponent("golden").appendingPathComponent(name)
        let arguments = try String(contentsOf: folder.appendingPathComponent("args"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let out = temp.path("report")
        let outcome = try Binary.run(arguments + ["--out", out], in: Package.root)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let actual = try snapshot(out)
        let expectedFolder = folder.appendingPathComponent("expected")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" {
            try? FileManager.default.removeItem(at: expectedFolder)
            try FileManager.default.createDirectory(at: expectedFolder, withIntermediateDirectories: true)
            for (file, data) in actual { try data.write(to: expectedFolder.appendingPathComponent(file)) }
            Issue.record(
                "goldens of \(name) rewritten: review the diff in git, then run the tests without UPDATE_GOLDENS")
            return
        }
        let expected = try snapshot(expectedFolder.path)
        #expect(actual.keys.sorted() == expected.keys.sorted())
        for file in expected.keys.sorted() {
            #expect(actual[file] == expected[file], "\(name)/\(file) differs from its golden")
        }
    }
}
