/// The character encoding of an input file, as read (docs/methodology.md, Encodings).
///
/// UTF-8 is read as it is; the others are transcoded to UTF-8 line by line
/// (`TranscodingFeed`) before libcsv sees the bytes.
public enum InputEncoding: String, Sendable, Equatable {
    case utf8 = "utf-8"
    /// UTF-16 little-endian (Excel's "Unicode Text" on Windows).
    case utf16LittleEndian = "utf-16le"
    case utf16BigEndian = "utf-16be"
    /// Excel's plain "CSV" on a Vietnamese Windows: base letters plus combining tone marks.
    case windows1258 = "windows-1258"

    /// The name `iconv` knows the encoding by.
    var iconvName: String {
        switch self {
        case .utf8: "UTF-8"
        case .utf16LittleEndian: "UTF-16LE"
        case .utf16BigEndian: "UTF-16BE"
        case .windows1258: "WINDOWS-1258"
        }
    }

    /// The bytes of one code unit: a line feed is one unit, and a cut between units is where a
    /// line may end.
    var unitBytes: Int {
        switch self {
        case .utf16LittleEndian, .utf16BigEndian: 2
        case .utf8, .windows1258: 1
        }
    }

    /// The byte order mark the file starts with in this encoding, skipped before decoding.
    var byteOrderMark: [UInt8] {
        switch self {
        case .utf8: [0xEF, 0xBB, 0xBF]
        case .utf16LittleEndian: [0xFF, 0xFE]
        case .utf16BigEndian: [0xFE, 0xFF]
        case .windows1258: []
        }
    }

    /// Whether the file is transcoded before parsing.
    var isTranscoded: Bool { self != .utf8 }

    /// Whether the code unit at `index` of `bytes` is a line feed (`index` on a unit boundary).
    @inline(__always)
    func isLineFeed(_ bytes: UnsafeRawBufferPointer, at index: Int) -> Bool {
        switch self {
        case .utf8, .windows1258: bytes[index] == 0x0A
        case .utf16LittleEndian: bytes[index] == 0x0A && bytes[index + 1] == 0
        case .utf16BigEndian: bytes[index] == 0 && bytes[index + 1] == 0x0A
        }
    }
}

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
    func encoding(of prefix: [UInt8]) throws(EncodingMismatch) -> InputEncoding {
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

/// The bytes of a file contradict the encoding asked for.
struct EncodingMismatch: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
