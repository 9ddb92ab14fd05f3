import ServiceIndexCore

/// The focus province's units by level, departments apart from communes: each level's
/// distribution as a strip plot with the units furthest behind their same-size peers named, and
/// a table, worst overdue first; then its procedures with the most overdue dossiers: whom to
/// follow up, and which procedures cost it points (docs/methodology.md, Units and procedures).
struct UnitsSection {
    /// Procedures shown, by overdue dossiers.
    static let procedureLimit = 20
    /// Units named per level as furthest behind their peers.
    static let weakestLimit = 3

    let report: PeriodReport
    let strings: HTMLStrings

    private var words: UnitStrings { UnitStrings.of(strings.language) }

    /// The units of one level by overdue dossiers descending, then rank (unranked last), then the
    /// report's order.
    func sortedUnits(_ level: UnitLevel) -> [UnitStanding] {
        report.units.enumerated().filter { $0.element.level == level }.sorted { a, b in
            if a.element.overdue != b.element.overdue { return a.element.overdue > b.element.overdue }
            let rankA = a.element.rank ?? Int.max
            let rankB = b.element.rank ?? Int.max
            if rankA != rankB { return rankA < rankB }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// The units, level by level.
    func units() -> String {
        guard !report.units.isEmpty else {
            return HTML.element("p", [("class", "note")], HTML.escape(strings.noUnits))
        }
        let numbers = strings.numbers
        var out = HTML.text("p", [("class", "intro")], words.intro)
        out += HTML.text(
            "p", [("class", "note")],
            words.basisNote(HeadlineSection.compact(report.methodology.exportsPoints, numbers)))
        for summary in report.unitLevels {
            out += level(summary)
        }
        return out
    }

    /// The headline's line: per level, the unit furthest behind its same-size peers; empty when
    /// no unit is behind them.
    func weakestLine() -> String {
        let numbers = strings.numbers
        let items = report.unitLevels.reversed().compactMap { summary -> String? in
            guard let unit = UnitStanding.weakestAgainstPeers(report.units, level: summary.level, limit: 1).first,
                let peers = unit.peers, let median = peers.medianTotal, let gap = unit.gapToPeers
            else { return nil }
            return words.levelName(summary.level) + ": "
                + words.weakestItem(
                    displayName(unit.name, code: unit.code), numbers.decimal(unit.result.scorecard.total, decimals: 2),
                    numbers.decimal(gap, decimals: 2), peers.count, numbers.decimal(median, decimals: 2))
        }
        guard !items.isEmpty else { return "" }
        return HTML.text(
            "p", [("class", "statement")], words.weakestTitle + " — " + items.joined(separator: "; ") + ".")
    }

    private func level(_ summary: UnitLevelSummary) -> String {
        let numbers = strings.numbers
        var out = HTML.text("h3", [], words.levelTitle(summary.level))
        var line = ""
        if let median = summary.median, let p75 = summary.p75 {
            line = words.levelSummary(
                numbers.integer(summary.ranked), numbers.decimal(median, decimals: 2), numbers.decimal(p75, decimals: 2)
            )
        }
        if summary.unranked > 0 {
            line += (line.isEmpty ? "" : " ") + words.unrankedCount(numbers.integer(summary.unranked))
        }
        if !line.isEmpty { out += HTML.text("p", [("class", "intro")], line) }
        let weakest = UnitStanding.weakestAgainstPeers(report.units, level: summary.level, limit: Self.weakestLimit)
        out += UnitLevelChart(
            units: report.units.filter { $0.level == summary.level }, summary: summary, marked: weakest.map(\.key),
            maximum: report.methodology.exportsPoints, strings: strings, words: words
        ).render(caption: words.chartNote)
        let units = sortedUnits(summary.level)
        let worst = units.map(\.overdue).max() ?? 0
        let head = [
            HTML.text("th", [], strings.unit), HTML.text("th", [("class", "num")], strings.total),
            HTML.text("th", [("class", "num")], strings.rank), HTML.text("th", [("class", "num")], words.percentile),
            HTML.text("th", [("class", "num")], words.peers), HTML.text("th", [("class", "num")], words.peerMedian),
            HTML.text("th", [("class", "num")], words.peerRank), HTML.text("th", [("class", "num")], strings.inScope),
            HTML.text("th", [("class", "num")], strings.onTime), HTML.text("th", [("class", "num")], strings.overdue),
        ].joined()
        let body = units.map { row($0, ranked: summary.ranked, worst: worst) }.joined()
        return out + "<table class=\"units\"><thead><tr>\(head)</tr></thead><tbody>\(body)</tbody></table>"
    }

    private func row(_ unit: UnitStanding, ranked: Int, worst: Int64) -> String {
        let numbers = strings.numbers
        var name = HTML.escape(displayName(unit.name, code: unit.code))
        if let code = unit.code, let shown = unit.name, shown != code {
            name += " <span class=\"code dim\">" + HTML.escape(code) + "</span>"
        }
        let timeliness = Metric.timelinessRate.measure(unit.result.tally)
        let share = worst > 0 ? Double(unit.overdue) / Double(worst) : 0
        let meter =
            unit.overdue > 0
            ? "<span class=\"meter\" aria-hidden=\"true\"><span style=\"width: \(SVG.number(share * 100))%\"></span></span>"
            : "<span class=\"meter\" aria-hidden=\"true\"></span>"
        let peers = unit.peers
        let cells = [
            HTML.element("td", [], name),
            HTML.text(
                "td", [("class", "num")],
                unit.rank != nil ? numbers.decimal(unit.result.scorecard.total, decimals: 2) : "—"),
            HTML.element(
                "td", [("class", "num")],
                unit.rank.map { "\($0)<span class=\"dim\"> / \(ranked)</span>" }
                    ?? "<span class=\"dim\">" + HTML.escape(strings.unranked) + "</span>"),
            HTML.text(
                "td", [("class", "num")], unit.percentile.map { numbers.decimal($0, decimals: 0) } ?? "—"),
            HTML.text("td", [("class", "num")], peers.map { numbers.integer($0.count) } ?? "—"),
            HTML.text(
                "td", [("class", "num")], peers?.medianTotal.map { numbers.decimal($0, decimals: 2) } ?? "—"),
            HTML.element(
                "td", [("class", "num")],
                peers.flatMap { $0.count > 0 ? "\($0.rank)<span class=\"dim\"> / \($0.count + 1)</span>" : nil } ?? "—"),
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
