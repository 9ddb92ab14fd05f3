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
    public var iconvName: String {
        switch self {
        case .utf8: "UTF-8"
        case .utf16LittleEndian: "UTF-16LE"
        case .utf16BigEndian: "UTF-16BE"
        case .windows1258: "WINDOWS-1258"
        }
    }

    /// The bytes of one code unit: a line feed is one unit, and a cut between units is where a
    /// line may end.
    public var unitBytes: Int {
        switch self {
        case .utf16LittleEndian, .utf16BigEndian: 2
        case .utf8, .windows1258: 1
        }
    }

    /// The byte order mark the file starts with in this encoding, skipped before decoding.
    public var byteOrderMark: [UInt8] {
        switch self {
        case .utf8: [0xEF, 0xBB, 0xBF]
        case .utf16LittleEndian: [0xFF, 0xFE]
        case .utf16BigEndian: [0xFE, 0xFF]
        case .windows1258: []
        }
    }

    /// Whether the file is transcoded before parsing.
    public var isTranscoded: Bool { self != .utf8 }

    /// Whether the code unit at `index` of `bytes` is a line feed (`index` on a unit boundary).
    @inline(__always)
    public func isLineFeed(_ bytes: UnsafeRawBufferPointer, at index: Int) -> Bool {
        switch self {
        case .utf8, .windows1258: bytes[index] == 0x0A
        case .utf16LittleEndian: bytes[index] == 0x0A && bytes[index + 1] == 0
        case .utf16BigEndian: bytes[index] == 0 && bytes[index + 1] == 0x0A
        }
    }
}
