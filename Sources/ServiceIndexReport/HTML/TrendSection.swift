import ServiceIndexCore

/// The focus province over time.
///
/// Its total per period beside the score at the target rank, with its rank under
/// each point, as a line chart; its six group scores as a second chart; and a table of the
/// same figures. When the inputs hold only the focus province, its scores over time and no
/// rank.
struct TrendSection {
    let report: PeriodReport
    let strings: HTMLStrings

    private var words: PeriodStrings { PeriodStrings.of(strings.language) }
    private var focus: ProvinceCode { report.focus.province.code }

    /// True when no period of the trend scores any province but the focus from dossiers.
    var holdsOnlyFocus: Bool {
        report.trend.allSatisfy { entry in
            entry.ranking.allSatisfy { $0.source == .published || $0.province.code == focus }
        }
    }

    /// The charts and the table of the trend. The charts start at the first period that is not
    /// partial; a later partial period is marked with `*` (docs/methodology.md, Trend).
    func render() -> String {
        let all = report.trend
        let name = report.focus.province.name
        let alone = holdsOnlyFocus
        guard all.count > 1 else { return HTML.text("p", [("class", "note")], words.trendNone) }
        let entries = Array(all[(all.firstIndex { $0.coverage == .full } ?? 0)...])
        let target = report.focus.targetRank
        let labels = entries.map(Self.label)
        let totals = entries.map { $0.row(of: focus)?.total }
        var lines = [LineChart.Series(label: name, values: totals, style: "focus")]
        if !alone {
            lines.append(
                LineChart.Series(
                    label: words.atTarget(String(target)), values: entries.map { $0.total(atRank: target) },
                    style: "target"))
        }
        let ranks =
            alone ? [] : entries.map { $0.row(of: focus).flatMap { $0.rank.map { "#\($0)" } } ?? "" }
        // The scale of the totals shown: 100 beside published totals, the exports' points otherwise.
        let maxPoints = entries.flatMap(\.ranking).map(\.basis).max() ?? report.methodology.maxPoints
        var out = HTML.text(
            "p", [("class", "intro")],
            alone ? words.trendAlone(name) : words.trendIntro(String(entries.count), String(target)))
        let partial = all.filter { $0.coverage == .partial }.map(\.period.description)
        if !partial.isEmpty, let first = entries.first {
            out += HTML.text(
                "p", [("class", "note")],
                words.partialNote(partial.joined(separator: ", "), first.period.description))
        }
        out += LineChart(labels: labels, series: lines, maximum: maxPoints, notes: ranks).render()
        out += HTML.text("h3", [], words.groupsTitle)
        let groups = Methodology.groupCodes.enumerated().map { position, group in
            LineChart.Series(
                label: group.uppercased(), values: entries.map { $0.row(of: focus)?.groups[group] ?? nil },
                style: "group\(position)")
        }
        let groupMax =
            Methodology.groupCodes.map { group in
                report.methodology.indicators.filter { $0.group == group }.reduce(0) {
                    $0 + $1.maxPoints
                }
            }.max() ?? maxPoints
        out += LineChart(labels: labels, series: groups, maximum: max(groupMax, 1), notes: []).render()
        return out + table(all, alone: alone)
    }

    /// A period's name, with `*` when it is partial.
    static func label(_ entry: TrendPeriod) -> String {
        entry.period.description + (entry.coverage == .partial ? "*" : "")
    }

    private func table(_ entries: [TrendPeriod], alone: Bool) -> String {
        let numbers = strings.numbers
        let target = report.focus.targetRank
        func cell(_ value: Double?) -> String {
            HTML.text("td", [("class", "num")], value.map { numbers.decimal($0, decimals: 2) } ?? "—")
        }
        var head = HTML.text("th", [], words.period) + HTML.text("th", [("class", "num")], words.total)
        if !alone {
            head += HTML.text("th", [("class", "num")], words.rank)
            head += HTML.text("th", [("class", "num")], words.atTarget(String(target)))
        }
        head += Methodology.groupCodes.map { HTML.text("th", [("class", "num")], $0.uppercased()) }.joined()
        let rows = entries.map { entry in
            let row = entry.row(of: focus)
            var cells = HTML.text("td", [], Self.label(entry)) + cell(row?.total)
            if !alone {
                cells += HTML.text("td", [("class", "num")], row.flatMap { $0.rank.map(String.init) } ?? "—")
                cells += cell(entry.total(atRank: target))
            }
            cells += Methodology.groupCodes.map { cell(row?.groups[$0] ?? nil) }.joined()
            return "<tr>" + cells + "</tr>"
        }
        return "<table class=\"trend\"><thead><tr>\(head)</tr></thead><tbody>\(rows.joined())</tbody></table>"
    }
}

/// A line chart over periods: one polyline per series (gaps where a value is missing), a point
/// per value, and an optional note (the rank) under each point of the first series.
struct LineChart {
    struct Series {
        let label: String
        let values: [Double?]
        /// The CSS class of the line: `focus`, `target`, `group0`…`group5`.
        let style: String
    }

    let labels: [String]
    let series: [Series]
    let maximum: Double
    let notes: [String]

    func render() -> String {
        let width = 640.0
        let height = 220.0
        let left = 36.0
        let right = 32.0
        let top = 12.0
        let bottom = 40.0
        let step = labels.count > 1 ? (width - left - right) / Double(labels.count - 1) : 0
        func x(_ index: Int) -> Double { left + Double(index) * step }
        func y(_ value: Double) -> Double { top + (height - top - bottom) * (1 - min(max(value / maximum, 0), 1)) }
        var svg =
            "<svg class=\"trend-chart\" viewBox=\"0 0 \(SVG.number(width)) \(SVG.number(height))\" role=\"img\">"
        // Gridlines at round values: every 5, 10 or 20 points.
        let gridStep = maximum <= 20 ? 5.0 : maximum <= 40 ? 10.0 : 20.0
        for tick in 0...Int(maximum / gridStep) {
            let value = Double(tick) * gridStep
            svg +=
                "<line class=\"axis\" x1=\"\(SVG.number(left))\" x2=\"\(SVG.number(width - right))\" "
                + "y1=\"\(SVG.number(y(value)))\" y2=\"\(SVG.number(y(value)))\"/>"
            svg +=
                "<text class=\"tick\" x=\"\(SVG.number(left - 4))\" y=\"\(SVG.number(y(value) + 4))\" "
                + "text-anchor=\"end\">\(SVG.number(value.rounded()))</text>"
        }
        for (index, label) in labels.enumerated() {
            svg +=
                "<text class=\"tick\" x=\"\(SVG.number(x(index)))\" y=\"\(SVG.number(height - bottom + 16))\" "
                + "text-anchor=\"middle\">\(HTML.escape(label))</text>"
            if index < notes.count, !notes[index].isEmpty {
                svg +=
                    "<text class=\"muted\" x=\"\(SVG.number(x(index)))\" y=\"\(SVG.number(height - bottom + 32))\" "
                    + "text-anchor=\"middle\">\(HTML.escape(notes[index]))</text>"
            }
        }
        for line in series {
            var runs: [[String]] = [[]]
            for (index, value) in line.values.enumerated() {
                guard let value else {
                    runs.append([])
                    continue
                }
                runs[runs.count - 1].append("\(SVG.number(x(index))),\(SVG.number(y(value)))")
                svg +=
                    "<circle class=\"dot \(line.style)\" cx=\"\(SVG.number(x(index)))\" "
                    + "cy=\"\(SVG.number(y(value)))\" r=\"3\"><title>\(HTML.escape(line.label)): "
                    + "\(NumberFormat.fixed(value, decimals: 2))</title></circle>"
            }
            for run in runs where run.count > 1 {
                svg += "<polyline class=\"line \(line.style)\" points=\"\(run.joined(separator: " "))\"/>"
            }
        }
        svg += "</svg>"
        let legend = series.map { line in
            HTML.element(
                "li", [],
                "<svg viewBox=\"0 0 26 12\" aria-hidden=\"true\"><line class=\"line \(line.style)\" x1=\"1\" x2=\"25\" "
                    + "y1=\"6\" y2=\"6\"/></svg>" + HTML.escape(line.label))
        }
        return "<figure>" + svg + "<figcaption><ul class=\"legend\">" + legend.joined() + "</ul></figcaption></figure>"
    }
}
