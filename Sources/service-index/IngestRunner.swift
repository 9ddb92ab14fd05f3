import ServiceIndexCore
import ServiceIndexIngest

/// Runs the ingest alone (`validate`) with the command line's options, progress display and
/// error mapping.
enum IngestRunner {
    static func ingest(_ inputs: [String], options: InputOptions, focus: ProvinceCode) throws -> IngestResult {
        let display = options.showsProgress ? ProgressDisplay() : nil
        defer { display?.finish() }
        do throws(IngestError) {
            return try Ingest.run(
                paths: inputs, options: options.ingestOptions(focus: focus),
                progress: display.map { display in { display.update(bytesRead: $0, totalBytes: $1, rows: $2) } })
        } catch {
            throw Diagnostics.fail(error)
        }
    }
}
