import ServiceIndexCSV
import ServiceIndexCore

/// How an input's character encoding is told and read (docs/methodology.md, Encodings).
extension InputFile {
    /// The encoding and dialect of a file that starts with `prefix`. A transcoded file's dialect
    /// is sniffed from the UTF-8 of its prefix; its byte order mark length is that of the file.
    static func sniff(_ prefix: [UInt8], path: String, options: IngestOptions) throws(IngestError) -> (
        InputEncoding, CSVDialect
    ) {
        do {
            let encoding = try options.encoding.encoding(of: prefix)
            guard encoding.isTranscoded else {
                return (encoding, try CSVDialect.sniff(prefix, forcedDelimiter: options.delimiter))
            }
            let mark = prefix.starts(with: encoding.byteOrderMark) ? encoding.byteOrderMark.count : 0
            var decoded: [UInt8] = []
            try Transcoder(from: encoding).convert(Array(prefix[mark...]), into: &decoded, isEnd: false)
            var dialect = try CSVDialect.sniff(decoded, forcedDelimiter: options.delimiter)
            dialect.byteOrderMarkLength = mark
            return (encoding, dialect)
        } catch let error as EncodingMismatch {
            throw IngestError(.data, file: path, "encoding is not \(options.encoding.rawValue): \(error.message)")
        } catch let error as CSVFileError {
            let hint = options.encoding == .auto && prefix.contains(0) ? "; --encoding utf-16 reads UTF-16" : ""
            throw IngestError(.data, file: path, "\(error)\(hint)")
        } catch {
            throw IngestError(.data, file: path, "\(error)")
        }
    }

    /// A feed that transcodes this file's bytes from `offset` (a line start), or nil for UTF-8.
    func transcodingFeed(from offset: Int64) throws(IngestError) -> TranscodingFeed? {
        guard encoding.isTranscoded else { return nil }
        do { return try TranscodingFeed(encoding: encoding, startOffset: offset) } catch {
            throw IngestError(.data, file: path, error.message)
        }
    }

    /// The file-level error for a header whose field `field` is not UTF-8. Read as UTF-8, it
    /// says which encoding the file looks like, and the option that reads it; transcoded, the
    /// field held a code that is not text in the file's encoding (`Transcoder`).
    func notUTF8Message(header record: CSVRecordView, field: Int) -> String {
        guard !encoding.isTranscoded else {
            return "encoding is not \(encoding.rawValue): the header holds a code that is not "
                + "\(encoding.rawValue) text in field \(field + 1)"
        }
        let prefix = "encoding is not UTF-8: the header holds invalid UTF-8 in field \(field + 1)"
        var names: [String] = []
        if let transcoder = try? Transcoder(from: .windows1258) {
            for index in 0..<record.count {
                var decoded: [UInt8] = []
                transcoder.convert(UnsafeRawBufferPointer(record[index]), into: &decoded, isEnd: true)
                names.append(String(decoding: decoded, as: UTF8.self).normalizedHeader)
            }
        }
        let known = names.filter { name in
            name.unicodeScalars.contains { !$0.isASCII } && DossierColumn(header: name) != nil
        }
        guard !known.isEmpty, field < names.count, DossierColumn(header: names[field]) != nil else {
            return prefix + "; the file looks like another encoding (Windows-1258, read with --encoding windows-1258?)"
        }
        let quoted = known.prefix(3).map { "'\($0)'" }.joined(separator: ", ")
        return prefix + "; the file looks like Windows-1258 (its header reads \(quoted) in it): "
            + "run again with --encoding windows-1258"
    }

    /// The column of a syntax error counted in bytes of the file as written. The tokenizer of a
    /// transcoded file counts the line's UTF-8 bytes, so the line is read again and the
    /// shortest prefix of it whose UTF-8 reaches the error is found.
    func column(of syntax: CSVSyntaxError) -> Int {
        guard encoding.isTranscoded, syntax.column > 1 else { return syntax.column }
        let lineStart = syntax.offset - Int64(syntax.column - 1)
        guard let line = try? reader.bytes(at: lineStart, count: 4 * syntax.column + 8),
            let transcoder = try? Transcoder(from: encoding)
        else { return syntax.column }
        var length = 0
        while length < line.count {
            length += encoding.unitBytes
            var decoded: [UInt8] = []
            transcoder.convert(Array(line.prefix(length)), into: &decoded, isEnd: true)
            if decoded.count >= syntax.column { return length - encoding.unitBytes + 1 }
        }
        return syntax.column
    }
}
