/// A problem with a file as a whole, before or beneath its CSV syntax.
public enum CSVFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file could not be opened (`errno` text in the payload).
    case cannotOpen(String)
    /// Reading failed part-way (`errno` text in the payload).
    case readFailed(String)
    /// The bytes are not UTF-8 text.
    case notUTF8(String)
    /// The lines end in something other than LF or CRLF.
    case unsupportedLineEnds(String)

    /// A lower-case message without a trailing period.
    public var description: String {
        switch self {
        case .cannotOpen(let reason): "cannot open: \(reason)"
        case .readFailed(let reason): "read failed: \(reason)"
        case .notUTF8(let reason): "encoding is not UTF-8: \(reason)"
        case .unsupportedLineEnds(let reason): "unsupported line ends: \(reason)"
        }
    }
}
