/// One table of a report: written as `<name>.csv` and as a sheet of `report.xlsx`, both from the
/// same cells.
public struct ReportTable: Sendable {
    /// The file's base name, e.g. `rankings`; it also keys the sheet's name.
    public var name: String
    public var table: CSVTable
    /// The most rows the workbook sheet lists (the CSV has them all); nil for no limit.
    public var sheetRowLimit: Int?

    public init(_ name: String, _ table: CSVTable, sheetRowLimit: Int? = nil) {
        self.name = name
        self.table = table
        self.sheetRowLimit = sheetRowLimit
    }

    /// The CSV file's name.
    public var fileName: String { name + ".csv" }
}
