import Foundation
import ArgumentParser
import ServiceIndexCore
import ServiceIndexIO

/// Runs the ingest with the command line's options, progress display and error mapping.
enum IngestRunner {
    static func ingest(_ inputs: [String], options: InputOptions, focus: ProvinceCode = ProvinceCode(66)) throws -> IngestResult {
        let display = options.showsProgress ? ProgressDisplay() : nil
        defer { display?.finish() }
        do {
            return try Ingest.run(
                paths: inputs,
                options: IngestOptions(
                    delimiter: options.delimiter.byte, fallbackProvince: options.fallbackProvince,
                    focus: focus, jobs: options.jobs ?? ProcessInfo.processInfo.activeProcessorCount,
                    splitBytes: options.splitSize),
                progress: display.map { display in
                    { bytes, total, rows in display.update(bytesRead: bytes, totalBytes: total, rows: rows) }
                })
        } catch {
            throw Diagnostics.fail(error)
        }
    }
}
