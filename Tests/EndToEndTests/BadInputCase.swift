import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One folder of `fixtures/bad-inputs/` (its README describes the files): an input, committed or
/// generated, the arguments, and the outcome expected.
struct BadInputCase: Sendable, CustomTestStringConvertible {
    static let directory = Package.fixtures.appendingPathComponent("bad-inputs")

    /// Every case folder, sorted by name.
    static var all: [BadInputCase] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.sorted().filter { name in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(
                atPath: directory.appendingPathComponent(name).path, isDirectory: &isDirectory)
                && isDirectory.boolValue
        }.map(BadInputCase.init(name:))
    }

    let name: String

    var testDescription: String { name }

    var folder: URL { Self.directory.appendingPathComponent(name) }

    /// `validate` or `report`.
    var command: String { text("command")?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "validate" }

    /// The extra arguments, one a line.
    var arguments: [String] { (text("args") ?? "").split(separator: "\n").map(String.init) }

    /// The words of the `generate` file, or nil when the input is committed.
    var generator: [String]? { text("generate").map { $0.split(whereSeparator: \.isWhitespace).map(String.init) } }

    /// Why the case is expected to fail its checks, when it shows a known bug.
    var knownIssue: String? { text("known-issue")?.trimmingCharacters(in: .whitespacesAndNewlines) }

    /// What `expected` says.
    struct Expectation {
        var status: Int32
        /// The prefix of standard error's first line; empty when nothing may be printed there.
        var diagnostic: String
        /// `LINE,COLUMN,REASON` of each reject in order; nil for "at least one, whatever they are".
        var rejects: [String]?
    }

    func expectation() throws -> Expectation {
        let lines = try #require(text("expected"), "\(name)/expected is missing")
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let status = try #require(Int32(lines[0]), "\(name)/expected: line 1 is not an exit code")
        let diagnostic = lines.count > 1 ? lines[1] : ""
        var rejects: [String]? = []
        for line in lines.dropFirst(2) where !line.isEmpty {
            let listed = try #require(
                line.hasPrefix("reject: ") ? String(line.dropFirst(8)) : nil, "\(name)/expected: '\(line)'")
            if listed == "*" { rejects = nil } else { rejects?.append(listed) }
        }
        return Expectation(status: status, diagnostic: diagnostic, rejects: rejects)
    }

    /// What runs the binary for this case: for an unreadable input under root, `setpriv` without
    /// the capabilities that let root read any file (so the input fails for root too); else
    /// nothing, the binary runs itself.
    var launcher: [String] {
        guard generator?.first == "unreadable", getuid() == 0 else { return [] }
        return ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--"]
    }

    /// Makes the input ready: the argument naming it and the directory to run from.
    func prepareInput(in temp: TemporaryDirectory) throws -> (argument: String, directory: URL) {
        let relative = "fixtures/bad-inputs/\(name)/"
        guard let generator, let kind = generator.first else {
            let isDirectory = FileManager.default.fileExists(atPath: folder.appendingPathComponent("input").path)
            return (relative + (isDirectory ? "input" : "input.csv"), Package.root)
        }
        let url = temp.url.appendingPathComponent("input.csv")
        let number = { (index: Int) throws -> Int in
            try #require(generator.count > index ? Int(generator[index]) : nil, "\(name)/generate: \(generator)")
        }
        switch kind {
        case "absent":
            break
        case "unreadable":
            try Data((Self.header + "\nH15-001,66,10,20250703080000,ok\n").utf8).write(to: url)
            try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: url.path)
        case "random-bytes":
            try Data(Self.randomBytes(count: number(1), seed: UInt64(number(2)))).write(to: url)
        case "header-then-random-bytes":
            var bytes = Self.randomBytes(count: try number(1), seed: UInt64(try number(2)))
            if generator.contains("no-quotes") {
                bytes = bytes.map { $0 == UInt8(ascii: "\"") ? UInt8(ascii: "'") : $0 }
            }
            try Data(Array((Self.header + "\n").utf8) + bytes).write(to: url)
        case "long-field":
            // Written in pieces: a 20 MB `Data` would raise this process's peak memory, which
            // Linux carries over to the children it spawns (see `Binary.runMeasured`).
            let length = try number(1)
            _ = FileManager.default.createFile(atPath: url.path, contents: nil)
            let file = try FileHandle(forWritingTo: url)
            defer { try? file.close() }
            let piece = Data(repeating: UInt8(ascii: "x"), count: 1 << 20)
            func writeLong() throws {
                for start in stride(from: 0, to: length, by: piece.count) {
                    try file.write(contentsOf: piece.prefix(min(piece.count, length - start)))
                }
            }
            try file.write(
                contentsOf: Data((Self.longFieldHeader + "\nH15-001,66,10,20250703080000,Sở Tư pháp,\n").utf8))
            try file.write(contentsOf: Data("H15-002,66,10,20250703080000,\"".utf8))
            try writeLong()
            try file.write(contentsOf: Data("\",\nH15-003,66,10,20250703080000,Sở Tư pháp,".utf8))
            try writeLong()
            try file.write(contentsOf: Data("\nH15-004,66,10,20250703080000,Sở Tư pháp,\n".utf8))
        default:
            Issue.record("\(name)/generate: unknown generator '\(kind)'")
        }
        return ("input.csv", temp.url)
    }

    /// The header of the generated exports.
    static let header = "MaHoSo,MaTinh,TrangThaiHoSo,NgayTiepNhan,Ghi chú"

    /// The header of `long-field`: a column the tool reads (`DonViXuLy`), then one it does not.
    static let longFieldHeader = "MaHoSo,MaTinh,TrangThaiHoSo,NgayTiepNhan,DonViXuLy,Ghi chú"

    /// `count` bytes from SplitMix64 (Steele, Lea and Flood 2014): the same bytes on every platform.
    static func randomBytes(count: Int, seed: UInt64) -> [UInt8] {
        var random = SplitMix64(seed: seed)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count + 8)
        while bytes.count < count {
            withUnsafeBytes(of: random.next().littleEndian) { bytes.append(contentsOf: $0) }
        }
        return Array(bytes.prefix(count))
    }

    private func text(_ file: String) -> String? {
        try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
    }
}
