import ServiceIndexReport

/// A failure reported by the workbook writer: which step failed and libxlsxwriter's reason.
public struct XLSXError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The step that failed, e.g. `add sheet "Xếp hạng"`.
    public var operation: String
    /// libxlsxwriter's error number (`lxw_error`); nil when the call returned no object.
    public var code: Int32?
    /// The reason in words.
    public var reason: String

    public init(operation: String, code: Int32?, reason: String) {
        self.operation = operation
        self.code = code
        self.reason = reason
    }

    public var description: String { "cannot write the workbook: \(operation): \(reason)" }
}
