import ArgumentParser
import Foundation
import ServiceIndexCore
import ServiceIndexIO

/// `service-index report`: the quarterly report, from exports to every output file.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Compute the quarter's metrics, index, ranking and gap analysis, and write the report.",
        discussion: "With no INPUT, reports on the synthetic demo data in ./demo-data (generated there if missing).")

    @Argument(help: "Export files, or directories of *.csv files (default: the demo data).")
    var inputs: [String] = []

    @Option(help: ArgumentHelp("The quarter: 2025-Q3, 2025Q3 or Q3/2025 (default: the quarter of the latest received_at).", valueName: "QUARTER"))
    var quarter: String?

    @Option(help: ArgumentHelp("The focus province (code, DVCQG code or name).", valueName: "CODE"))
    var focus = "66"

    @Option(help: ArgumentHelp("The rank the focus province aims for.", valueName: "N"))
    var top = 10

    @Option(help: ArgumentHelp("Output directory (default: reports/<quarter>/).", valueName: "DIR"))
    var out: String?

    @Option(help: ArgumentHelp("Published scores for other provinces: CSV of province,total[,ckmb,…].", valueName: "FILE"))
    var peerScores: String?

    @Option(help: ArgumentHelp("Last quarter's rankings.csv, for the rank change (default: reports/<previous quarter>/rankings.csv beside the output, when present).", valueName: "FILE"))
    var previous: String?

    @Option(help: ArgumentHelp("A methodology CSV (indicator,group,metric,max,threshold) instead of the built-in qd766.", valueName: "FILE"))
    var methodology: String?

    @OptionGroup var options: InputOptions

    @Flag(name: .customLong("no-bom"), help: "Write CSV outputs without the UTF-8 byte order mark.")
    var noBOM = false

    @Option(help: "Language of report.html: vi or en.")
    var lang: ReportLanguage = .vi

    func validate() throws {
        if let quarter, Quarter(quarter) == nil {
            throw ValidationError("--quarter: expected 2025-Q3, 2025Q3 or Q3/2025, found '\(quarter)'")
        }
        guard ProvinceRegistry.standard.resolve(focus) != nil else {
            throw ValidationError("--focus: unknown province '\(focus)'")
        }
        guard (1...34).contains(top) else { throw ValidationError("--top must be between 1 and 34, found \(top)") }
    }

    func run() throws {
        let started = ContinuousClock.now
        let focusProvince = ProvinceRegistry.standard.resolve(focus)!
        let setup = try ReportSetup.load(methodology: methodology, peerScores: peerScores)
        let inputs = try self.inputs.isEmpty ? [DemoData.ensure(quiet: options.quiet)] : self.inputs
        let ingest = try IngestRunner.ingest(inputs, options: options, focus: focusProvince.code)
        let ingestDone = ContinuousClock.now
        if !options.quiet {
            for line in Summary.lines(ingest) { StandardStreams.printOut(line) }
        }
        if let message = RejectPolicy.failure(ingest, options: options) {
            throw Diagnostics.dataFailure(message)
        }
        guard let period = quarter.flatMap(Quarter.init) ?? ingest.aggregate.latestQuarter else {
            throw Diagnostics.dataFailure("no accepted dossier: nothing to report on")
        }
        let outDirectory = out ?? "reports/\(period)"
        let previousPath = previous ?? ReportSetup.historyPath(outDirectory: outDirectory, quarter: period)
        var previousRanks: [ProvinceCode: Int] = [:]
        if let previousPath {
            do throws(IngestError) { previousRanks = try PreviousRanksFile.load(path: previousPath) } catch {
                throw Diagnostics.fail(error)
            }
        }
        let report = QuarterReport(
            aggregate: ingest.aggregate, quarter: period, methodology: setup.methodology,
            peers: setup.peers, previousRanks: previousRanks, focus: focusProvince, targetRank: top)
        guard !report.ranking.isEmpty else {
            throw Diagnostics.dataFailure(
                "nothing to rank for \(period): no dossier in scope and no published score (--peer-scores)")
        }
        let manifest = RunManifest(
            version: ServiceIndexVersion.current, generatedAt: ReportSetup.timestamp(),
            quarter: period, quarterSource: quarter == nil ? "latest received_at" : "argument",
            focus: focusProvince.code, targetRank: top, methodology: setup.methodology, ingest: ingest,
            ranked: report.ranking.count, peerScores: peerScores, previousRanks: previousPath,
            settings: settings,
            timings: [
                ("ingest_seconds", ProgressDisplay.seconds(ingestDone - started)),
                ("report_seconds", ProgressDisplay.seconds(ContinuousClock.now - ingestDone)),
            ])
        let files = ReportFiles.render(report: report, ingest: ingest, manifest: manifest, byteOrderMark: !noBOM, language: lang)
        do throws(OutputError) { try ReportDirectory.write(files, to: outDirectory) } catch {
            throw Diagnostics.fail(error)
        }
        if !options.quiet {
            StandardStreams.printOut(GapWording.englishHeadline(report))
            StandardStreams.printOut("report written to \(outDirectory)/ (open \(outDirectory)/report.html)")
        }
    }

    /// Settings that change results, for `run.json` (not `--jobs`, which never does).
    private var settings: [(String, JSONValue)] {
        [
            ("strict", .bool(options.strict)),
            ("max_reject_rate", .decimal(options.maxRejectRate, decimals: 4)),
            ("delimiter", .string(options.delimiter.rawValue)),
            ("province", options.fallbackProvince.map { .string($0.description) } ?? .null),
            ("byte_order_mark", .bool(!noBOM)),
            ("lang", .string(lang.rawValue)),
        ]
    }
}

extension ReportLanguage: ExpressibleByArgument {}
