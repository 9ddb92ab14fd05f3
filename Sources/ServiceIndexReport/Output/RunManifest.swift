import ServiceIndexCore
import ServiceIndexIngest

/// `run.json`: what was run on what, and how the rows reconcile (docs/methodology.md, Outputs).
public struct RunManifest: Sendable {
    public var version: String
    public var generatedAt: Instant
    public var period: Period
    /// "argument", "as-of" or "latest received_at".
    public var periodSource: String
    /// The moment the period was cut at (nil when it ran to its calendar end).
    public var asOf: Instant?
    /// `--as-of` as given (it may lie after the calendar end, and then cuts nothing).
    public var requestedAsOf: Instant?
    public var focus: ProvinceCode
    public var targetRank: Int
    public var methodology: Methodology
    public var ingest: IngestResult
    public var ranked: Int
    public var published: String?
    public var previousRanks: String?
    public var settings: [(String, JSONValue)]
    /// Phase name → seconds.
    public var timings: [(String, Double)]

    public init(
        version: String, generatedAt: Instant, period: Period, periodSource: String, asOf: Instant?,
        requestedAsOf: Instant?, focus: ProvinceCode,
        targetRank: Int, methodology: Methodology, ingest: IngestResult, ranked: Int, published: String?,
        previousRanks: String?, settings: [(String, JSONValue)], timings: [(String, Double)]
    ) {
        self.version = version
        self.generatedAt = generatedAt
        self.period = period
        self.periodSource = periodSource
        self.asOf = asOf
        self.requestedAsOf = requestedAsOf
        self.focus = focus
        self.targetRank = targetRank
        self.methodology = methodology
        self.ingest = ingest
        self.ranked = ranked
        self.published = published
        self.previousRanks = previousRanks
        self.settings = settings
        self.timings = timings
    }

    public var json: JSONValue {
        let reconciliation = ingest.reconciliation
        let unknown = Set(ingest.inputs.flatMap(\.unknownColumns)).sorted()
        return .object([
            ("tool", .string("service-index")),
            ("version", .string(version)),
            ("generated_at", .string(generatedAt.description)),
            (
                "period",
                .object([
                    ("name", .string(period.description)), ("kind", .string(period.kind.rawValue)),
                    ("source", .string(periodSource)), ("start", .string(period.start.description)),
                    ("calendar_end", .string(period.end.description)),
                    ("as_of", requestedAsOf.map { .string($0.description) } ?? .null),
                    ("end", .string((asOf ?? period.end).description)),
                    ("end_used", .string(asOf == nil ? "calendar end" : "as-of")),
                ])
            ),
            ("focus", .string(focus.description)),
            ("target_rank", .integer(targetRank)),
            (
                "methodology",
                .object([
                    ("name", .string(methodology.name)),
                    ("max_points", .decimal(methodology.maxPoints, decimals: 2)),
                    (
                        "indicators",
                        .array(
                            methodology.indicators.map { indicator in
                                .object([
                                    ("indicator", .string(indicator.id)), ("group", .string(indicator.group)),
                                    ("metric", indicator.metric.map { .string($0.rawValue) } ?? .null),
                                    ("source", .string(indicator.source.rawValue)),
                                    ("max", .decimal(indicator.maxPoints, decimals: 2)),
                                    ("threshold", .decimal(indicator.threshold, decimals: 4)),
                                ])
                            })
                    ),
                ])
            ),
            (
                "inputs",
                .array(
                    ingest.inputs.map { input in
                        .object([
                            ("path", .string(input.path)), ("bytes", .integer(input.bytes)),
                            ("sha256", .string(input.sha256)), ("rows", .integer(input.rows)),
                            ("delimiter", .string(Self.delimiterName(input.delimiter))),
                            ("encoding", .string(input.encoding.rawValue)),
                            ("unknown_columns", .array(input.unknownColumns.map(JSONValue.string))),
                        ])
                    })
            ),
            (
                "reconciliation",
                .object([
                    ("rows_read", .integer(reconciliation.rowsRead)),
                    ("accepted", .integer(reconciliation.accepted)),
                    ("rejected", .integer(reconciliation.rejected)),
                    ("duplicates_dropped", .integer(reconciliation.duplicates)),
                    ("balanced", .bool(reconciliation.isBalanced)),
                ])
            ),
            (
                "rejects_by_reason",
                .object(ingest.rejectsByReason.sorted { $0.key < $1.key }.map { ($0.key.rawValue, .integer($0.value)) })
            ),
            ("unknown_columns", .array(unknown.map(JSONValue.string))),
            ("provinces_ranked", .integer(ranked)),
            ("published", published.map(JSONValue.string) ?? .null),
            ("previous_ranks", previousRanks.map(JSONValue.string) ?? .null),
            ("settings", .object(settings)),
            ("timings", .object(timings.map { ($0.0, .decimal($0.1, decimals: 3)) })),
        ])
    }

    static func delimiterName(_ byte: UInt8) -> String {
        switch byte {
        case UInt8(ascii: ";"): "semicolon"
        case 0x09: "tab"
        default: "comma"
        }
    }
}
