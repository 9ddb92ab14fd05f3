import ServiceIndexIngest
import ServiceIndexReport

/// Why a report run stopped without writing anything.
public enum PipelineError: Error, Sendable, Equatable {
    /// An export or a side file could not be read or used.
    case ingest(IngestError)
    /// The data cannot give a report: too many rejects, nothing to rank. Lower case, no period.
    case data(String)
    /// The settings contradict each other (as-of at or before the period's start).
    case usage(String)
    /// The report directory could not be written.
    case output(OutputError)
}
