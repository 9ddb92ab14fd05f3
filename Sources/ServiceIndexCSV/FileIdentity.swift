#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What identifies a file's contents without reading them: its size, its modification time (to
/// the nanosecond), and which file it is (device and inode). Taken when a file is opened and
/// again when it has been read, it shows whether the file changed in between: an export still
/// being written, truncated, or replaced by another file under the same name.
///
/// ```swift
/// let before = try FileIdentity(path: "export.csv")
/// // … the file is appended to …
/// try FileIdentity(path: "export.csv").difference(from: before)   // "size 1200 → 1350 bytes"
/// ```
public struct FileIdentity: Equatable, Sendable {
    /// Size in bytes.
    public var size: Int64
    /// Last modification, seconds since 1970-01-01 UTC.
    public var modifiedSeconds: Int64
    /// Nanoseconds within `modifiedSeconds`.
    public var modifiedNanoseconds: Int64
    /// The device that holds the file.
    public var device: UInt64
    /// The file's inode number on that device.
    public var inode: UInt64

    public init(size: Int64, modifiedSeconds: Int64, modifiedNanoseconds: Int64, device: UInt64, inode: UInt64) {
        self.size = size
        self.modifiedSeconds = modifiedSeconds
        self.modifiedNanoseconds = modifiedNanoseconds
        self.device = device
        self.inode = inode
    }

    /// The identity `stat` (or `fstat`) reported.
    init(_ info: stat) {
        #if canImport(Darwin)
            let modified = info.st_mtimespec
        #else
            let modified = info.st_mtim
        #endif
        self.init(
            size: Int64(info.st_size), modifiedSeconds: Int64(modified.tv_sec),
            modifiedNanoseconds: Int64(modified.tv_nsec), device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    /// The identity of the file `path` names now.
    ///
    /// Calls `stat`.
    /// - Throws: `CSVFileError.cannotOpen` with the system's reason (e.g. the file was removed).
    public init(path: String) throws(CSVFileError) {
        var info = stat()
        guard stat(path, &info) == 0 else { throw .cannotOpen(CSVFileReader.errnoText()) }
        self.init(info)
    }

    /// How this identity differs from an earlier one, in words, the most telling difference
    /// first (another file, then the size, then the modification time); nil when they are equal.
    public func difference(from earlier: FileIdentity) -> String? {
        if device != earlier.device || inode != earlier.inode {
            return "replaced by another file: device \(earlier.device) inode \(earlier.inode) → "
                + "device \(device) inode \(inode)"
        }
        if size != earlier.size { return "size \(earlier.size) → \(size) bytes" }
        if modifiedSeconds != earlier.modifiedSeconds || modifiedNanoseconds != earlier.modifiedNanoseconds {
            return "modified \(earlier.modificationText) → \(modificationText)"
        }
        return nil
    }

    /// The modification time in UTC with nanoseconds, e.g. `2025-10-01T08:30:00.123456789Z`.
    public var modificationText: String {
        var seconds = time_t(modifiedSeconds)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func padded(_ value: Int32, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        let nanoseconds = String(modifiedNanoseconds)
        return "\(padded(parts.tm_year + 1900, 4))-\(padded(parts.tm_mon + 1, 2))-\(padded(parts.tm_mday, 2))"
            + "T\(padded(parts.tm_hour, 2)):\(padded(parts.tm_min, 2)):\(padded(parts.tm_sec, 2))."
            + String(repeating: "0", count: max(0, 9 - nanoseconds.count)) + nanoseconds + "Z"
    }
}
