import ServiceIndexCore
import ServiceIndexIngest

/// The language of `report.html`.
public enum ReportLanguage: String, CaseIterable, Sendable {
    case vi
    case en
}
