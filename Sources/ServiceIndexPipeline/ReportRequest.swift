import ServiceIndexCore
import ServiceIndexIngest
import ServiceIndexReport

/// What one report run is asked to do: the inputs and every setting that changes the result.
public struct ReportRequest: Sendable {
    /// Export files, or directories of `*.csv` files.
    public var inputs: [String]
    /// How the exports are read (delimiter, fallback province, workers).
    public var ingest: IngestOptions
    /// When rejected rows fail the run.
    public var rejectPolicy: RejectPolicy
    /// The period; nil means the quarter that contains the second before `asOf`, or without
    /// as-of the quarter of the latest `received_at` among kept dossiers.
    public var period: Period?
    /// Ends the period early: open dossiers are judged against this moment.
    public var asOf: Instant?
    /// The province the gap analysis is for.
    public var focus: Province
    /// The rank the focus province aims for (1…34).
    public var targetRank: Int
    /// The output directory; nil means `reports/<period>/`.
    public var outDirectory: String?
    /// A methodology CSV instead of the built-in `qd766`.
    public var methodologyPath: String?
    /// Published scores of provinces the exports do not cover.
    public var publishedPath: String?
    /// The previous period's `rankings.csv`; nil means the history beside the output directory.
    public var previousPath: String?
    /// Whether CSV outputs start with a UTF-8 byte order mark.
    public var byteOrderMark: Bool
    /// How the CSV outputs are written (comma, or the Vietnamese spreadsheet form).
    public var csvDialect: CSVOutputDialect
    /// The language of `report.html` and `report.xlsx`.
    public var language: ReportLanguage
    /// The tool's version, for `run.json`.
    public var version: String
    /// The timestamp written into `run.json`.
    public var generatedAt: Instant
    /// The command-line settings recorded in `run.json`.
    public var settings: [(String, JSONValue)]

    public init(
        inputs: [String], ingest: IngestOptions, rejectPolicy: RejectPolicy, period: Period?, asOf: Instant? = nil,
        focus: Province,
        targetRank: Int, outDirectory: String?, methodologyPath: String?, publishedPath: String?,
        previousPath: String?, byteOrderMark: Bool, csvDialect: CSVOutputDialect = .rfc4180,
        language: ReportLanguage, version: String, generatedAt: Instant, settings: [(String, JSONValue)]
    ) {
        self.inputs = inputs
        self.ingest = ingest
        self.rejectPolicy = rejectPolicy
        self.period = period
        self.asOf = asOf
        self.focus = focus
        self.targetRank = targetRank
        self.outDirectory = outDirectory
        self.methodologyPath = methodologyPath
        self.publishedPath = publishedPath
        self.previousPath = previousPath
        self.byteOrderMark = byteOrderMark
        self.csvDialect = csvDialect
        self.language = language
        self.version = version
        self.generatedAt = generatedAt
        self.settings = settings
    }
}

extension ReportRequest {
    /// The period known before anything is read: the one asked for, else with as-of the quarter
    /// that contains the second before it; nil when it depends on the data.
    public var statedPeriod: Period? {
        period ?? asOf.map { Period.quarter(containing: Instant(seconds: $0.seconds - 1)) }
    }

    /// The slots the dossiers are counted in: periods of the requested kind (quarters by
    /// default), the reported one cut at as-of, with processing-time histograms for the reported
    /// period only when it is known before the pass.
    public var grid: PeriodGrid {
        guard let asOf, let stated = statedPeriod else {
            return PeriodGrid(kind: period?.kind ?? .quarter).keepingProcessingTimes(of: period)
        }
        return PeriodGrid(cutting: stated, at: asOf).keepingProcessingTimes(of: stated)
    }

    /// Why as-of cannot end the period, when it cannot: it is at or before the period's start.
    public static func asOfProblem(period: Period, asOf: Instant) -> String? {
        asOf > period.start ? nil : "--as-of \(asOf) is at or before the start of \(period) (\(period.start))"
    }
}
