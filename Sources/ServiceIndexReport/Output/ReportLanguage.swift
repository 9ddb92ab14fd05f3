import ServiceIndexCore
import ServiceIndexIngest

/// The language of `report.html` and `report.xlsx`.
public enum ReportLanguage: String, CaseIterable, Sendable {
    case vi
    case en
}
