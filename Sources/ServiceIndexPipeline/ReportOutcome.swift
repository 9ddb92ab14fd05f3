import ServiceIndexCore
import ServiceIndexIngest
import ServiceIndexReport

/// What a finished report run computed, and where it was written.
public struct ReportOutcome: Sendable {
    public var report: PeriodReport
    public var ingest: IngestResult
    public var directory: String
}
