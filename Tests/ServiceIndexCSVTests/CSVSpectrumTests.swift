import Foundation
import ServiceIndexCSV
import Testing

/// The csv-spectrum conformance files (github.com/maxogden/csv-spectrum), read from the shared
/// test data beside the checkout and never copied into the repository.
enum CSVSpectrum {
    /// `<package root>/../shared/testdata/csv-spectrum`; the package root is three levels above
    /// this file (`Tests/ServiceIndexCSVTests/CSVSpectrumTests.swift`).
    static let directory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // ServiceIndexCSVTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root
        .appendingPathComponent("../shared/testdata/csv-spectrum")
        .standardizedFileURL

    static var csvDirectory: URL { directory.appendingPathComponent("csvs") }
    static var jsonDirectory: URL { directory.appendingPathComponent("json") }

    static var isAvailable: Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: csvDirectory.path, isDirectory: &isDirectory)
            && isDirectory.boolValue
    }

    /// The case names (file names without `.csv`), sorted; empty when the folder is missing.
    static var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: csvDirectory.path)) ?? []
        return files.filter { $0.hasSuffix(".csv") }.map { String($0.dropLast(4)) }.sorted()
    }
}

// When ../shared/testdata/csv-spectrum is absent (a plain clone), these tests are reported as
// skipped, with the reason below, rather than passing vacuously.
@Suite(
    "csv-spectrum conformance",
    .enabled(
        if: CSVSpectrum.isAvailable,
        "csv-spectrum test data not found at ../shared/testdata/csv-spectrum"))
struct CSVSpectrumTests {
    @Test("the folder holds cases, each with its JSON")
    func folderIsComplete() {
        let names = CSVSpectrum.names
        #expect(names.count >= 10)
        for name in names {
            let json = CSVSpectrum.jsonDirectory.appendingPathComponent("\(name).json")
            #expect(FileManager.default.fileExists(atPath: json.path), "\(name).json is missing")
        }
    }

    @Test("each file parses to the objects of its JSON", arguments: CSVSpectrum.names)
    func matchesJSON(_ name: String) throws {
        let csv = try Data(contentsOf: CSVSpectrum.csvDirectory.appendingPathComponent("\(name).csv"))
        let json = try Data(contentsOf: CSVSpectrum.jsonDirectory.appendingPathComponent("\(name).json"))
        let expected = try #require(
            try JSONSerialization.jsonObject(with: json) as? [[String: String]],
            "\(name).json is an array of objects of strings")

        let bytes = [UInt8](csv)
        let dialect = try CSVDialect.sniff(bytes)
        let outcome = tokenize(
            Array(bytes[dialect.byteOrderMarkLength...]), delimiter: dialect.delimiter,
            startOffset: Int64(dialect.byteOrderMarkLength))
        #expect(outcome.error == nil)
        let header = try #require(outcome.records.first, "the header is the first record").strings
        let rows = outcome.records.dropFirst()
        #expect(rows.count == expected.count)
        for (row, object) in zip(rows, expected) {
            #expect(row.fields.count == header.count, "line \(row.line)")
            var parsed: [String: String] = [:]
            for (key, value) in zip(header, row.strings) { parsed[key] = value }
            #expect(parsed == object, "line \(row.line)")
            // Byte-exact too: String equality would hide a lost CR before LF.
            for (key, value) in zip(header, row.fields) {
                #expect(value == Array((object[key] ?? "").utf8), "line \(row.line), \(key)")
            }
        }
    }

    @Test("fed one byte at a time, each file gives the same records", arguments: CSVSpectrum.names)
    func byteAtATime(_ name: String) throws {
        let bytes = [UInt8](try Data(contentsOf: CSVSpectrum.csvDirectory.appendingPathComponent("\(name).csv")))
        #expect(tokenize(bytes) { _ in 1 } == tokenize(bytes))
    }
}
