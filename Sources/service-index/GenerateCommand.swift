import ArgumentParser
import ServiceIndexCore
import ServiceIndexDemoData
import ServiceIndexIngest
import ServiceIndexReport

/// `service-index generate`: synthetic DVCQG-style exports for all 34 provinces.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write synthetic, deterministic demo exports (all 34 provinces; not real data).")

    @Option(help: ArgumentHelp("Directory to write the exports into.", valueName: "DIR"))
    var out: String

    @Option(help: "Seed of the generator: the same seed gives the same bytes.")
    var seed: UInt64 = 766

    @Option(help: ArgumentHelp("Comma-separated quarters, e.g. 2025-Q2,2025-Q3.", valueName: "LIST"))
    var quarters = DemoDataOptions.defaultQuarters.map(\.description).joined(separator: ",")

    @Option(help: ArgumentHelp("Data rows to write in all (bad rows and duplicates included).", valueName: "N"))
    var rows = 120_000

    @Flag(help: "Write one large file (for benchmarks) instead of several.")
    var singleFile = false

    @Option(
        help: ArgumentHelp(
            "Layout of the national files: dvcqg (semicolon, DVCQG names, yyyyMMddHHmmss) or canonical "
                + "(comma, canonical names, yyyy-MM-dd HH:mm:ss, 18 columns).",
            valueName: "LAYOUT"))
    var layout = DemoExportLayout.dvcqg

    func validate() throws {
        guard rows >= 0 else { throw ValidationError("--rows must be ≥ 0") }
        _ = try parsedQuarters()
    }

    func parsedQuarters() throws -> [Period] {
        let list = try quarters.split(separator: ",").map { text in
            guard let quarter = Period(String(text)), quarter.kind == .quarter else {
                throw ValidationError("--quarters: expected quarters like 2025-Q3, found '\(text)'")
            }
            return quarter
        }
        guard !list.isEmpty else { throw ValidationError("--quarters: at least one quarter") }
        return list
    }

    func run() throws {
        let summary = try DemoData.generate(
            into: out,
            options: DemoDataOptions(
                seed: seed, quarters: parsedQuarters(), rows: rows, singleFile: singleFile, layout: layout))
        StandardStreams.printOut(
            "wrote \(summary.rows) synthetic rows in \(summary.files.count) file(s) to \(out)/ "
                + "(\(summary.plantedRejectCount) bad rows and \(summary.plantedDuplicates) duplicates planted on purpose)"
        )
    }
}

extension DemoExportLayout: ExpressibleByArgument {}
