/// What `--encoding` asks for.
public enum EncodingChoice: String, Sendable, CaseIterable, Equatable {
    /// UTF-16 when the file starts with a UTF-16 byte order mark, else UTF-8.
    case auto
    case utf8 = "utf-8"
    /// UTF-16, its byte order from its byte order mark (or, without one, from where the NUL
    /// bytes of the first character lie).
    case utf16 = "utf-16"
    case windows1258 = "windows-1258"

    /// The encoding of a file that starts with `prefix`.
    /// - Throws: `EncodingMismatch` when the bytes contradict the choice (a UTF-16 byte order
    ///   mark read as UTF-8 or Windows-1258, UTF-16 with no way to tell its byte order).
    public func encoding(of prefix: [UInt8]) throws(EncodingMismatch) -> InputEncoding {
        let utf16Mark: InputEncoding? =
            prefix.starts(with: [0xFF, 0xFE]) && !prefix.starts(with: [0xFF, 0xFE, 0, 0])
            ? .utf16LittleEndian : prefix.starts(with: [0xFE, 0xFF]) ? .utf16BigEndian : nil
        switch self {
        case .auto:
            return utf16Mark ?? .utf8
        case .utf8, .windows1258:
            if utf16Mark != nil {
                throw EncodingMismatch(
                    "the file starts with a UTF-16 byte order mark; run with --encoding auto or --encoding utf-16")
            }
            return self == .utf8 ? .utf8 : .windows1258
        case .utf16:
            if let utf16Mark { return utf16Mark }
            if prefix.count >= 2, prefix[0] != 0, prefix[1] == 0 { return .utf16LittleEndian }
            if prefix.count >= 2, prefix[0] == 0, prefix[1] != 0 { return .utf16BigEndian }
            throw EncodingMismatch(
                "the file does not look like UTF-16 (no byte order mark, no NUL byte in its first character)")
        }
    }
}
