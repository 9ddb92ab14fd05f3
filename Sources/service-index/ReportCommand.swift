import ArgumentParser
import Foundation
import ServiceIndexCore
import ServiceIndexDemoData
import ServiceIndexIngest
import ServiceIndexPipeline
import ServiceIndexReport

/// `service-index report`: the report of a month, quarter or year, from exports to every output
/// file.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Compute a period's metrics, index, ranking, gap analysis and trend, and write the report.",
        discussion: "With no INPUT, reports on the synthetic demo data in ./demo-data (generated there if missing).")

    @Argument(help: "Export files, or directories of *.csv files (default: the demo data).")
    var inputs: [String] = []

    @Option(
        name: [.customLong("period"), .customLong("quarter")],
        help: ArgumentHelp(
            "The period: a month 2025-09, a quarter 2025-Q3 (2025Q3, Q3/2025) or a year 2025 (default: with --as-of the quarter holding the second before it, else the quarter of the latest received_at). --quarter is the same option.",
            valueName: "PERIOD"))
    var period: String?

    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp(
            "End the period early at this moment (e.g. 2025-08-15 or 2025-08-15T08:00:00, local time unless a zone is given): open dossiers are judged against it.",
            valueName: "DATETIME"))
    var asOf: String?

    @Option(help: ArgumentHelp("The focus province (code, DVCQG code or name).", valueName: "CODE"))
    var focus = ProvinceRegistry.defaultFocus.description

    @Option(help: ArgumentHelp("The rank the focus province aims for.", valueName: "N"))
    var top = 10

    @Option(
        help: ArgumentHelp(
            "Output directory (default: reports/<period>/, with --as-of reports/<period>-to-<yyyy-mm-dd>/).",
            valueName: "DIR"))
    var out: String?

    @Option(
        name: [.customLong("published"), .customLong("peer-scores")],
        help: ArgumentHelp(
            "The scores the portal published: long rows province,indicator,points[,numerator,denominator][,period] (an indicator id, portal metric code, group or total) and/or wide rows province,total[,ckmb,…,mdhl]. It gives the indicators only the portal knows and the provinces the exports do not cover; totals on different bases are never ranked together (docs/methodology.md, Published scores). --peer-scores is the same option.",
            valueName: "FILE"))
    var published: String?

    @Option(
        help: ArgumentHelp(
            "The previous period's rankings.csv, for the rank change (default: reports/<previous period>/rankings.csv beside the output, when present).",
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
        if let period, Period(period) == nil {
            throw ValidationError("--period: expected 2025-09, 2025-Q3, 2025Q3, Q3/2025 or 2025, found '\(period)'")
        }
        if let asOf {
            guard let instant = Self.moment(asOf) else {
                throw ValidationError("--as-of: expected a date and time such as 2025-08-15T08:00:00, found '\(asOf)'")
            }
            if let stated = period.flatMap(Period.init),
                let problem = ReportRequest.asOfProblem(period: stated, asOf: instant)
            {
                throw ValidationError(problem)
            }
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
            period: period.flatMap(Period.init), asOf: asOf.flatMap(Self.moment), focus: focusProvince,
            targetRank: top, outDirectory: out,
            methodologyPath: methodology, publishedPath: published, previousPath: previous, byteOrderMark: !noBOM,
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
        if let latest = outcome.report.runningSince {
            StandardStreams.printError(
                "service-index: warning: \(GapWording.runningNotice(outcome.report, latest: latest))")
        }
        if !options.quiet {
            StandardStreams.printOut(GapWording.englishHeadline(outcome.report))
            StandardStreams.printOut("report written to \(outcome.directory)/ (open \(outcome.directory)/report.html)")
        }
    }

    /// An `--as-of` value: the datetime forms of the exports, or a date `yyyy-MM-dd` meaning
    /// 00:00 local time that day.
    static func moment(_ text: String) -> Instant? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return DateTimeParser.parse(trimmed) ?? DateTimeParser.parse(trimmed + " 00:00")
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
