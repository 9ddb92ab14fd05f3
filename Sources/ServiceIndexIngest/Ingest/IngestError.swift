/// A file-level problem that stops the run, with its position (docs/methodology.md, File-level errors).
public struct IngestError: Error, Equatable, Sendable, CustomStringConvertible {
    /// How the problem maps to an exit code.
    public enum Kind: Sendable, Equatable {
        /// Bad data: empty file, no header, missing column, broken quoting, not UTF-8 (65).
        case data
        /// The input does not exist or holds no CSV (66).
        case inputMissing
        /// Reading failed (74).
        case io
    }

    public var kind: Kind
    public var file: String
    public var line: Int
    public var column: Int
    /// Lower case, no trailing period; quotes the bad text.
    public var message: String
    /// False for a problem of the file as a whole that no line and column point at (the file
    /// changed while it was read): it is then printed without them.
    public var hasPosition = true

    public init(_ kind: Kind, file: String, line: Int = 1, column: Int = 1, _ message: String) {
        self.kind = kind
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// An input that changed while it was read (an I/O error, 74), with what changed.
    public static func changed(file: String, _ difference: String) -> IngestError {
        var error = IngestError(.io, file: file, "the file changed while it was read (\(difference))")
        error.hasPosition = false
        return error
    }

    /// `FILE:LINE:COLUMN: error: message`, the form editors jump to (`FILE: error: message`
    /// without a position).
    public var description: String {
        hasPosition ? "\(file):\(line):\(column): error: \(message)" : "\(file): error: \(message)"
    }
}
