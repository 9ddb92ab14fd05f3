import ServiceIndexCore
import ServiceIndexIngest

/// What the report rests on: the reconciliation of rows, rejects by reason, the inputs (size,
/// rows, SHA-256 prefix, columns the tool did not use) and the focus province's indicators that
/// could not be measured.
struct DataQualitySection {
    /// Hex digits of each input's SHA-256 shown.
    static let digestPrefix = 12

    let report: PeriodReport
    let ingest: IngestResult
    let strings: HTMLStrings

    /// The whole section body.
    func render() -> String {
        "<div class=\"grid2\"><div>" + reconciliation() + "</div><div>" + rejects() + "</div></div>"
            + inputs() + gaps()
    }

    /// rows read = accepted + rejected + duplicates, with the four counts.
    private func reconciliation() -> String {
        let counts = ingest.reconciliation
        let numbers = strings.numbers
        let balanced = counts.isBalanced
        let equation = [
            numbers.integer(counts.rowsRead), "=", numbers.integer(counts.accepted), "+",
            numbers.integer(counts.rejected), "+", numbers.integer(counts.duplicates),
        ].joined(separator: " ")
        let rows = [
            (strings.rowsRead, counts.rowsRead), (strings.accepted, counts.accepted),
            (strings.rejected, counts.rejected), (strings.duplicates, counts.duplicates),
        ].map { label, value in
            HTML.element(
                "tr", [], HTML.text("td", [], label) + HTML.text("td", [("class", "num")], numbers.integer(value)))
        }.joined()
        let status = HTML.text(
            "span", [("class", balanced ? "tag up" : "tag down")], balanced ? strings.balanced : strings.unbalanced)
        return HTML.text("h3", [], strings.reconciliation)
            + HTML.element("p", [("class", "equation")], HTML.escape(equation) + " " + status)
            + "<table class=\"reconciliation\"><tbody>\(rows)</tbody></table>"
    }

    /// Rejects counted by reason, in reason-code order.
    private func rejects() -> String {
        let byReason = ingest.rejectsByReason.sorted { $0.key < $1.key }
        let title = HTML.text("h3", [], strings.rejectsTitle)
        guard !byReason.isEmpty else { return title + HTML.text("p", [("class", "note")], strings.noRejects) }
        let head = HTML.text("th", [], strings.reason) + HTML.text("th", [("class", "num")], strings.rows)
        let body = byReason.map { reason, count in
            HTML.element(
                "tr", [],
                HTML.element(
                    "td", [],
                    HTML.escape(strings.rejectReason(reason))
                        + " <span class=\"code dim\">" + HTML.escape(reason.rawValue) + "</span>")
                    + HTML.text("td", [("class", "num")], strings.numbers.integer(count)))
        }.joined()
        return title + "<table class=\"rejects\"><thead><tr>\(head)</tr></thead><tbody>\(body)</tbody></table>"
    }

    /// Each input with its size, rows, digest prefix and unused columns.
    private func inputs() -> String {
        let title = HTML.text("h3", [], strings.inputsTitle)
        guard !ingest.inputs.isEmpty else { return title + HTML.text("p", [("class", "note")], strings.noInputs) }
        let numbers = strings.numbers
        let head = [
            HTML.text("th", [], strings.file), HTML.text("th", [("class", "num")], strings.size),
            HTML.text("th", [("class", "num")], strings.rows), HTML.text("th", [], "SHA-256"),
            HTML.text("th", [], strings.unknownColumns),
        ].joined()
        let body = ingest.inputs.sorted { $0.path < $1.path }.map { input in
            let columns =
                input.unknownColumns.isEmpty
                ? "<span class=\"dim\">—</span>"
                : input.unknownColumns.map(HTML.escape).joined(separator: ", ")
            return HTML.element(
                "tr", [],
                [
                    HTML.text("td", [("class", "code")], input.path),
                    HTML.text("td", [("class", "num")], size(input.bytes)),
                    HTML.text("td", [("class", "num")], numbers.integer(input.rows)),
                    HTML.text(
                        "td", [("class", "code"), ("title", input.sha256)],
                        String(input.sha256.prefix(Self.digestPrefix))),
                    HTML.element("td", [], columns),
                ].joined())
        }.joined()
        return title + "<table class=\"inputs\"><thead><tr>\(head)</tr></thead><tbody>\(body)</tbody></table>"
    }

    /// A byte count in kB or MB (powers of 1000), one decimal.
    private func size(_ bytes: Int64) -> String {
        let numbers = strings.numbers
        if bytes < 1_000 { return numbers.integer(bytes) + " B" }
        if bytes < 1_000_000 { return numbers.decimal(Double(bytes) / 1e3, decimals: 1) + " kB" }
        return numbers.decimal(Double(bytes) / 1e6, decimals: 1) + " MB"
    }

    /// The focus province's indicators that were not measured, with the points they leave out.
    private func gaps() -> String {
        let focus = report.focus
        let title = HTML.text("h3", [], strings.gapsTitle(focus.province.name))
        guard let card = report.provinces[focus.province.code]?.scorecard else {
            return title + HTML.text("p", [("class", "note")], strings.gapPublished(focus.province.name))
        }
        let numbers = strings.numbers
        let words = PublishedStrings.of(strings.language)
        let basis = words.basisOf(
            HeadlineSection.compact(card.basis, numbers), HeadlineSection.compact(report.methodology.maxPoints, numbers)
        )
        guard !card.gaps.isEmpty else {
            return title + HTML.text("p", [("class", "note")], strings.noGaps + " " + basis + ".")
        }
        let items = card.gaps.map { score in
            HTML.element(
                "li", [],
                HTML.escape(words.name(score.indicator, strings: strings)) + " <span class=\"code dim\">"
                    + HTML.escape(score.indicator.id) + "</span> — "
                    + HTML.escape(
                        HeadlineSection.compact(score.indicator.maxPoints, numbers) + " " + strings.points + " · "
                            + (score.value.status == .missing ? words.noteMissing : strings.noValues)))
        }.joined()
        return title + HTML.element("ul", [("class", "gaps")], items)
            + HTML.text("p", [("class", "note")], basis + ".")
    }
}
