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
    /// The period; nil means the quarter of the latest `received_at` among kept dossiers.
    public var quarter: Quarter?
    /// The province the gap analysis is for.
    public var focus: Province
    /// The rank the focus province aims for (1…34).
    public var targetRank: Int
    /// The output directory; nil means `reports/<period>/`.
    public var outDirectory: String?
    /// A methodology CSV instead of the built-in `qd766`.
    public var methodologyPath: String?
    /// Published scores of provinces the exports do not cover.
    public var peerScoresPath: String?
    /// The previous period's `rankings.csv`; nil means the history beside the output directory.
    public var previousPath: String?
    /// Whether CSV outputs start with a UTF-8 byte order mark.
    public var byteOrderMark: Bool
    /// The language of `report.html`.
    public var language: ReportLanguage
    /// The tool's version, for `run.json`.
    public var version: String
    /// The timestamp written into `run.json`.
    public var generatedAt: Instant
    /// The command-line settings recorded in `run.json`.
    public var settings: [(String, JSONValue)]

    public init(
        inputs: [String], ingest: IngestOptions, rejectPolicy: RejectPolicy, quarter: Quarter?, focus: Province,
        targetRank: Int, outDirectory: String?, methodologyPath: String?, peerScoresPath: String?,
        previousPath: String?, byteOrderMark: Bool, language: ReportLanguage, version: String,
        generatedAt: Instant, settings: [(String, JSONValue)]
    ) {
        self.inputs = inputs
        self.ingest = ingest
        self.rejectPolicy = rejectPolicy
        self.quarter = quarter
        self.focus = focus
        self.targetRank = targetRank
        self.outDirectory = outDirectory
        self.methodologyPath = methodologyPath
        self.peerScoresPath = peerScoresPath
        self.previousPath = previousPath
        self.byteOrderMark = byteOrderMark
        self.language = language
        self.version = version
        self.generatedAt = generatedAt
        self.settings = settings
    }
}
