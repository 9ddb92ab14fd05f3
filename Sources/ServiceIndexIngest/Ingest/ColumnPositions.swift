import ServiceIndexCSV
import ServiceIndexCore

/// Where each column lies in a record (`HeaderMap.fieldIndex`) as a plain value: copying it per
/// row involves no reference counting. (A `HeaderMap` holds arrays, and workers copying one
/// file's map on every row contended for the arrays' reference counts.)
struct ColumnPositions: Sendable, Equatable {
    /// Field index by `DossierColumn` raw value; −1 when the file lacks the column.
    private var positions = SIMD32<Int32>(repeating: -1)

    /// - Parameter fieldIndex: by `DossierColumn` raw value, the field index or nil.
    init(fieldIndex: [Int?]) {
        precondition(fieldIndex.count <= 32, "ColumnPositions holds 32 columns")
        for (column, index) in fieldIndex.enumerated() {
            if let index { positions[column] = Int32(clamping: index) }
        }
    }

    /// The field index of a column, or nil when the file lacks it.
    @inline(__always)
    subscript(column: DossierColumn) -> Int? {
        let index = positions[column.rawValue]
        return index < 0 ? nil : Int(index)
    }
}
