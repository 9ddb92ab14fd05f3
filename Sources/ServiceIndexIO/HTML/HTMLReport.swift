import ServiceIndexCore

/// `report.html`: a self-contained page (placeholder until the full report lands).
public enum HTMLReport {
    public static func render(report: QuarterReport, ingest: IngestResult, language: ReportLanguage) -> String {
        "<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\"><head><meta charset=\"utf-8\"><title>service-index \(report.quarter)</title></head><body><p>\(report.ranking.count) ranked</p></body></html>\n"
    }
}
