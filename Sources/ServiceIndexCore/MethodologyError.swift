/// A methodology that cannot be used, with the line of its file where known.
public struct MethodologyError: Error, Equatable, Sendable {
    public var line: Int?
    public var message: String
}
