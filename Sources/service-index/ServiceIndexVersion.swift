import ArgumentParser

/// The tool's version, written into `run.json`.
enum ServiceIndexVersion {
    static let current = "0.1.0"
}
