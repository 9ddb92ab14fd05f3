import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The bad-input corpus (`fixtures/bad-inputs/`, see its README): every case runs the real
/// binary and must end with its exit code and diagnostic, never with a signal, with its rejects
/// accounted for and its memory small, and a failed run must write nothing.
@Suite struct BadInputTests {
    /// Peak memory allowed to any run of the corpus. The largest input is a 20 MB field, which
    /// libcsv buffers whole before the tool truncates it; a run that kept the file, or copies of
    /// the field, would go past this.
    static let memoryLimit = 128 << 20

    /// The reason codes (docs/methodology.md, Bad input and rejects).
    static let reasons: Set<String> = [
        "wrong_field_count", "missing_value", "bad_datetime", "bad_status", "bad_channel", "bad_flag",
        "bad_rating", "bad_number", "unknown_province", "finished_before_received", "due_before_received",
        "invalid_utf8", "field_too_long",
    ]

    /// Cases the parameterized test leaves to a test of their own.
    static let separate: Set<String> = ["unreadable-file"]

    @Test(arguments: BadInputCase.all.filter { !separate.contains($0.name) })
    func endsAsExpected(_ badCase: BadInputCase) throws {
        if let knownIssue = badCase.knownIssue {
            withKnownIssue(Comment(rawValue: knownIssue)) { try check(badCase) }
        } else {
            try check(badCase)
        }
    }

    /// Root reads a file whatever its mode (CI runs the tests as root), so there the run goes
    /// without the capabilities that allow it (`BadInputCase.launcher`).
    @Test func anUnreadableFileExits66() throws {
        try check(BadInputCase(name: "unreadable-file"))
    }

    @Test func theCorpusHoldsEveryCaseOfTheIssue() {
        let names = Set(BadInputCase.all.map(\.name))
        for required in [
            "unterminated-quote", "invalid-utf8-read-column", "invalid-utf8-unread-column", "invalid-utf8-header",
            "empty-file", "bom-and-blank-lines", "header-only", "header-only-report", "missing-required-column",
            "duplicate-header", "binary-garbage", "binary-garbage-after-header", "field-20mb", "wrong-field-count",
            "utf16-bom", "utf16-no-bom", "directory-without-csv", "missing-file", "unreadable-file",
        ] {
            #expect(names.contains(required), "fixtures/bad-inputs/\(required) is missing")
        }
    }

    @Test func randomBytesAreTheSameOnEveryRun() {
        let bytes = BadInputCase.randomBytes(count: 4096, seed: 766)
        #expect(bytes == BadInputCase.randomBytes(count: 4096, seed: 766))
        #expect(bytes.contains(0), "the garbage holds NUL bytes")
        // SplitMix64 with seed 0 first gives 0xE220A8397B1DCDAF (the reference implementation).
        #expect(BadInputCase.randomBytes(count: 8, seed: 0) == [0xAF, 0xCD, 0x1D, 0x7B, 0x39, 0xA8, 0x20, 0xE2])
    }

    func check(_ badCase: BadInputCase) throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let expected = try badCase.expectation()
        let input = try badCase.prepareInput(in: temp)
        let output = badCase.command == "report" ? temp.path("out") : temp.path("rejects.csv")
        let arguments =
            [badCase.command, input.argument] + badCase.arguments
            + (badCase.command == "report" ? ["--out", output] : ["--rejects", output])
        let outcome = try Binary.runMeasured(
            arguments, in: input.directory, scratch: temp.url, launcher: badCase.launcher)

        #expect(outcome.signal == nil, "\(badCase.name): ended by signal \(outcome.signal ?? 0)")
        #expect(outcome.status < 128)
        #expect(outcome.status == expected.status, "\(badCase.name): \(outcome.stderr)")
        let firstLine =
            outcome.stderr.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        if expected.diagnostic.isEmpty {
            #expect(outcome.stderr.isEmpty, "\(badCase.name): nothing on standard error")
        } else {
            #expect(firstLine.hasPrefix(expected.diagnostic), "\(badCase.name)")
        }
        // Under AddressSanitizer (make sanitize) memory use is the sanitizer's, not the tool's.
        if ProcessInfo.processInfo.environment["SERVICE_INDEX_SANITIZER"] == nil {
            #expect(
                outcome.maxResidentBytes < Self.memoryLimit,
                "\(badCase.name): peak memory \(outcome.maxResidentBytes >> 20) MiB")
        }

        guard outcome.status == 0 else {
            // A failed run writes nothing.
            #expect(!FileManager.default.fileExists(atPath: output), "\(badCase.name): a failed run left \(output)")
            return
        }
        // Nothing is lost: every row read is accepted, rejected or a duplicate.
        #expect(outcome.stdout.contains("(balanced)"), "\(badCase.name): \(outcome.stdout)")
        let rejectsPath = badCase.command == "report" ? output + "/rejects.csv" : output
        let rows = try readCSV(rejectsPath)
        #expect(rows.first == ["file", "line", "column", "reason", "dossier_id", "value", "message"])
        let rejects = Array(rows.dropFirst())
        for row in rejects {
            #expect(row.count == 7, "\(badCase.name): \(row)")
            guard row.count == 7 else { continue }
            #expect(row[0] == input.argument)
            #expect(Self.reasons.contains(row[3]), "\(badCase.name): unknown reason '\(row[3])'")
            #expect(row[5].count <= 201, "\(badCase.name): a rejected value is cut at 200 characters")
        }
        if let listed = expected.rejects {
            #expect(rejects.map { $0.prefix(4).dropFirst().joined(separator: ",") } == listed, "\(badCase.name)")
        } else {
            #expect(!rejects.isEmpty, "\(badCase.name): at least one reject")
        }
    }
}
