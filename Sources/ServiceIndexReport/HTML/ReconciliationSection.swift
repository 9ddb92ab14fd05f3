import ServiceIndexCore

/// The focus province's reconciliation with the portal: each indicator the exports measure
/// beside what the portal published ("the portal published 17.35 for timeliness; your exports
/// give 17.81: 1,021 more dossiers settled on time"), and where the points come from
/// (docs/methodology.md, Reconciliation with the portal; Sources).
struct ReconciliationSection {
    let report: PeriodReport
    let strings: HTMLStrings

    func render() -> String {
        let words = PublishedStrings.of(strings.language)
        let numbers = strings.numbers
        var out = HTML.text("p", [("class", "intro")], words.sourcesNote(report.methodology, numbers: numbers))
        guard let card = report.provinces[report.focus.province.code]?.scorecard else {
            return out + HTML.text("p", [("class", "note")], words.howToPublish)
        }
        let lines = PortalReconciliation.lines(of: card)
        out += HTML.text("p", [("class", "intro")], words.reconciliationIntro)
        guard !lines.isEmpty else {
            return out + HTML.text("p", [("class", "note")], words.reconciliationNone + " " + words.howToPublish)
        }
        let items = lines.map { line in
            let name = words.name(line.indicator, strings: strings)
            var text = words.reconciliationLine(
                name, numbers.decimal(line.published.points, decimals: 2),
                line.computedPoints.map { numbers.decimal($0, decimals: 2) } ?? strings.notMeasured)
            if let difference = line.numeratorDifference, let metric = line.indicator.metric {
                let action = strings.gapAction(metric)
                text +=
                    ": "
                    + (difference > 0
                        ? words.moreCounted(numbers.integer(difference), action)
                        : difference < 0
                            ? words.fewerCounted(numbers.integer(-difference), action) : words.sameCounted)
            }
            return HTML.text("li", [], text)
        }.joined()
        return out + HTML.element("ul", [("class", "reconciliation")], items)
    }
}
