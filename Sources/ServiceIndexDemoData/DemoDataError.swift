/// Why the demo data could not be written: a bad option or a file-system failure.
///
/// The message is lower-case without a trailing period and quotes the path or value, e.g.
/// `cannot create '/ro/dvcqg-2025-Q3.csv': Permission denied`.
public struct DemoDataError: Error, CustomStringConvertible, Sendable, Equatable {
    /// What went wrong.
    public let message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
