import ServiceIndexCore
import ServiceIndexIngest

/// Every output file of a run, rendered (docs/methodology.md, Outputs).
public enum ReportFiles {
    /// The most rejected rows the workbook lists.
    public static let workbookRejectLimit = 100_000

    /// The report's tables, in the order of the workbook's sheets. A new table is one line here:
    /// it becomes its CSV file and its sheet (named in `WorkbookStrings`).
    public static func tables(report: PeriodReport, ingest: IngestResult) -> [ReportTable] {
        [
            ReportTable("rankings", RankingsTable.make(report)),
            ReportTable("focus", FocusTable.make(report)),
            ReportTable("indicators", IndicatorsTable.make(report)),
            ReportTable("provinces", ProvincesTable.make(report)),
            ReportTable("units", UnitsTable.make(report)),
            ReportTable("procedures", ProceduresTable.make(report)),
            ReportTable("trend", TrendTable.make(report)),
            ReportTable("reconciliation", ReconciliationTable.make(report)),
            ReportTable("rejects", RejectsTable.make(ingest.rejects), sheetRowLimit: workbookRejectLimit),
        ]
    }

    /// Renders `tables` as CSV files, with `run.json` and `report.html`; the workbook is rendered
    /// from the same tables by `ReportWorkbook`.
    public static func render(
        tables: [ReportTable], report: PeriodReport, ingest: IngestResult, manifest: RunManifest,
        byteOrderMark: Bool, dialect: CSVOutputDialect = .rfc4180, language: ReportLanguage
    ) -> [(name: String, bytes: [UInt8])] {
        var files = tables.map { ($0.fileName, $0.table.rendered(byteOrderMark: byteOrderMark, dialect: dialect)) }
        files.append(("run.json", Array(manifest.json.rendered().utf8)))
        files.append(("report.html", Array(HTMLReport.render(report: report, ingest: ingest, language: language).utf8)))
        return files
    }
}
