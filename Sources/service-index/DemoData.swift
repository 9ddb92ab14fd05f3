import ArgumentParser
import Foundation
import ServiceIndexIO

/// The synthetic demo data `report` uses when given no input.
enum DemoData {
    static let directory = "demo-data"

    /// The demo data directory, generated first when missing.
    static func ensure(quiet: Bool) throws -> String {
        if FileManager.default.fileExists(atPath: directory) { return directory }
        throw Diagnostics.dataFailure("no demo data in ./\(directory): run 'service-index generate --out \(directory)' first")
    }
}
