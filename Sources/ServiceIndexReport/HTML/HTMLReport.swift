import ServiceIndexCore
import ServiceIndexIngest

/// `report.html`: one self-contained page for the focus province's period (docs/methodology.md, Outputs).
///
/// Inline CSS and inline SVG only — no scripts, no external resources — so the file can be
/// mailed, archived and printed on A4 as it is. The page is XHTML-compatible HTML5 (every
/// element closed, attributes quoted, void elements self-closed) and parses as XML. Every text
/// from data is escaped; numbers are written for the language, rounded half away from zero;
/// nothing depends on the clock or on dictionary order, so the same report gives the same bytes.
///
/// Sections: the headline figures; the national ranking as a bar chart; the focus province's
/// indicators against the top-10 average; the gap analysis, with the dossiers still at risk in a
/// report cut at as-of; its reconciliation with the portal's published figures; its units and
/// procedures by overdue dossiers; the trend; data quality.
///
/// ```swift
/// let html = HTMLReport.render(report: report, ingest: ingest, language: .vi)
/// html.hasPrefix("<!DOCTYPE html>")   // true
/// ```
public enum HTMLReport {
    /// Renders the page.
    ///
    /// - Parameters:
    ///   - report: the period's ranking, focus analysis, units, procedures and trend.
    ///   - ingest: what was read: reconciliation, rejects and inputs, for the data-quality section.
    ///   - language: `.vi` (the default of the command) or `.en`.
    /// - Returns: the whole document, ending with a newline.
    public static func render(report: PeriodReport, ingest: IngestResult, language: ReportLanguage) -> String {
        let strings = HTMLStrings.of(language)
        let focus = report.focus
        let numbers = strings.numbers
        var body = HeadlineSection(report: report, strings: strings).render()

        let ranking = RankingChart(
            ranking: report.ranking, focus: focus.province.code, targetRank: focus.targetRank,
            maxPoints: report.methodology.maxPoints, strings: strings)
        body += section(
            1, "ranking", strings.rankingTitle,
            HTML.text(
                "p", [("class", "intro")],
                strings.rankingIntro(
                    String(report.ranking.count), String(report.provinceCount), String(focus.targetRank))
                    + " " + PublishedStrings.of(language).rankingNote(report, numbers: numbers))
                + (report.ranking.isEmpty ? "" : ranking.render()))

        let indicators =
            IndicatorChart(report: report, strings: strings)?.render()
            ?? HTML.text(
                "p", [("class", "note")],
                focus.standing == nil
                    ? strings.noScore(focus.province.name) : strings.gapPublished(focus.province.name))
        body += section(2, "indicators", strings.indicatorsTitle, indicators)

        body += section(
            3, "gap", strings.gapTitle,
            GapSection(report: report, strings: strings).render()
                + AtRiskSection(report: report, strings: strings).render())

        body += section(
            4, "reconciliation", PublishedStrings.of(language).reconciliationTitle,
            ReconciliationSection(report: report, strings: strings).render())

        let units = UnitsSection(report: report, strings: strings)
        body += section(
            5, "units", strings.unitsTitle,
            units.units() + HTML.text("h3", [], strings.proceduresTitle) + units.procedures())

        body += section(
            6, "trend", PeriodStrings.of(language).trendTitle, TrendSection(report: report, strings: strings).render())

        body += section(
            7, "quality", strings.dataTitle,
            DataQualitySection(report: report, ingest: ingest, strings: strings).render())

        body +=
            "<footer>"
            + HTML.text(
                "p", [],
                strings.methodologyNote(
                    report.methodology.name, String(report.methodology.indicators.count),
                    HeadlineSection.compact(report.methodology.maxPoints, numbers)))
            + ScoringNote.render(for: report.methodology, language: language)
            + HTML.text("p", [], strings.footer) + "</footer>"

        let title = strings.documentTitle(strings.period(report.period), focus.province.name)
        return "<!DOCTYPE html>\n"
            + "<html" + HTML.attributes([("lang", language.rawValue)]) + ">\n"
            + "<head>\n"
            + HTML.void("meta", [("charset", "utf-8")]) + "\n"
            + HTML.void("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")]) + "\n"
            + HTML.void("meta", [("name", "generator"), ("content", "service-index")]) + "\n"
            + HTML.text("title", [], title) + "\n"
            + "<style>\n" + HTMLStyle.css + "\n</style>\n"
            + "</head>\n"
            + "<body>\n<main class=\"page\">\n" + body + "\n</main>\n</body>\n</html>\n"
    }

    /// A numbered section with its heading.
    private static func section(_ number: Int, _ name: String, _ title: String, _ content: String) -> String {
        "\n<section" + HTML.attributes([("class", name), ("id", name)]) + ">"
            + "<h2><span class=\"number\">\(number)</span>" + HTML.escape(title) + "</h2>"
            + content + "</section>"
    }
}
