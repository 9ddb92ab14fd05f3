import ServiceIndexCore
import ServiceIndexIngest

/// Every output file of a run, rendered (docs/methodology.md, Outputs).
public enum ReportFiles {
    public static func render(
        report: QuarterReport, ingest: IngestResult, manifest: RunManifest, byteOrderMark: Bool,
        language: ReportLanguage
    ) -> [(name: String, bytes: [UInt8])] {
        [
            ("rankings.csv", RankingsTable.make(report).rendered(byteOrderMark: byteOrderMark)),
            ("indicators.csv", IndicatorsTable.make(report).rendered(byteOrderMark: byteOrderMark)),
            ("provinces.csv", ProvincesTable.make(report).rendered(byteOrderMark: byteOrderMark)),
            ("units.csv", UnitsTable.make(report).rendered(byteOrderMark: byteOrderMark)),
            ("focus.csv", FocusTable.make(report).rendered(byteOrderMark: byteOrderMark)),
            ("procedures.csv", ProceduresTable.make(report).rendered(byteOrderMark: byteOrderMark)),
            ("rejects.csv", RejectsTable.make(ingest.rejects).rendered(byteOrderMark: byteOrderMark)),
            ("run.json", Array(manifest.json.rendered().utf8)),
            ("report.html", Array(HTMLReport.render(report: report, ingest: ingest, language: language).utf8)),
        ]
    }
}
