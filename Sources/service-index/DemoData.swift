import ArgumentParser
import Foundation
import ServiceIndexDemoData
import ServiceIndexIngest
import ServiceIndexReport

/// The synthetic demo data `report` uses when given no input.
enum DemoData {
    static let directory = "demo-data"

    /// The demo data directory, generated first (default options) when it has no manifest.
    static func ensure(quiet: Bool) throws -> String {
        if FileManager.default.fileExists(atPath: directory + "/manifest.json") { return directory }
        let summary = try generate(into: directory, options: DemoDataOptions())
        if !quiet {
            StandardStreams.printOut("generated synthetic demo data: \(summary.rows) rows in ./\(directory)/")
        }
        return directory
    }

    /// Runs the generator, mapping its errors to exit code 73.
    static func generate(into directory: String, options: DemoDataOptions) throws -> DemoDataSummary {
        do {
            return try DemoDataGenerator.generate(into: directory, options: options)
        } catch {
            StandardStreams.printError("\(directory): error: \(error)")
            throw ExitCode(Diagnostics.cannotCreate)
        }
    }
}
