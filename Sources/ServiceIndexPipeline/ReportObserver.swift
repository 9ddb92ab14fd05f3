import ServiceIndexCore
import ServiceIndexIngest
import ServiceIndexReport

/// Callbacks through which the caller follows a run; the pipeline itself never prints.
public struct ReportObserver {
    /// Called after every chunk read with the bytes read, the bytes of all inputs and the rows
    /// read so far (from one thread at a time).
    public var progress: ((_ bytesRead: Int64, _ totalBytes: Int64, _ rows: Int) -> Void)?
    /// Called once the ingest is done, before the reject policy is applied.
    public var ingested: (IngestResult) -> Void

    public init(
        progress: ((_ bytesRead: Int64, _ totalBytes: Int64, _ rows: Int) -> Void)? = nil,
        ingested: @escaping (IngestResult) -> Void = { _ in }
    ) {
        self.progress = progress
        self.ingested = ingested
    }
}
