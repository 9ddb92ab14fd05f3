import Foundation
import ServiceIndexIngest

/// Writes a run's outputs so they appear all at once or not at all (docs/architecture.md, Atomic output): every file is
/// written into a temporary sibling directory, which then takes the place of the output
/// directory in one atomic exchange (`renameat2` with `RENAME_EXCHANGE`), after which the
/// previous report is removed. A failed or killed run leaves the previous report as it was.
public enum ReportDirectory {
    /// Writes `files` (name → bytes) as the directory `path`.
    /// - Throws: `OutputError` (cannot create: 73; write or rename failed: 74).
    public static func write(_ files: [(name: String, bytes: [UInt8])], to path: String) throws(OutputError) {
        let target = URL(fileURLWithPath: path).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: target.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw OutputError(
                .cannotCreate, path: path, "cannot create the output directory: a file of that name exists")
        }
        do {
            try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw OutputError(
                .cannotCreate, path: path, "cannot create the output directory: \(AtomicOutput.reason(error))")
        }
        removeAbandonedStaging(in: parent, for: target.lastPathComponent)
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).tmp-\(getpid())")
        try? manager.removeItem(at: staging)
        var reason = ""
        let isCreated = PendingOutputs.create(staging.path) { staging in
            guard mkdir(staging, 0o755) != 0 else { return true }
            reason = String(cString: strerror(errno))
            return false
        }
        guard isCreated else {
            throw OutputError(.cannotCreate, path: path, "cannot create the output directory: \(reason)")
        }
        do {
            for file in files {
                try writeFully(file.bytes, to: staging.appendingPathComponent(file.name).path)
            }
            TestHook.reach(.stagingWritten)
            try PendingOutputs.publish(staging.path) { () throws(OutputError) in
                try publish(staging: staging, target: target)
            }
        } catch {
            PendingOutputs.discard(staging.path)
            throw OutputError(.io, path: path, error.message)
        }
    }

    /// Removes the staging directories of earlier runs that were killed while writing
    /// (`.NAME.tmp-PID` and `.NAME.old-PID` of a process that no longer exists).
    static func removeAbandonedStaging(in parent: URL, for name: String) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
        for entry in entries {
            for prefix in [".\(name).tmp-", ".\(name).old-"] where entry.hasPrefix(prefix) {
                guard let pid = Int32(entry.dropFirst(prefix.count)), pid != getpid() else { continue }
                if kill(pid, 0) == -1 && errno == ESRCH {
                    try? FileManager.default.removeItem(at: parent.appendingPathComponent(entry))
                }
            }
        }
    }

    /// Moves the staging directory into place, keeping the swap atomic where the kernel can.
    private static func publish(staging: URL, target: URL) throws(OutputError) {
        if access(target.path, F_OK) != 0 {
            guard rename(staging.path, target.path) == 0 else {
                throw OutputError(
                    .io, path: target.path, "cannot move the report into place: \(String(cString: strerror(errno)))")
            }
            return
        }
        if let exchange = renameExchange, exchange(AT_FDCWD, staging.path, AT_FDCWD, target.path, 2) == 0 {
            try? FileManager.default.removeItem(at: staging)  // now holds the previous report
            return
        }
        // No atomic exchange on this system: two renames, the old report kept until the end.
        let previous = staging.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).old-\(getpid())")
        guard rename(target.path, previous.path) == 0 else {
            throw OutputError(
                .io, path: target.path, "cannot replace the previous report: \(String(cString: strerror(errno)))")
        }
        guard rename(staging.path, target.path) == 0 else {
            _ = rename(previous.path, target.path)
            throw OutputError(
                .io, path: target.path, "cannot move the report into place: \(String(cString: strerror(errno)))")
        }
        try? FileManager.default.removeItem(at: previous)
    }

    /// Writes and flushes a file, reporting the system's reason on failure (e.g. disk full).
    static func writeFully(_ bytes: [UInt8], to path: String) throws(OutputError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw OutputError(.io, path: path, "cannot create \(path): \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes {
                Glibc.write(descriptor, $0.baseAddress! + written, $0.count - written)
            }
            if result < 0 {
                if errno == EINTR { continue }
                throw OutputError(.io, path: path, "cannot write \(path): \(String(cString: strerror(errno)))")
            }
            written += result
        }
        guard fsync(descriptor) == 0 else {
            throw OutputError(.io, path: path, "cannot write \(path): \(String(cString: strerror(errno)))")
        }
    }

    private typealias RenameAt2 =
        @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    /// glibc's `renameat2`, looked up at run time (Swift's Glibc module does not declare it).
    private static let renameExchange: RenameAt2? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
    }()
}
