import ServiceIndexReport

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writing to standard output and standard error, unbuffered and without Foundation.
enum StandardStreams {
    /// Writes bytes to standard output.
    static func writeOut(_ bytes: [UInt8]) throws {
        try write(bytes, to: 1)
    }

    /// Writes a line of text to standard output.
    static func printOut(_ line: String) {
        try? write(Array((line + "\n").utf8), to: 1)
    }

    /// Writes a line of text to standard error.
    static func printError(_ line: String) {
        try? write(Array((line + "\n").utf8), to: 2)
    }

    /// True when standard error is a terminal.
    static var isErrorTerminal: Bool { isatty(2) == 1 }

    private static func write(_ bytes: [UInt8], to descriptor: Int32) throws {
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { raw in
                Glibc.write(descriptor, raw.baseAddress! + written, raw.count - written)
            }
            if result < 0 {
                if errno == EINTR { continue }
                throw OutputError(.io, path: descriptor == 1 ? "<stdout>" : "<stderr>", "write failed")
            }
            written += result
        }
    }
}
