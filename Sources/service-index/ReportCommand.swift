import ArgumentParser
import Foundation
import ServiceIndexCore
import ServiceIndexDemoData
import ServiceIndexIngest
import ServiceIndexPipeline
import ServiceIndexReport

/// `service-index report`: the quarterly report, from exports to every output file.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Compute the quarter's metrics, index, ranking and gap analysis, and write the report.",
        discussion: "With no INPUT, reports on the synthetic demo data in ./demo-data (generated there if missing).")

    @Argument(help: "Export files, or directories of *.csv files (default: the demo data).")
    var inputs: [String] = []

    @Option(
        help: ArgumentHelp(
            "The quarter: 2025-Q3, 2025Q3 or Q3/2025 (default: the quarter of the latest received_at).",
            valueName: "QUARTER"))
    var quarter: String?

    @Option(help: ArgumentHelp("The focus province (code, DVCQG code or name).", valueName: "CODE"))
    var focus = ProvinceRegistry.defaultFocus.description

    @Option(help: ArgumentHelp("The rank the focus province aims for.", valueName: "N"))
    var top = 10

    @Option(help: ArgumentHelp("Output directory (default: reports/<quarter>/).", valueName: "DIR"))
    var out: String?

    @Option(
        help: ArgumentHelp("Published scores for other provinces: CSV of province,total[,ckmb,…].", valueName: "FILE"))
    var peerScores: String?

    @Option(
        help: ArgumentHelp(
            "Last quarter's rankings.csv, for the rank change (default: reports/<previous quarter>/rankings.csv beside the output, when present).",
            valueName: "FILE"))
    var previous: String?

    @Option(
        help: ArgumentHelp(
            "A methodology CSV (indicator,group,metric,max,threshold) instead of the built-in qd766 "
                + "(methodologies/qd766-2025.csv: the table before the portal's formulas).", valueName: "FILE"
        ))
    var methodology: String?

    @OptionGroup var options: InputOptions

    @Flag(name: .customLong("no-bom"), help: "Write CSV outputs without the UTF-8 byte order mark.")
    var noBOM = false

    @Option(
        help: ArgumentHelp(
            "CSV outputs for a spreadsheet: rfc4180 (comma, decimal point) or excel-vi (semicolon, decimal comma, for Excel in a Vietnamese locale).",
            valueName: "DIALECT"))
    var csvDialect: CSVOutputDialect = .rfc4180

    @Option(help: "Language of report.html and report.xlsx: vi or en.")
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
        let inputs = try self.inputs.isEmpty ? [DemoData.ensure(quiet: options.quiet)] : self.inputs
        let focusProvince = ProvinceRegistry.standard.resolve(focus)!
        let request = ReportRequest(
            inputs: inputs, ingest: options.ingestOptions(focus: focusProvince.code),
            rejectPolicy: options.rejectPolicy,
            quarter: quarter.flatMap(Quarter.init), focus: focusProvince, targetRank: top, outDirectory: out,
            methodologyPath: methodology, peerScoresPath: peerScores, previousPath: previous, byteOrderMark: !noBOM,
            csvDialect: csvDialect, language: lang, version: ServiceIndexVersion.current, generatedAt: Self.timestamp(),
            settings: settings)
        let display = options.showsProgress ? ProgressDisplay() : nil
        let observer = ReportObserver(
            progress: display.map { display in { display.update(bytesRead: $0, totalBytes: $1, rows: $2) } },
            ingested: { ingest in
                display?.finish()
                if !options.quiet { for line in Summary.lines(ingest) { StandardStreams.printOut(line) } }
            })
        let outcome: ReportOutcome
        do throws(PipelineError) { outcome = try ReportPipeline.run(request, observer: observer) } catch {
            display?.finish()
            throw Diagnostics.fail(error)
        }
        if !options.quiet {
            StandardStreams.printOut(GapWording.englishHeadline(outcome.report))
            StandardStreams.printOut("report written to \(outcome.directory)/ (open \(outcome.directory)/report.html)")
        }
    }

    /// `SOURCE_DATE_EPOCH` when set (reproducible builds), else now.
    private static func timestamp() -> Instant {
        if let text = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = Int64(text) {
            return Instant(seconds: seconds)
        }
        return Instant(seconds: Int64(Date().timeIntervalSince1970))
    }

    /// Settings that change results, for `run.json` (not `--jobs`, which never does).
    private var settings: [(String, JSONValue)] {
        [
            ("strict", .bool(options.strict)),
            ("max_reject_rate", .decimal(options.maxRejectRate, decimals: 4)),
            ("delimiter", .string(options.delimiter.rawValue)),
            ("province", options.fallbackProvince.map { .string($0.description) } ?? .null),
            ("byte_order_mark", .bool(!noBOM)),
            ("csv_dialect", .string(csvDialect.rawValue)),
            ("lang", .string(lang.rawValue)),
        ]
    }
}

extension ReportLanguage: ExpressibleByArgument {}
extension CSVOutputDialect: ExpressibleByArgument {}
