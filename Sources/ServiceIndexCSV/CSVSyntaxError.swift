/// A file-level CSV syntax problem, with the position where it was found.
public struct CSVSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Equatable, Sendable {
        /// A quote inside an unquoted field, or text after a closing quote.
        case unexpectedQuote
        /// The input ended inside a quoted field.
        case unterminatedQuote
        /// libcsv could not grow its field buffer.
        case outOfMemory
    }

    public var kind: Kind
    /// 1-based physical line.
    public var line: Int
    /// 1-based byte column within the line.
    public var column: Int
    /// Absolute byte offset of the problem (for an unterminated quote: where its record starts).
    public var offset: Int64

    public init(kind: Kind, line: Int, column: Int, offset: Int64) {
        self.kind = kind
        self.line = line
        self.column = column
        self.offset = offset
    }

    /// A lower-case message without position, e.g. `unterminated quoted field`.
    public var message: String {
        switch kind {
        case .unexpectedQuote: "unexpected quote (a quote inside an unquoted field, or text after a closing quote)"
        case .unterminatedQuote: "unterminated quoted field (the file ends inside quotes)"
        case .outOfMemory: "out of memory while reading a field"
        }
    }

    public var description: String { "\(line):\(column): \(message)" }
}
