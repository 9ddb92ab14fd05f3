/// A row that could not be used: where it is, why, and only the dossier id and the offending
/// value (exports hold applicants' personal data; nothing else of the row is kept).
public struct Reject: Error, Sendable, Equatable {
    /// The input file, as given.
    public var file: String
    /// The physical line on which the record starts.
    public var line: Int
    /// The header as written; empty for `wrong_field_count`.
    public var column: String
    public var reason: RejectReason
    /// The dossier id when the row has one that can be read, else empty.
    public var dossierID: String
    /// The offending value (shortened when very long).
    public var value: String
    /// A lower-case message that quotes the value.
    public var message: String
}
