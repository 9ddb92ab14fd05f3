import ArgumentParser
import Foundation
import ServiceIndexCSV
import ServiceIndexCore
import ServiceIndexDemoData
import ServiceIndexIngest
import ServiceIndexPipeline
import ServiceIndexReport

/// Options shared by `report` and `validate`: how to read the inputs and when to fail.
struct InputOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The province of files without a province column (code, DVCQG code or name).", valueName: "CODE"))
    var province: String?

    @Option(help: "Field delimiter: auto (from the header line), comma, semicolon or tab.")
    var delimiter: DelimiterChoice = .auto

    @Option(
        help: """
            Character encoding of the inputs: auto (UTF-16 with a byte order mark, else UTF-8), utf-8, \
            utf-16 or windows-1258 (Excel's CSV on a Vietnamese Windows).
            """)
    var encoding: EncodingChoice = .auto

    @Flag(help: "Fail (exit 65) on any rejected row.")
    var strict = false

    @Option(help: ArgumentHelp("Fail (exit 65) when rejected rows exceed this share of rows read.", valueName: "RATE"))
    var maxRejectRate: Double = 0.05

    @Option(help: ArgumentHelp("Worker threads (default: the number of cores).", valueName: "N"))
    var jobs: Int?

    @Option(help: .hidden)
    var splitSize: Int64 = 16 << 20

    @Option(help: "Progress on standard error: auto (when it is a terminal), always or never.")
    var progress: ProgressChoice = .auto

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    func validate() throws {
        guard (0...1).contains(maxRejectRate) else {
            throw ValidationError("--max-reject-rate must be between 0 and 1, found \(maxRejectRate)")
        }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1, found \(jobs)") }
        if let province, ProvinceRegistry.standard.resolve(province) == nil {
            throw ValidationError("--province: unknown province '\(province)'")
        }
    }

    /// The fallback province, resolved.
    var fallbackProvince: ProvinceCode? {
        province.flatMap { ProvinceRegistry.standard.resolve($0)?.code }
    }

    /// How the ingest reads the inputs, with the focus province's units and procedures tallied.
    func ingestOptions(focus: ProvinceCode) -> IngestOptions {
        IngestOptions(
            delimiter: delimiter.byte, fallbackProvince: fallbackProvince, focus: focus, encoding: encoding,
            jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, splitBytes: splitSize)
    }

    /// When rejected rows fail the run.
    var rejectPolicy: RejectPolicy { RejectPolicy(strict: strict, maxRejectRate: maxRejectRate) }

    /// Whether progress goes to standard error.
    var showsProgress: Bool {
        guard !quiet else { return false }
        switch progress {
        case .always: return true
        case .never: return false
        case .auto: return StandardStreams.isErrorTerminal
        }
    }
}

extension EncodingChoice: ExpressibleByArgument {}
