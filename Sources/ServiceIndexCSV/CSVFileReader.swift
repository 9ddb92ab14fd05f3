#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a file in fixed-size chunks into one page-aligned buffer, so memory does not grow with
/// the file. It also reads single ranges again, for exact duplicate checks.
///
/// ```swift
/// let reader = try CSVFileReader(path: "export.csv")
/// try reader.forEachChunk { chunk in /* feed a tokenizer */ }
/// ```
public final class CSVFileReader {
    /// The path as given.
    public let path: String
    /// The file as it was when opened: size, modification time, device and inode.
    public let identity: FileIdentity
    /// The file size in bytes when it was opened.
    public var size: Int64 { identity.size }
    /// The chunk size used by `forEachChunk`.
    public let chunkSize: Int

    private let descriptor: Int32
    private let buffer: UnsafeMutableRawPointer

    /// Opens `path` for reading.
    ///
    /// Calls `open` and `fstat`.
    /// - Throws: `CSVFileError.cannotOpen` with the system's reason.
    public init(path: String, chunkSize: Int = 1 << 20) throws(CSVFileError) {
        self.path = path
        self.chunkSize = chunkSize
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw .cannotOpen(Self.errnoText()) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let reason = Self.errnoText()
            close(fd)
            throw .cannotOpen(reason)
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            close(fd)
            throw .cannotOpen("is a directory")
        }
        descriptor = fd
        identity = FileIdentity(info)
        // A buffer aligned to a page: an unaligned one makes large reads several times slower.
        buffer = UnsafeMutableRawPointer.allocate(byteCount: chunkSize, alignment: 4096)
    }

    deinit {
        close(descriptor)
        buffer.deallocate()
    }

    /// Calls `body` with consecutive chunks of the byte range `[start, end)` (end: the file's end).
    ///
    /// Calls `pread`. A chunk is valid only during the call. Fewer bytes than asked for are read
    /// when the file ends first.
    /// - Returns: the number of bytes read.
    /// - Throws: `CSVFileError.readFailed`, or what `body` throws.
    @discardableResult
    public func forEachChunk(
        from start: Int64 = 0, to end: Int64? = nil,
        _ body: (UnsafeRawBufferPointer) throws -> Void
    ) throws -> Int64 {
        var offset = start
        let limit = end ?? Int64.max
        while offset < limit {
            let wanted = Int(min(Int64(chunkSize), limit - offset))
            let got = try readSome(at: offset, into: buffer, count: wanted)
            if got == 0 { break }
            try body(UnsafeRawBufferPointer(start: buffer, count: got))
            offset += Int64(got)
        }
        return offset - start
    }

    /// Reads up to `count` bytes at `offset` into a new array (shorter at the end of the file).
    public func bytes(at offset: Int64, count: Int) throws(CSVFileError) -> [UInt8] {
        var failure: CSVFileError? = nil
        let bytes = [UInt8](unsafeUninitializedCapacity: max(count, 1)) { buffer, initialized in
            initialized = 0
            do throws(CSVFileError) {
                initialized = try read(
                    at: offset,
                    into: UnsafeMutableRawBufferPointer(UnsafeMutableBufferPointer(rebasing: buffer[..<count])))
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
        return bytes
    }

    /// Fills `buffer` with the bytes at `offset`; returns how many it read (fewer at the end of
    /// the file).
    ///
    /// Calls `pread`.
    /// - Throws: `CSVFileError.readFailed` with the system's reason.
    public func read(at offset: Int64, into buffer: UnsafeMutableRawBufferPointer) throws(CSVFileError) -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        var filled = 0
        while filled < buffer.count {
            let got = try readSome(at: offset + Int64(filled), into: base + filled, count: buffer.count - filled)
            if got == 0 { break }
            filled += got
        }
        return filled
    }

    private func readSome(at offset: Int64, into target: UnsafeMutableRawPointer, count: Int)
        throws(CSVFileError) -> Int
    {
        while true {
            let got = pread(descriptor, target, count, off_t(offset))
            if got >= 0 { return got }
            if errno == EINTR { continue }
            throw .readFailed(Self.errnoText())
        }
    }

    static func errnoText() -> String {
        String(cString: strerror(errno)).lowercased()
    }
}
