import ServiceIndexCore

/// The gap analysis in plain words (docs/methodology.md, Gap analysis): where the focus province stands, the points it
/// needs to reach the target rank (or the lead it holds), and per indicator its points, maximum,
/// headroom and what it would take, e.g. "412 more dossiers settled on time would reach rank 10".
///
/// The notes are those of `focus.csv` (one `GapNote` per indicator), in the report's language.
public struct GapSection {
    let report: PeriodReport
    let strings: HTMLStrings

    /// The section for `report`, worded with `strings`.
    public init(report: PeriodReport, strings: HTMLStrings) {
        self.report = report
        self.strings = strings
    }

    /// The sentences on the focus province's standing, as a paragraph of markup.
    public func statement() -> String {
        let focus = report.focus
        let numbers = strings.numbers
        let name = "<strong>" + HTML.escape(focus.province.name) + "</strong>"
        guard let standing = focus.standing else {
            return HTML.element("p", [("class", "statement")], strings.noScore(name))
        }
        var text = strings.gapPosition(
            name, "<strong>\(standing.rank ?? 0)</strong>", String(report.ranking.count),
            HTML.escape(numbers.decimal(standing.total, decimals: 2)))
        if let points = focus.pointsToTarget, let reference = focus.reference {
            let referenceName = HTML.escape(reference.province.name)
            let amount = "<strong>" + HTML.escape(numbers.decimal(points, decimals: 2)) + "</strong>"
            text +=
                " "
                + (focus.isInsideTarget
                    ? strings.gapLead(referenceName, String(focus.targetRank), amount)
                    : strings.gapNeed(amount, referenceName, String(reference.rank ?? 0), String(focus.targetRank)))
        } else if focus.isInsideTarget {
            text += " " + strings.gapNoReference(String(focus.targetRank))
        }
        return HTML.element("p", [("class", "statement")], text)
    }

    /// The statement and the per-indicator table.
    func render() -> String {
        var out = statement()
        let focus = report.focus
        if let standing = focus.standing, standing.source == .published || focus.indicators.isEmpty {
            return out
                + HTML.element(
                    "p", [("class", "note")],
                    strings.gapPublished(HTML.escape(standing.province.name)))
        }
        guard !focus.indicators.isEmpty else { return out }
        let head = [
            HTML.text("th", [], strings.indicator), HTML.text("th", [("class", "num")], strings.rate),
            HTML.text("th", [("class", "num")], strings.pointsColumn), HTML.text("th", [("class", "num")], strings.max),
            HTML.text("th", [("class", "num")], strings.headroom),
            HTML.text("th", [], focus.isInsideTarget ? strings.noteColumn : strings.toReach(String(focus.targetRank))),
        ].joined()
        var body = focus.indicators.map(row).joined()
        body += totalRow()
        out += "<table class=\"gap\"><thead><tr>\(head)</tr></thead><tbody>\(body)</tbody></table>"
        return out
    }

    private func row(_ gap: IndicatorGap) -> String {
        let score = gap.score
        let numbers = strings.numbers
        let measured = score.value.status.hasPoints
        var name =
            HTML.escape(PublishedStrings.of(strings.language).name(score.indicator, strings: strings))
            + "<br/><span class=\"code dim\">" + HTML.escape(score.indicator.id) + "</span>"
            + (score.value.status == .published
                ? " <span class=\"dim\">· " + HTML.escape(PublishedStrings.of(strings.language).sourcePublished)
                    + "</span>"
                : "")
        if score.isApproximation, let tally = report.provinces[report.focus.province.code]?.tally {
            name += "<br/><span class=\"dim\">" + HTML.escape(approximationLine(tally)) + "</span>"
        }
        var rate = "—"
        if let value = score.value.rate {
            rate = HTML.escape(numbers.percent(value))
            if let numerator = score.value.numerator, let denominator = score.value.denominator {
                rate +=
                    "<br/><span class=\"dim\">" + HTML.escape(numbers.integer(numerator)) + " / "
                    + HTML.escape(numbers.integer(denominator)) + "</span>"
            }
        }
        let cells = [
            HTML.element("td", [], name),
            HTML.element("td", [("class", "num")], rate),
            HTML.text("td", [("class", "num")], measured ? numbers.decimal(score.points, decimals: 2) : "—"),
            HTML.text("td", [("class", "num")], numbers.decimal(score.indicator.maxPoints, decimals: 2)),
            HTML.text("td", [("class", "num")], measured ? numbers.decimal(score.headroom, decimals: 2) : "—"),
            HTML.text("td", [("class", "words")], note(gap)),
        ]
        return HTML.element("tr", measured ? [] : [("class", "not-measured")], cells.joined())
    }

    /// What the DVCTT approximation is, and the full-online share beside it when the exports
    /// carry the service level.
    private func approximationLine(_ tally: Tally) -> String {
        let words = PublishedStrings.of(strings.language)
        let full = Metric.fullOnlineRate.measure(tally)
        guard full.status == .ok, let rate = full.rate, let numerator = full.numerator,
            let denominator = full.denominator
        else { return words.noteApproximation }
        let numbers = strings.numbers
        return words.noteApproximation + "; "
            + words.fullOnlineLine(numbers.percent(rate), numbers.integer(numerator), numbers.integer(denominator))
    }

    /// The localised note of one indicator (the words of its `GapNote`).
    public func note(_ gap: IndicatorGap) -> String {
        strings.words(
            for: GapNote(gap), targetRank: report.focus.targetRank, integer: { strings.numbers.integer($0) },
            decimal: { strings.numbers.decimal($0, decimals: 2) })
    }

    private func totalRow() -> String {
        let numbers = strings.numbers
        let total = report.focus.standing?.total ?? 0
        let max = report.methodology.maxPoints
        let cells = [
            HTML.text("td", [], strings.total), HTML.element("td", [("class", "num")], ""),
            HTML.text("td", [("class", "num")], numbers.decimal(total, decimals: 2)),
            HTML.text("td", [("class", "num")], numbers.decimal(max, decimals: 2)),
            HTML.text("td", [("class", "num")], numbers.decimal(max - total, decimals: 2)),
            HTML.text("td", [], headline()),
        ]
        return HTML.element("tr", [("class", "total")], cells.joined())
    }

    /// "needs 2,10 more points" or "ahead by 1,23 points"; empty when undefined.
    public func headline() -> String {
        let focus = report.focus
        guard let points = focus.pointsToTarget else { return "" }
        let amount = strings.numbers.decimal(points, decimals: 2)
        return focus.isInsideTarget ? strings.leadsBy(amount) : strings.needsPoints(amount)
    }
}
