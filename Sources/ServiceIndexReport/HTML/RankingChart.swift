import ServiceIndexCore

/// The national ranking as a horizontal SVG bar chart: one bar per ranked province, in rank
/// order, the focus province highlighted and the top-N cut marked by a dashed line over a band.
///
/// Every bar is a `<rect>` with `data-province="NN"` and a `<title>` (rank, name, points,
/// source); no other shape carries `data-province`. Computed bars are solid, published ones
/// light with a dashed outline, the focus bar warm with a heavy outline and class `focus`, so
/// the three still differ in black and white.
struct RankingChart {
    let ranking: [RankedProvince]
    let focus: ProvinceCode
    let targetRank: Int
    /// The methodology's maximum: the axis reaches at least this far.
    let maxPoints: Double
    let strings: HTMLStrings

    private static let width = 760.0
    private static let rowHeight = 18.0
    private static let barHeight = 13.0
    private static let top = 26.0
    private static let cutGap = 8.0
    private static let rankRight = 26.0
    private static let labelRight = 172.0
    private static let barLeft = 180.0
    private static let barRight = 668.0
    private static let changeRight = 752.0

    /// The `<figure>` with the chart and its legend.
    func render() -> String {
        let height = y(row: ranking.count) + 8
        var svg =
            "<svg viewBox=\"0 0 \(SVG.number(Self.width)) \(SVG.number(height))\" role=\"img\""
            + HTML.attributes([("aria-label", strings.rankingTitle)]) + ">"
        svg += axis(height: height)
        svg += cut()
        for (index, row) in ranking.enumerated() {
            svg += bar(row, y: y(row: index))
        }
        svg += "</svg>"
        return HTML.element("figure", [("class", "chart ranking-chart")], svg + legend())
    }

    /// Rows inside the target rank.
    private var inside: Int { ranking.filter { ($0.rank ?? .max) <= targetRank }.count }

    /// Whether some ranked province lies outside the target: the cut is drawn.
    private var hasCut: Bool { inside > 0 && inside < ranking.count }

    /// The top of a row; rows after the cut leave a gap for the dashed line.
    private func y(row index: Int) -> Double {
        Self.top + Double(index) * Self.rowHeight + (hasCut && index >= inside ? Self.cutGap : 0)
    }

    /// The scale's upper end: a multiple of 10 covering every total and the methodology maximum.
    private var scaleMax: Double {
        let highest = ranking.map(\.total).reduce(maxPoints, Swift.max)
        return Swift.max(10, (highest / 10).rounded(.up) * 10)
    }

    private func x(_ points: Double) -> Double {
        Self.barLeft + (Self.barRight - Self.barLeft) * Swift.max(0, Swift.min(points, scaleMax)) / scaleMax
    }

    /// Grid lines and their labels, every 10 points (20 beyond 100).
    private func axis(height: Double) -> String {
        let step = scaleMax > 100 ? 20.0 : 10.0
        var out = ""
        var value = 0.0
        while value <= scaleMax + 0.001 {
            let position = SVG.number(x(value))
            out +=
                "<line class=\"axis\" x1=\"\(position)\" y1=\"\(SVG.number(Self.top - 4))\" x2=\"\(position)\" y2=\"\(SVG.number(height - 6))\"/>"
            out +=
                "<text class=\"tick\" x=\"\(position)\" y=\"\(SVG.number(Self.top - 10))\" text-anchor=\"middle\">"
                + HTML.escape(strings.numbers.integer(Int(value))) + "</text>"
            value += step
        }
        return out
    }

    /// The band behind the top-N rows and the dashed line in the gap under the last of them.
    private func cut() -> String {
        guard inside > 0 else { return "" }
        let bottom = Self.top + Double(inside) * Self.rowHeight
        var out =
            "<rect class=\"band\" x=\"0\" y=\"\(SVG.number(Self.top - 3))\" width=\"\(SVG.number(Self.width))\" height=\"\(SVG.number(bottom - Self.top + 1))\"/>"
        guard hasCut else { return out }
        let line = SVG.number(bottom + Self.cutGap / 2 - 1)
        out += "<line class=\"cut\" x1=\"0\" y1=\"\(line)\" x2=\"\(SVG.number(Self.width))\" y2=\"\(line)\"/>"
        // Left of the names, in the band just above the line: clear of every bar and label.
        out +=
            "<text class=\"cut-label\" x=\"\(SVG.number(Self.rankRight + 8))\" y=\"\(SVG.number(bottom - 4))\">"
            + HTML.escape(strings.topCut(String(targetRank))) + "</text>"
        return out
    }

    /// One row: rank, name, bar, value and rank change.
    private func bar(_ row: RankedProvince, y: Double) -> String {
        let isFocus = row.province.code == focus
        let focusClass = isFocus ? "focus" : ""
        let name = HTML.escape(row.province.name)
        let points = strings.numbers.decimal(row.total, decimals: 2)
        let baseline = SVG.number(y + Self.barHeight - 2)
        let end = x(row.total)
        var out = "<g" + HTML.attributes([HTML.classes("row", focusClass)]) + ">"
        out +=
            "<text" + HTML.attributes([HTML.classes("rank", "muted")])
            + " x=\"\(SVG.number(Self.rankRight))\" y=\"\(baseline)\" text-anchor=\"end\">\(row.rank.map(String.init) ?? "")</text>"
        out +=
            "<text" + HTML.attributes([HTML.classes("label", focusClass)])
            + " x=\"\(SVG.number(Self.labelRight))\" y=\"\(baseline)\" text-anchor=\"end\">"
            + (isFocus ? "▶ " : "") + name + "</text>"
        out +=
            "<rect"
            + HTML.attributes([
                HTML.classes("bar", row.source.rawValue, focusClass),
                ("data-province", row.province.code.description),
            ])
            + " x=\"\(SVG.number(Self.barLeft))\" y=\"\(SVG.number(y))\" width=\"\(SVG.number(Swift.max(0.5, end - Self.barLeft)))\""
            + " height=\"\(SVG.number(Self.barHeight))\">"
            + "<title>" + strings.barTitle(row.rank ?? 0, name, HTML.escape(points), row.source) + "</title></rect>"
        out +=
            "<text" + HTML.attributes([HTML.classes("value", focusClass)])
            + " x=\"\(SVG.number(end + 5))\" y=\"\(baseline)\">" + HTML.escape(points) + "</text>"
        if let change = row.rankChange {
            let (symbol, kind) =
                change > 0 ? ("▲\(change)", "up") : change < 0 ? ("▼\(-change)", "down") : ("=", "muted")
            out +=
                "<text class=\"change \(kind)\" x=\"\(SVG.number(Self.changeRight))\" y=\"\(baseline)\" text-anchor=\"end\">\(symbol)</text>"
        }
        return out + "</g>"
    }

    /// Swatches for computed, published, focus and the cut.
    private func legend() -> String {
        func swatch(_ classes: String) -> String {
            "<svg viewBox=\"0 0 26 12\" aria-hidden=\"true\"><rect class=\"\(classes)\" x=\"1\" y=\"1\" width=\"24\" height=\"10\"/></svg>"
        }
        let line =
            "<svg viewBox=\"0 0 26 12\" aria-hidden=\"true\"><line class=\"cut\" x1=\"0\" y1=\"6\" x2=\"26\" y2=\"6\"/></svg>"
        var items = [
            swatch("bar computed") + HTML.escape(strings.computed),
            swatch("bar published") + HTML.escape(strings.published),
        ]
        if let focusRow = ranking.first(where: { $0.province.code == focus }) {
            items.append(swatch("bar computed focus") + HTML.escape(focusRow.province.name))
        }
        items.append(line + HTML.escape(strings.topCut(String(targetRank))))
        return "<figcaption><ul class=\"legend\">" + items.map { HTML.element("li", [], $0) }.joined()
            + "</ul></figcaption>"
    }
}
