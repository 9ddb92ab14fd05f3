import ServiceIndexCore

/// One level's units as a strip plot in SVG: a dot per ranked unit at its total, the level's
/// median and P75 as vertical lines, and the marked units (furthest behind their peers)
/// ringed and named, one label row each. The axis spans the tens around the totals; dots that
/// would overlap stack upwards; shapes and dashes keep it readable in black and white.
struct UnitLevelChart {
    let units: [UnitStanding]
    let summary: UnitLevelSummary
    let marked: [UnitKey]
    /// The most the axis can show: the points the units' totals are out of.
    let maximum: Double
    let strings: HTMLStrings
    let words: UnitStrings

    private static let width = 640.0
    private static let left = 16.0
    private static let right = 16.0
    private static let rowHeight = 15.0
    private static let lane = 9.0
    private static let lanes = 4

    /// The axis: the tens that enclose the ranked totals, within 0…maximum.
    private var range: (low: Double, high: Double) {
        let totals = units.filter { $0.rank != nil }.map(\.result.scorecard.total)
        let low = max(0, ((totals.min() ?? 0) / 10).rounded(.down) * 10)
        let high = min(max(maximum, low + 10), max(low + 10, ((totals.max() ?? maximum) / 10).rounded(.up) * 10))
        return (low, high)
    }

    private func x(_ value: Double) -> Double {
        let (low, high) = range
        let span = Self.width - Self.left - Self.right
        return Self.left + span * min(max((value - low) / (high - low), 0), 1)
    }

    /// The figure, with `caption` under the plot (kept on one page with it).
    func render(caption: String) -> String {
        let ranked = units.filter { $0.rank != nil }.sorted { $0.result.scorecard.total < $1.result.scorecard.total }
        guard !ranked.isEmpty else { return "" }
        let stripTop = 8 + Double(marked.count) * Self.rowHeight
        let base = stripTop + Double(Self.lanes) * Self.lane
        let height = base + 34
        let (low, high) = range
        var svg =
            "<svg class=\"unit-strip\" viewBox=\"0 0 \(SVG.number(Self.width)) \(SVG.number(height))\" role=\"img\">"
        svg += "<title>" + HTML.escape(words.levelTitle(summary.level)) + "</title>"
        // Axis with a tick every 10 points.
        svg +=
            "<line class=\"axis\" x1=\"\(SVG.number(x(low)))\" x2=\"\(SVG.number(x(high)))\" "
            + "y1=\"\(SVG.number(base + 4))\" y2=\"\(SVG.number(base + 4))\"/>"
        for tick in stride(from: low, through: high, by: high - low > 30 ? 10 : 5) {
            svg +=
                "<text class=\"tick\" x=\"\(SVG.number(x(tick)))\" y=\"\(SVG.number(base + 18))\" "
                + "text-anchor=\"middle\">\(SVG.number(tick))</text>"
        }
        let numbers = strings.numbers
        // The median's label to the left of its line, P75's to the right: they never collide.
        let levels = [
            (summary.median, words.median, "median", "end", -4.0), (summary.p75, words.p75, "p75", "start", 4.0),
        ]
        for (value, label, style, anchor, shift) in levels {
            guard let value else { continue }
            svg +=
                "<line class=\"level-\(style)\" x1=\"\(SVG.number(x(value)))\" x2=\"\(SVG.number(x(value)))\" "
                + "y1=\"\(SVG.number(stripTop - 4))\" y2=\"\(SVG.number(base + 4))\"/>"
            svg +=
                "<text class=\"muted\" x=\"\(SVG.number(x(value) + shift))\" y=\"\(SVG.number(base + 30))\" "
                + "text-anchor=\"\(anchor)\">" + HTML.escape(label + " " + numbers.decimal(value, decimals: 2))
                + "</text>"
        }
        // Dots, stacked where they would touch.
        var placed: [(x: Double, lane: Int)] = []
        for unit in ranked {
            let cx = x(unit.result.scorecard.total)
            let taken = Set(placed.filter { abs($0.x - cx) < Self.lane }.map(\.lane))
            let lane = (0..<Self.lanes).first { !taken.contains($0) } ?? placed.count % Self.lanes
            placed.append((cx, lane))
            let cy = base - 4 - Double(lane) * Self.lane
            let isMarked = marked.contains(unit.key)
            let name = unit.name ?? unit.code ?? ""
            svg +=
                "<circle class=\"unit-dot\(isMarked ? " marked" : "")\" cx=\"\(SVG.number(cx))\" cy=\"\(SVG.number(cy))\" "
                + "r=\"\(isMarked ? 5.5 : 4)\"><title>"
                + HTML.escape(
                    name + ": " + numbers.decimal(unit.result.scorecard.total, decimals: 2)) + "</title></circle>"
            guard let row = marked.firstIndex(of: unit.key) else { continue }
            let ty = 14 + Double(row) * Self.rowHeight
            let anchor = cx > Self.width * 0.6 ? "end" : "start"
            svg +=
                "<line class=\"leader\" x1=\"\(SVG.number(cx))\" x2=\"\(SVG.number(cx))\" y1=\"\(SVG.number(ty + 3))\" "
                + "y2=\"\(SVG.number(cy - 5))\"/>"
            svg +=
                "<text class=\"label focus\" x=\"\(SVG.number(cx + (anchor == "end" ? -3 : 3)))\" y=\"\(SVG.number(ty))\" "
                + "text-anchor=\"\(anchor)\">"
                + HTML.escape(Self.short(name)) + "</text>"
        }
        svg += "</svg>"
        return HTML.element(
            "figure", [("class", "chart unit-chart")],
            svg + HTML.element("figcaption", [("class", "note")], HTML.escape(caption)))
    }

    /// A name cut to 32 characters for a label.
    static func short(_ name: String) -> String { name.count > 32 ? String(name.prefix(31)) + "…" : name }
}
