/// A problem writing outputs.
public struct OutputError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The output directory cannot be created (73).
        case cannotCreate
        /// Writing failed: disk full, permissions, a vanished directory (74).
        case io
    }

    public var kind: Kind
    public var path: String
    public var message: String

    public init(_ kind: Kind, path: String, _ message: String) {
        self.kind = kind
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): error: \(message)" }
}
