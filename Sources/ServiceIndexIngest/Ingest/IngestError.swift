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

    public init(_ kind: Kind, file: String, line: Int = 1, column: Int = 1, _ message: String) {
        self.kind = kind
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `FILE:LINE:COLUMN: error: message`, the form editors jump to.
    public var description: String { "\(file):\(line):\(column): error: \(message)" }
}
