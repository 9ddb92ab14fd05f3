import Foundation
import TestSupport
import Testing

/// Same inputs, same bytes: whatever the order of files and rows (docs/methodology.md, Determinism).
@Suite struct DeterminismTests {
    /// Splits CSV bytes into the header and the records (line ends included), keeping quoted
    /// newlines inside their record and dropping blank lines. Bytes, not text: a fixture holds
    /// invalid UTF-8 on purpose.
    static func records(_ bytes: [UInt8]) -> (header: [UInt8], rows: [[UInt8]]) {
        var records: [[UInt8]] = []
        var current: [UInt8] = []
        var quotes = 0
        for byte in bytes {
            current.append(byte)
            if byte == 0x22 { quotes += 1 }
            if byte == 0x0A && quotes % 2 == 0 {
                records.append(current)
                current = []
            }
        }
        if !current.isEmpty { records.append(current) }
        let header = records.removeFirst()
        return (header, records.filter { $0 != [0x0A] && $0 != [0x0D, 0x0A] })
    }

    /// A seeded shuffle (SplitMix64), so a failure can be replayed.
    static func shuffled<T>(_ items: [T], seed: UInt64) -> [T] {
        var random = SplitMix64(seed: seed)
        var result = items
        for index in stride(from: result.count - 1, to: 0, by: -1) {
            result.swapAt(index, random.below(index + 1))
        }
        return result
    }

    func report(_ inputs: [String], out: String) throws -> [String: Data] {
        let outcome = try Binary.run(
            ["report"] + inputs + ["--quarter", "2025-Q3", "--max-reject-rate", "0.5", "--out", out, "--quiet"],
            in: Package.root)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        return try snapshot(out)
    }

    @Test func reversingTheFileOrderChangesNoByte() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let files = ["fixtures/exports/dvcqg-2025-Q3.csv", "fixtures/exports/dak-lak-2025-Q3.csv"]
        let forward = try report(files, out: temp.path("a"))
        let backward = try report(files.reversed(), out: temp.path("b"))
        #expect(forward.keys.sorted() == backward.keys.sorted())
        for name in forward.keys.sorted() { #expect(forward[name] == backward[name], "\(name) differs") }
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func shufflingRowsChangesNoFigure(seed: UInt64) throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let shuffledFolder = temp.url.appendingPathComponent("shuffled")
        try FileManager.default.createDirectory(at: shuffledFolder, withIntermediateDirectories: true)
        for name in ["dvcqg-2025-Q3.csv", "dak-lak-2025-Q3.csv"] {
            let data = try Data(contentsOf: Package.exports.appendingPathComponent(name))
            let (header, rows) = Self.records(Array(data))
            // Reversed file order too: the provincial file is written first under an earlier name.
            let target = shuffledFolder.appendingPathComponent(name.hasPrefix("dak") ? "0-\(name)" : "1-\(name)")
            try Data(header + Self.shuffled(rows, seed: seed).joined()).write(to: target)
        }
        let original = try report([Package.exports.path], out: temp.path("original"))
        let shuffled = try report([shuffledFolder.path], out: temp.path("shuffled-out"))
        // Rejects keep their own line numbers and run.json names other files: compare the figures.
        for name in ["rankings.csv", "indicators.csv", "provinces.csv", "units.csv", "focus.csv", "procedures.csv"] {
            #expect(original[name] == shuffled[name], "\(name) differs after shuffling with seed \(seed)")
        }
        let rejects = try readCSV(temp.path("shuffled-out/rejects.csv"))
        #expect(rejects.count == 1 + 9)
    }
}
