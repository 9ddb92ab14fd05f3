import ServiceIndexCore

/// What is still to play for in a period cut at as-of (docs/methodology.md, At risk): how many
/// of the focus province's dossiers are at risk, its total if they all turned overdue, and the
/// units that hold them. Empty without as-of.
struct AtRiskSection {
    let report: PeriodReport
    let strings: HTMLStrings

    private var words: PeriodStrings { PeriodStrings.of(strings.language) }

    /// The at-risk paragraph and the units holding at-risk dossiers.
    func render() -> String {
        guard let outlook = report.focus.atRisk, let standing = report.focus.standing else { return "" }
        let numbers = strings.numbers
        var out = HTML.text("h3", [], words.atRiskTitle)
        out += HTML.text(
            "p", [("class", "intro")],
            words.atRiskIntro(numbers.integer(outlook.dossiers), HeadlineSection.moment(report.period.end)) + " "
                + words.atRiskTotals(
                    numbers.decimal(standing.total, decimals: 2),
                    numbers.decimal(outlook.scorecardIfOverdue.total, decimals: 2)))
        let units = report.units.filter { $0.atRisk > 0 }.sorted { a, b in
            a.atRisk != b.atRisk ? a.atRisk > b.atRisk : (a.rank ?? Int.max) < (b.rank ?? Int.max)
        }
        guard !units.isEmpty else { return out }
        let head =
            HTML.text("th", [], strings.unit) + HTML.text("th", [("class", "num")], words.atRisk)
            + HTML.text("th", [("class", "num")], strings.overdue)
        let rows = units.map { unit in
            "<tr>" + HTML.text("td", [], unit.name ?? unit.code ?? UnitKey.unknownLabel)
                + HTML.text("td", [("class", "num")], numbers.integer(unit.atRisk))
                + HTML.text("td", [("class", "num")], numbers.integer(unit.overdue)) + "</tr>"
        }
        return out + "<table class=\"units\"><thead><tr>\(head)</tr></thead><tbody>\(rows.joined())</tbody></table>"
    }
}
