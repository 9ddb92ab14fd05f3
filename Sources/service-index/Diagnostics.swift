import ArgumentParser
import ServiceIndexDemoData
import ServiceIndexIngest
import ServiceIndexPipeline
import ServiceIndexReport

/// Turns the layers' typed errors into `FILE:LINE:COLUMN: error: message` on standard error and
/// a sysexits exit code.
enum Diagnostics {
    static let dataError: Int32 = 65
    static let inputMissing: Int32 = 66
    static let cannotCreate: Int32 = 73
    static let ioError: Int32 = 74

    static func fail(_ error: IngestError) -> ExitCode {
        StandardStreams.printError(error.description)
        switch error.kind {
        case .data: return ExitCode(dataError)
        case .inputMissing: return ExitCode(inputMissing)
        case .io: return ExitCode(ioError)
        }
    }

    static func fail(_ error: OutputError) -> ExitCode {
        StandardStreams.printError(error.description)
        return ExitCode(error.kind == .cannotCreate ? cannotCreate : ioError)
    }

    static func fail(_ error: PipelineError) -> ExitCode {
        switch error {
        case .ingest(let error): fail(error)
        case .data(let message): dataFailure(message)
        case .usage(let message): usageFailure(message)
        case .output(let error): fail(error)
        }
    }

    /// Prints a usage-error message and returns exit code 64.
    static func usageFailure(_ message: String) -> ExitCode {
        StandardStreams.printError("service-index: error: \(message)")
        return ExitCode(64)
    }

    /// Prints a data-error message and returns exit code 65.
    static func dataFailure(_ message: String) -> ExitCode {
        StandardStreams.printError("service-index: error: \(message)")
        return ExitCode(dataError)
    }
}
