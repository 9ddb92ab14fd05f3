/// The bytes of a file contradict the encoding asked for.
public struct EncodingMismatch: Error, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
}
