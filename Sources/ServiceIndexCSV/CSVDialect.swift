/// How a CSV file is laid out: its delimiter and the length of its BOM. Lines end in LF or CRLF.
///
/// ```swift
/// let dialect = try CSVDialect.sniff(Array("\u{FEFF}a;b\r\n1;2\r\n".utf8))
/// // dialect.delimiter == ";", dialect.byteOrderMarkLength == 3
/// ```
public struct CSVDialect: Equatable, Sendable {
    /// The field delimiter byte.
    public var delimiter: UInt8
    /// 3 when the file starts with the UTF-8 byte order mark, else 0.
    public var byteOrderMarkLength: Int

    public init(delimiter: UInt8, byteOrderMarkLength: Int = 0) {
        self.delimiter = delimiter
        self.byteOrderMarkLength = byteOrderMarkLength
    }

    /// The delimiters the tool accepts, in the order ties are broken.
    public static let candidateDelimiters: [UInt8] = [0x2C, 0x3B, 0x09]

    /// Works out the dialect from the first bytes of a file.
    ///
    /// The delimiter is the candidate (`,` `;` TAB) seen most often outside quotes on the header
    /// line; a tie or none at all gives `,`. `forcedDelimiter` overrides the count.
    /// - Parameter prefix: the first bytes of the file (at least its header line, when it has one).
    /// - Throws: `CSVFileError.notUTF8` for a UTF-16 or UTF-32 byte order mark, or a NUL byte in
    ///   the header line (the mark of UTF-16 without a BOM); `.unsupportedLineEnds` for a lone
    ///   CR outside quotes in the header line (CR-only line ends would make the whole file one
    ///   header row and lose every record).
    public static func sniff(
        _ prefix: UnsafeRawBufferPointer, forcedDelimiter: UInt8? = nil
    ) throws(CSVFileError) -> CSVDialect {
        let bytes = prefix.bindMemory(to: UInt8.self)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw .notUTF8("the file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8")
        }
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            throw .notUTF8("the file is UTF-32; save it as UTF-8")
        }
        let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var counts: [UInt8: Int] = [:]
        var inQuotes = false
        var index = bom
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0 {
                throw .notUTF8(
                    "the header line holds NUL bytes (UTF-16 without a byte order mark?); save the file as UTF-8")
            }
            if byte == 0x22 {
                inQuotes.toggle()
            } else if !inQuotes {
                if byte == 0x0A { break }
                if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] != 0x0A {
                    throw .unsupportedLineEnds(
                        "the header line ends in a lone CR (old Mac line ends); save the file with LF or CRLF line ends"
                    )
                }
                if candidateDelimiters.contains(byte) { counts[byte, default: 0] += 1 }
            }
            index += 1
        }
        var delimiter: UInt8 = 0x2C
        var best = 0
        for candidate in candidateDelimiters where counts[candidate, default: 0] > best {
            best = counts[candidate, default: 0]
            delimiter = candidate
        }
        return CSVDialect(
            delimiter: forcedDelimiter ?? delimiter, byteOrderMarkLength: bom)
    }

    /// `sniff` over a byte array.
    public static func sniff(_ prefix: [UInt8], forcedDelimiter: UInt8? = nil) throws(CSVFileError)
        -> CSVDialect
    {
        let result: Result<CSVDialect, CSVFileError> = prefix.withUnsafeBytes { raw in
            do throws(CSVFileError) { return .success(try sniff(raw, forcedDelimiter: forcedDelimiter)) } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }
}
