import ServiceIndexCSV
import ServiceIndexCore

/// What was read from one input file.
public struct InputSummary: Equatable, Sendable {
    public var path: String
    public var bytes: Int64
    /// Lower-case hex SHA-256 of the file's bytes.
    public var sha256: String
    public var rows: Int
    /// `,`, `;` or TAB.
    public var delimiter: UInt8
    /// The character encoding the file was read in.
    public var encoding: InputEncoding
    /// Header names the tool does not read, as written.
    public var unknownColumns: [String]
}
