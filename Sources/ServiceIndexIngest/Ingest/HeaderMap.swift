import ServiceIndexCSV
import ServiceIndexCore

/// Which field of a file holds which column, read from its header row (docs/methodology.md, Inputs).
public struct HeaderMap: Sendable, Equatable {
    /// The headers as written (trimmed).
    public let headers: [String]
    /// For each `DossierColumn` (by raw value), the index of its field, or nil when absent.
    public let fieldIndex: [Int?]
    /// Headers that name no column the tool reads, in file order.
    public let unknownColumns: [String]
    /// `fieldIndex` as a plain value, for the row parser.
    let positions: ColumnPositions

    /// The number of fields every row must have.
    public var fieldCount: Int { headers.count }

    /// The field index of a column, or nil when the file lacks it.
    public subscript(column: DossierColumn) -> Int? { fieldIndex[column.rawValue] }

    /// Maps a header row.
    ///
    /// - Parameters:
    ///   - headers: the header fields, decoded.
    ///   - hasProvinceFallback: `--province` was given, so the province column may be absent.
    /// - Throws: `IngestError` (data) for a required column missing or a column named twice.
    public init(headers rawHeaders: [String], file: String, line: Int, hasProvinceFallback: Bool) throws(IngestError) {
        headers = rawHeaders.map { $0.normalizedHeader }
        var index = [Int?](repeating: nil, count: DossierColumn.allCases.count)
        var unknown: [String] = []
        for (position, header) in headers.enumerated() {
            guard let column = DossierColumn(header: header) else {
                if !header.isEmpty { unknown.append(header) }
                continue
            }
            if let first = index[column.rawValue] {
                throw IngestError(
                    .data, file: file, line: line, column: position + 1,
                    "duplicate column: '\(headers[first])' and '\(header)' both name \(column.canonicalName)")
            }
            index[column.rawValue] = position
        }
        for column in DossierColumn.allCases where column.isRequired && index[column.rawValue] == nil {
            if column == .province && hasProvinceFallback { continue }
            let names = ([column.canonicalName] + column.aliases).map { "'\($0)'" }.joined(separator: ", ")
            throw IngestError(
                .data, file: file, line: line, column: 1,
                "required column \(column.canonicalName) is missing (expected one of \(names))")
        }
        fieldIndex = index
        unknownColumns = unknown
        positions = ColumnPositions(fieldIndex: index)
    }
}

extension String {
    /// A header as compared and shown: trimmed, NFC.
    var normalizedHeader: String { normalizedText }
}
