#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file on disk that holds one input at a time: the ingest reads files, so every input is
/// written to the same path, truncating what was there.
///
/// ```swift
/// let scratch = ScratchFile(path: ScratchFile.processPath())
/// scratch.write(Array("MaHoSo\n".utf8))   // the bytes are now at scratch.path
/// scratch.remove()
/// ```
public struct ScratchFile: Sendable {
    /// Where the input is written.
    public let path: String

    public init(path: String) { self.path = path }

    /// `$TMPDIR/service-index-fuzz-<pid><suffix>.csv` (`/tmp` without `TMPDIR`): one path per
    /// process, reused for every input.
    public static func processPath(suffix: String = "") -> String {
        let directory = getenv("TMPDIR").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        return "\(directory)/service-index-fuzz-\(getpid())\(suffix).csv"
    }

    /// Replaces the file's contents with `bytes`.
    ///
    /// Calls `open`, `write` and `close`. A failure is a broken harness, not a finding: it traps
    /// with the system's reason.
    public func write(_ bytes: UnsafeRawBufferPointer) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else { fatalError("cannot open the scratch file \(path): \(Self.errnoText())") }
        defer { close(fd) }
        var written = 0
        while written < bytes.count {
            let got = systemWrite(fd, bytes.baseAddress! + written, bytes.count - written)
            if got < 0 && errno == EINTR { continue }
            guard got > 0 else { fatalError("cannot write the scratch file \(path): \(Self.errnoText())") }
            written += got
        }
    }

    /// Deletes the file (nothing happens when it is gone already).
    public func remove() { unlink(path) }

    private static func errnoText() -> String { String(cString: strerror(errno)) }
}

/// `write(2)`, under a name that the method above does not shadow.
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, buffer, count)
}
