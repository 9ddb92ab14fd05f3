import Foundation
import Testing

/// Runs the real `service-index` binary, built next to the test bundle.
enum Binary {
    struct Outcome {
        /// The exit code, or the signal number when `wasSignaled`.
        let status: Int32
        let stdout: String
        let stderr: String
        /// True when a signal ended the process (a crash, or a Swift trap: SIGILL, SIGTRAP).
        var wasSignaled = false
    }

    static var url: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("service-index")
    }

    @discardableResult
    static func run(_ arguments: [String], environment: [String: String] = [:], in directory: URL? = nil) throws
        -> Outcome
    {
        var env = ProcessInfo.processInfo.environment
        env["SOURCE_DATE_EPOCH"] = "1767225600"
        for (key, value) in environment { env[key] = value }
        return try launch(url, arguments, environment: env, in: directory)
    }

    /// Runs `executable` to its end, collecting its output.
    static func launch(
        _ executable: URL, _ arguments: [String], environment: [String: String]? = nil, in directory: URL? = nil
    ) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self),
            wasSignaled: process.terminationReason == .uncaughtSignal)
    }
}

/// Paths in the package.
enum Package {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let fixtures = root.appendingPathComponent("fixtures")
    static let exports = fixtures.appendingPathComponent("exports")
}

/// A fresh temporary directory, removed by the caller with `remove()`.
struct TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("service-index-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

/// Reads a CSV output (BOM stripped) into rows of fields; a small RFC 4180 reader for tests.
/// `delimiter` reads exports too (`;`). A CR outside quotes is dropped.
func readCSV(_ path: String, delimiter: Unicode.Scalar = ",") throws -> [[String]] {
    parseCSV(try String(contentsOfFile: path, encoding: .utf8), delimiter: delimiter)
}

/// `readCSV` over text already read (e.g. an export decoded leniently).
func parseCSV(_ text: String, delimiter: Unicode.Scalar = ",") -> [[String]] {
    var text = text
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var iterator = Array(text.unicodeScalars).makeIterator()
    var pending: Unicode.Scalar? = nil
    while let scalar = pending ?? iterator.next() {
        pending = nil
        if quoted {
            if scalar == "\"" {
                if let next = iterator.next() {
                    if next == "\"" {
                        field.unicodeScalars.append("\"")
                    } else {
                        quoted = false
                        pending = next
                    }
                } else {
                    quoted = false
                }
            } else {
                field.unicodeScalars.append(scalar)
            }
            continue
        }
        switch scalar {
        case "\"": quoted = true
        case delimiter:
            row.append(field)
            field = ""
        case "\r": continue
        case "\n":
            row.append(field)
            rows.append(row)
            row = []
            field = ""
        default: field.unicodeScalars.append(scalar)
        }
    }
    if !field.isEmpty || !row.isEmpty {
        row.append(field)
        rows.append(row)
    }
    return rows
}

/// The files of a directory with their bytes, `run.json` without its timings.
func snapshot(_ directory: String) throws -> [String: Data] {
    var result: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: directory) {
        var data = try Data(contentsOf: URL(fileURLWithPath: directory).appendingPathComponent(name))
        if name == "run.json" { data = Data(withoutTimings(String(decoding: data, as: UTF8.self)).utf8) }
        result[name] = data
    }
    return result
}

/// `run.json` with the `timings` object removed (timings are the one thing allowed to differ).
func withoutTimings(_ json: String) -> String {
    guard let start = json.range(of: "  \"timings\": {") else { return json }
    guard let end = json.range(of: "}", range: start.upperBound..<json.endIndex) else { return json }
    return String(json[..<start.lowerBound]) + String(json[end.upperBound...])
}
