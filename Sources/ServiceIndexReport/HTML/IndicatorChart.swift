import ServiceIndexCore

/// The focus province's indicators against the top-10 average, as a grouped SVG bar chart.
///
/// The average of an indicator is the mean of its points over the other computed provinces
/// ranked in the top 10 (all of them, when fewer than 10 were computed) for which it was scored; a
/// province whose indicator was not measured does not pull the average down. Bars show points
/// as a share of the indicator's maximum, so a 2-point and a 20-point indicator read alike; the
/// labels give the points themselves.
struct IndicatorChart {
    /// The rank the comparison group reaches down to (the top-10 average; docs/methodology.md, Outputs).
    static let comparisonRank = 10

    let scores: [IndicatorScore]
    /// Per indicator, in `scores` order: the comparison group's mean points, nil when none.
    let averages: [Double?]
    /// Computed provinces in the comparison group.
    let groupSize: Int
    let focusName: String
    let strings: HTMLStrings

    /// The chart for the focus province of a report; nil when it was not computed from dossiers.
    init?(report: PeriodReport, strings: HTMLStrings) {
        guard let focus = report.provinces[report.focus.province.code] else { return nil }
        let group = report.ranking
            .filter {
                $0.source == .computed && ($0.rank ?? .max) <= Self.comparisonRank
                    && $0.province.code != report.focus.province.code
            }
            .compactMap { report.provinces[$0.province.code]?.scorecard }
        scores = focus.scorecard.scores
        averages = scores.indices.map { index in
            let measured = group.map { $0.scores[index] }.filter(\.value.status.hasPoints)
            guard !measured.isEmpty else { return nil }
            return measured.reduce(0) { $0 + $1.points } / Double(measured.count)
        }
        groupSize = group.count
        focusName = report.focus.province.name
        self.strings = strings
    }

    private static let width = 760.0
    private static let rowHeight = 46.0
    private static let top = 24.0
    private static let trackLeft = 300.0
    private static let trackRight = 690.0

    /// The intro, the `<figure>` and its legend.
    func render() -> String {
        let name = "<strong>" + HTML.escape(focusName) + "</strong>"
        var out =
            groupSize > 0
            ? HTML.element("p", [("class", "intro")], strings.indicatorsIntro(name, String(groupSize)))
            : HTML.element("p", [("class", "intro")], HTML.escape(strings.noTopComputed))
        let height = Self.top + Double(scores.count) * Self.rowHeight + 4
        var svg =
            "<svg viewBox=\"0 0 \(SVG.number(Self.width)) \(SVG.number(height))\" role=\"img\""
            + HTML.attributes([("aria-label", strings.indicatorsTitle)]) + ">"
        svg += axis(height: height)
        for (index, score) in scores.enumerated() {
            svg += row(score, average: averages[index], y: Self.top + Double(index) * Self.rowHeight)
        }
        svg += "</svg>"
        out += HTML.element("figure", [("class", "chart indicator-chart")], svg + legend())
        return out
    }

    private func x(_ share: Double) -> Double {
        Self.trackLeft + (Self.trackRight - Self.trackLeft) * Swift.max(0, Swift.min(1, share))
    }

    /// Grid lines at 0, 25, 50, 75 and 100 % of the maximum.
    private func axis(height: Double) -> String {
        var out = ""
        for quarter in 0...4 {
            let position = SVG.number(x(Double(quarter) / 4))
            out +=
                "<line class=\"axis\" x1=\"\(position)\" y1=\"\(SVG.number(Self.top - 4))\" x2=\"\(position)\" y2=\"\(SVG.number(height - 4))\"/>"
            out +=
                "<text class=\"tick\" x=\"\(position)\" y=\"\(SVG.number(Self.top - 9))\" text-anchor=\"middle\">"
                + HTML.escape(strings.numbers.integer(quarter * 25)) + "%</text>"
        }
        out +=
            "<text class=\"tick\" x=\"0\" y=\"\(SVG.number(Self.top - 9))\">" + HTML.escape(strings.shareOfMax)
            + "</text>"
        return out
    }

    /// One indicator: its name and points, the focus bar and the average bar over a track.
    private func row(_ score: IndicatorScore, average: Double?, y: Double) -> String {
        let max = score.indicator.maxPoints
        let numbers = strings.numbers
        var out = "<g class=\"indicator\">"
        out +=
            "<text class=\"label\" x=\"0\" y=\"\(SVG.number(y + 14))\" font-weight=\"600\">"
            + HTML.escape(PublishedStrings.of(strings.language).name(score.indicator, strings: strings)) + "</text>"
        let measured = score.value.status.hasPoints
        let detail =
            measured
            ? numbers.decimal(score.points, decimals: 2) + " / " + numbers.decimal(max, decimals: 2) + " "
                + strings.points
            : strings.notMeasured + " · " + numbers.decimal(max, decimals: 2) + " " + strings.points
        out +=
            "<text class=\"muted\" x=\"0\" y=\"\(SVG.number(y + 30))\">"
            + HTML.escape(score.indicator.id + " · " + detail) + "</text>"
        out +=
            "<rect class=\"track\" x=\"\(SVG.number(Self.trackLeft))\" y=\"\(SVG.number(y + 3))\" width=\"\(SVG.number(Self.trackRight - Self.trackLeft))\" height=\"32\"/>"
        if measured {
            out += bar(
                "bar focus", share: max > 0 ? score.points / max : 0, y: y + 5, height: 14,
                label: numbers.decimal(score.points, decimals: 2), bold: true)
        } else {
            out +=
                "<text class=\"muted\" x=\"\(SVG.number(Self.trackLeft + 6))\" y=\"\(SVG.number(y + 16))\" font-style=\"italic\">"
                + HTML.escape(strings.notMeasured) + "</text>"
        }
        if let average {
            out += bar(
                "bar average", share: max > 0 ? average / max : 0, y: y + 22, height: 10,
                label: numbers.decimal(average, decimals: 2), bold: false)
        }
        return out + "</g>"
    }

    private func bar(_ classes: String, share: Double, y: Double, height: Double, label: String, bold: Bool) -> String {
        let end = x(share)
        return
            "<rect class=\"\(classes)\" x=\"\(SVG.number(Self.trackLeft))\" y=\"\(SVG.number(y))\" width=\"\(SVG.number(Swift.max(0.5, end - Self.trackLeft)))\" height=\"\(SVG.number(height))\"/>"
            + "<text class=\"\(bold ? "value focus" : "muted")\" x=\"\(SVG.number(end + 5))\" y=\"\(SVG.number(y + height - 2))\">"
            + HTML.escape(label) + "</text>"
    }

    private func legend() -> String {
        func swatch(_ classes: String) -> String {
            "<svg viewBox=\"0 0 26 12\" aria-hidden=\"true\"><rect class=\"\(classes)\" x=\"1\" y=\"1\" width=\"24\" height=\"10\"/></svg>"
        }
        var items = [swatch("bar focus") + HTML.escape(focusName)]
        if groupSize > 0 { items.append(swatch("bar average") + HTML.escape(strings.topAverage)) }
        return "<figcaption><ul class=\"legend\">" + items.map { HTML.element("li", [], $0) }.joined()
            + "</ul></figcaption>"
    }
}
