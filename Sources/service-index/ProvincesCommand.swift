import ArgumentParser
import ServiceIndexCore
import ServiceIndexDemoData
import ServiceIndexIngest
import ServiceIndexReport

/// `service-index provinces`: the built-in registry as CSV on standard output.
struct ProvincesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "provinces",
        abstract: "Print the province registry (34 units, DVCQG codes, pre-merger provinces) as CSV.")

    @Flag(name: .customLong("no-bom"), help: "Write no UTF-8 byte order mark.")
    var noBOM = false

    func run() throws {
        let table = RegistryTable.make(ProvinceRegistry.standard)
        try StandardStreams.writeOut(table.rendered(byteOrderMark: !noBOM))
    }
}
