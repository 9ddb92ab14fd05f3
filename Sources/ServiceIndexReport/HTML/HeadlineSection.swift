import ServiceIndexCore

/// The top of the page: the focus province, the period and the end it was judged at (a notice
/// when it is still running), and four figures — its rank among the ranked provinces, its total
/// and measured basis, the change from the previous period, and
/// the points to the target rank (or the lead it holds).
public struct HeadlineSection {
    let report: PeriodReport
    let strings: HTMLStrings

    /// The masthead and the figures.
    func render() -> String {
        let focus = report.focus
        var out = "<header class=\"masthead\">"
        out += HTML.text("p", [("class", "kicker")], strings.kicker)
        out += HTML.text("h1", [], focus.province.name)
        let words = PeriodStrings.of(strings.language)
        out += HTML.text(
            "p", [("class", "subtitle")],
            strings.period(report.period) + " · " + report.period.description + " · "
                + (report.asOf.map { words.asOfEnd(Self.moment($0)) }
                    ?? words.calendarEnd(Self.moment(report.period.end))))
        out += "</header>"
        if let latest = report.runningSince {
            out += HTML.text(
                "p", [("class", "statement notice")],
                words.running(Self.moment(latest), Self.moment(report.period.end)))
        }
        guard let standing = focus.standing else {
            return out
                + HTML.element(
                    "p", [("class", "statement")],
                    strings.noScore("<strong>" + HTML.escape(focus.province.name) + "</strong>"))
        }
        let numbers = strings.numbers
        let ranked = report.ranking.count
        let rank = kpi(
            strings.rank, "\(standing.rank ?? 0)<small> / \(ranked)</small>",
            HTML.escape(strings.rankedOf(String(ranked), String(report.provinceCount))), primary: true)
        let sources = PublishedStrings.of(strings.language)
        let basis =
            standing.source == .published
            ? strings.publishedBasis
            : (standing.publishedPoints ?? 0) > 0
                ? sources.basisWithPublished(
                    Self.compact(standing.basis, numbers), Self.compact(standing.publishedPoints ?? 0, numbers))
                : sources.basisFromExports(
                    Self.compact(standing.basis, numbers), Self.compact(Methodology.portalPoints, numbers))
        let total = kpi(
            strings.total,
            HTML.escape(numbers.decimal(standing.total, decimals: 2)) + "<small> " + HTML.escape(strings.points)
                + "</small>",
            HTML.escape(basis))
        return out + "<div class=\"kpis\">" + rank + total + change(standing) + target() + "</div>"
            + UnitsSection(report: report, strings: strings).weakestLine()
    }

    private func kpi(_ label: String, _ value: String, _ detail: String, primary: Bool = false, tone: String = "")
        -> String
    {
        HTML.element(
            "div", [HTML.classes("kpi", primary ? "primary" : "")],
            HTML.text("div", [("class", "label")], label)
                + HTML.element("div", [HTML.classes("value", tone)], value)
                + HTML.element("div", [("class", "detail")], detail))
    }

    /// A moment as the page shows it: `2025-08-15 00:00` (local time).
    public static func moment(_ instant: Instant) -> String {
        String(instant.description.prefix(16)).replacingOccurrences(of: "T", with: " ")
    }

    /// Places gained or lost since the previous period.
    private func change(_ standing: RankedProvince) -> String {
        guard let delta = standing.rankChange, let previous = standing.previousRank else {
            return kpi(strings.change, "—", HTML.escape(strings.noPrevious))
        }
        let value = delta > 0 ? "▲ \(delta)" : delta < 0 ? "▼ \(-delta)" : "="
        return kpi(
            strings.change, value, HTML.escape(strings.rankChange(delta, previous)),
            tone: delta > 0 ? "up" : delta < 0 ? "down" : "")
    }

    /// Points to the target rank, or the lead held over the first province outside it.
    private func target() -> String {
        let focus = report.focus
        let label = strings.target(String(focus.targetRank))
        guard let points = focus.pointsToTarget else { return kpi(label, "—", "") }
        let numbers = strings.numbers
        let inside = focus.isInsideTarget
        let value =
            HTML.escape(numbers.signed(inside ? points : -points, decimals: 2))
            + "<small> " + HTML.escape(strings.points) + "</small>"
        let amount = numbers.decimal(points, decimals: 2)
        var detail = inside ? strings.leadsBy(amount) : strings.needsPoints(amount)
        if let reference = focus.reference, let rank = reference.rank {
            detail += " · " + reference.province.name + " (\(rank))"
        }
        return kpi(label, value, HTML.escape(detail), tone: inside ? "up" : "down")
    }

    /// A figure with at most 2 decimals and no trailing zeros: maxima such as `66` or `12,5`.
    static func compact(_ value: Double, _ numbers: LocalizedNumberFormat) -> String {
        var text = numbers.decimal(value, decimals: 2)
        guard text.hasSuffix("0") || text.hasSuffix(numbers.decimalMark) else { return text }
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(numbers.decimalMark) { text.removeLast(numbers.decimalMark.count) }
        return text
    }
}
