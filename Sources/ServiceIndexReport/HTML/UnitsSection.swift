import ServiceIndexCore

/// The focus province's units, worst overdue first, and its procedures with the most overdue
/// dossiers: whom to follow up, and which procedures cost it points.
struct UnitsSection {
    /// Procedures shown, by overdue dossiers.
    static let procedureLimit = 20

    let report: PeriodReport
    let strings: HTMLStrings

    /// Units by overdue dossiers descending, then rank (unranked last), then the report's order.
    var sortedUnits: [UnitStanding] {
        report.units.enumerated().sorted { a, b in
            if a.element.overdue != b.element.overdue { return a.element.overdue > b.element.overdue }
            let rankA = a.element.rank ?? Int.max
            let rankB = b.element.rank ?? Int.max
            if rankA != rankB { return rankA < rankB }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// The units table.
    func units() -> String {
        let units = sortedUnits
        guard !units.isEmpty else { return HTML.element("p", [("class", "note")], HTML.escape(strings.noUnits)) }
        let worst = units.map(\.overdue).max() ?? 0
        let head = [
            HTML.text("th", [], strings.unit), HTML.text("th", [("class", "num")], strings.total),
            HTML.text("th", [("class", "num")], strings.rank), HTML.text("th", [("class", "num")], strings.inScope),
            HTML.text("th", [("class", "num")], strings.onTime), HTML.text("th", [("class", "num")], strings.overdue),
        ].joined()
        let body = units.map { row($0, worst: worst) }.joined()
        return HTML.element("p", [("class", "intro")], HTML.escape(strings.unitsIntro))
            + "<table class=\"units\"><thead><tr>\(head)</tr></thead><tbody>\(body)</tbody></table>"
    }

    private func row(_ unit: UnitStanding, worst: Int64) -> String {
        let numbers = strings.numbers
        var name = HTML.escape(displayName(unit.name, code: unit.code))
        if let code = unit.code, let shown = unit.name, shown != code {
            name += " <span class=\"code dim\">" + HTML.escape(code) + "</span>"
        }
        let ranked = unit.rank != nil
        let timeliness = Metric.timelinessRate.measure(unit.result.tally)
        let share = worst > 0 ? Double(unit.overdue) / Double(worst) : 0
        let meter =
            unit.overdue > 0
            ? "<span class=\"meter\" aria-hidden=\"true\"><span style=\"width: \(SVG.number(share * 100))%\"></span></span>"
            : "<span class=\"meter\" aria-hidden=\"true\"></span>"
        let cells = [
            HTML.element("td", [], name),
            HTML.text(
                "td", [("class", "num")], ranked ? numbers.decimal(unit.result.scorecard.total, decimals: 2) : "—"),
            HTML.element(
                "td", [("class", "num")],
                unit.rank.map(String.init) ?? "<span class=\"dim\">" + HTML.escape(strings.unranked) + "</span>"),
            HTML.text("td", [("class", "num")], numbers.integer(unit.result.tally[.inScope])),
            HTML.text("td", [("class", "num")], timeliness.rate.map { numbers.percent($0) } ?? "—"),
            HTML.element("td", [("class", "num")], HTML.escape(numbers.integer(unit.overdue)) + meter),
        ]
        return HTML.element("tr", [], cells.joined())
    }

    /// The procedures table: the first `procedureLimit` by overdue dossiers.
    func procedures() -> String {
        let all = report.procedures
        guard !all.isEmpty else { return HTML.element("p", [("class", "note")], HTML.escape(strings.noProcedures)) }
        let shown = all.prefix(Self.procedureLimit)
        let numbers = strings.numbers
        let head = [
            HTML.text("th", [], strings.procedure), HTML.text("th", [("class", "num")], strings.inScope),
            HTML.text("th", [("class", "num")], strings.overdue), HTML.text("th", [("class", "num")], strings.onTime),
        ].joined()
        let body = shown.map { procedure in
            let timeliness = procedure.timeliness
            return HTML.element(
                "tr", [],
                [
                    HTML.text("td", [("class", "code")], displayName(procedure.code, code: nil)),
                    HTML.text("td", [("class", "num")], numbers.integer(procedure.inScope)),
                    HTML.text("td", [("class", "num")], numbers.integer(procedure.overdue)),
                    HTML.text("td", [("class", "num")], timeliness.rate.map { numbers.percent($0) } ?? "—"),
                ].joined())
        }.joined()
        return HTML.element(
            "p", [("class", "intro")],
            HTML.escape(strings.proceduresIntro(numbers.integer(shown.count), numbers.integer(all.count))))
            + "<table class=\"procedures\"><thead><tr>\(head)</tr></thead><tbody>\(body)</tbody></table>"
    }

    /// A name as shown: the core's "(unknown)" label in the report's language.
    private func displayName(_ name: String?, code: String?) -> String {
        guard let name else { return code ?? strings.unknown }
        return code == nil && name == UnitKey.unknownLabel ? strings.unknown : name
    }
}
