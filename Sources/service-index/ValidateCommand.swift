import ArgumentParser
import ServiceIndexCore
import ServiceIndexDemoData
import ServiceIndexIngest
import ServiceIndexPipeline
import ServiceIndexReport

/// `service-index validate`: the data-quality check alone, with the same rejects and summary.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check exports: reconciliation and rejects by reason, without a report.")

    @Argument(help: "Export files, or directories of *.csv files.")
    var inputs: [String]

    @OptionGroup var options: InputOptions

    @Option(help: ArgumentHelp("Write the rejected rows to this CSV file.", valueName: "FILE"))
    var rejects: String?

    @Flag(name: .customLong("no-bom"), help: "Write rejects.csv without the UTF-8 byte order mark.")
    var noBOM = false

    @Option(
        help: ArgumentHelp("The rejects file for a spreadsheet: rfc4180 or excel-vi.", valueName: "DIALECT"))
    var csvDialect: CSVOutputDialect = .rfc4180

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("validate needs at least one INPUT") }
    }

    func run() throws {
        let result = try IngestRunner.ingest(inputs, options: options, focus: ProvinceRegistry.defaultFocus)
        if !options.quiet {
            for line in Summary.lines(result) { StandardStreams.printOut(line) }
        }
        if let rejects {
            do throws(OutputError) {
                try AtomicOutput.writeFile(
                    RejectsTable.make(result.rejects).rendered(byteOrderMark: !noBOM, dialect: csvDialect),
                    to: rejects)
            } catch { throw Diagnostics.fail(error) }
        }
        if let message = options.rejectPolicy.failure(result) {
            throw Diagnostics.dataFailure(message)
        }
    }
}
