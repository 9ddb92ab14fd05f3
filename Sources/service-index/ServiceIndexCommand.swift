import ArgumentParser

/// `service-index`: quarterly service-quality index of Vietnam's 34 provinces from dossier exports.
@main
struct ServiceIndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "service-index",
        abstract: "Quarterly service-quality index (Decision 766) of Vietnam's 34 provinces from dossier exports.",
        discussion: """
            Exit codes: 0 success, 64 usage, 65 data error (strict, reject rate, file-level \
            error), 66 input missing, 73 cannot create output, 74 I/O error (an input that \
            changed while it was read included), 130 and 143 stopped by SIGINT and SIGTERM.
            """,
        version: ServiceIndexVersion.current,
        subcommands: [ReportCommand.self, ValidateCommand.self, GenerateCommand.self, ProvincesCommand.self],
        defaultSubcommand: nil
    )

    static func main() {
        StopSignals.install()
        StopSignals.installTestHook()
        main(nil)
    }
}
