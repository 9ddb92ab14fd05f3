import ServiceIndexCore
import ServiceIndexReport

/// The workbook's first sheet: the focus province's period, rank, total and the points to its
/// target rank, the gap analysis per indicator (as `focus.csv`, worded as in `report.html`), and
/// the ranking chart below.
struct SummarySheet {
    let report: PeriodReport
    let strings: WorkbookStrings
    let html: HTMLStrings

    private static let titleStyle = XLSXWriter.Style(bold: true, fontSize: 14)
    private static let labelStyle = XLSXWriter.Style(bold: true)
    private static let points = XLSXWriter.Style(numberFormat: "0.00")
    private static let totalPoints = XLSXWriter.Style(numberFormat: "0.00", bold: true)
    private static let factPoints = XLSXWriter.Style(numberFormat: "0.00", horizontal: .left)
    private static let factTotal = XLSXWriter.Style(numberFormat: "0.00", bold: true, horizontal: .left)
    private static let factWhole = XLSXWriter.Style(numberFormat: "0", horizontal: .left)
    private static let count = XLSXWriter.Style(numberFormat: "#,##0")
    private static let rate = XLSXWriter.Style(numberFormat: "0.00%")
    private static let widths: [Double] = [44, 24, 8, 10, 9, 9, 11, 22, 70]

    /// Writes the sheet, with `chart` (if any) below the gap table.
    func write(to writer: XLSXWriter, sheet: XLSXWriter.Sheet, chart: XLSXWriter.BarChart?) throws(XLSXError) {
        let focus = report.focus
        let period = report.period
        try writer.write(
            sheet, row: 0, column: 0, .text(html.documentTitle(html.period(period), focus.province.name)),
            Self.titleStyle)
        try writer.write(sheet, row: 1, column: 0, .text(html.kicker))

        var row = 3
        func fact(_ label: String, _ value: XLSXWriter.Value, _ style: XLSXWriter.Style = .plain) throws(XLSXError) {
            try writer.write(sheet, row: row, column: 0, .text(label), Self.labelStyle)
            try writer.write(sheet, row: row, column: 1, value, style)
            row += 1
        }
        try fact(strings.province, .text("\(focus.province.name) (\(focus.province.code))"))
        try fact(strings.period, .text("\(html.period(period)) (\(period))"))
        try fact(strings.periodStart, .text(CivilDate(localSeconds: period.start.localSeconds).description))
        if let asOf = report.asOf {
            try fact(strings.asOf, .text(HeadlineSection.moment(asOf)))
        } else {
            try fact(strings.periodEnd, .text(CivilDate(localSeconds: period.end.localSeconds - 1).description))
        }
        if let standing = focus.standing {
            try fact(strings.rank, .number(Double(standing.rank ?? 0)), Self.factWhole)
            try writer.write(sheet, row: row - 1, column: 2, .text(strings.rankedOf(report.ranking.count)))
            try fact(strings.total, .number(rounded(standing.total)), Self.factTotal)
            // What the total is out of, and how much of it the published file gave.
            try fact(strings.label("basis"), .number(rounded(standing.basis)), Self.factPoints)
            if let published = standing.publishedPoints {
                try fact(strings.label("published_points"), .number(rounded(published)), Self.factPoints)
            }
        } else {
            try fact(strings.rank, .text(strings.unranked))
        }
        try fact(strings.targetRank, .number(Double(focus.targetRank)), Self.factWhole)
        if let points = focus.pointsToTarget, let reference = focus.reference {
            try fact(
                focus.isInsideTarget ? strings.leadOverNext : strings.pointsToTarget, .number(rounded(points)),
                Self.factPoints)
            try fact(
                strings.reference,
                .text("\(reference.province.name) (\(html.rank.lowercased()) \(reference.rank ?? 0))"))
        }
        try fact(strings.methodology, .text(report.methodology.name))

        row += 1
        try writer.write(sheet, row: row, column: 0, .text(statement()))
        // Where the points come from, why totals on different bases are not ranked together,
        // and how to give the portal's figures.
        let words = PublishedStrings.of(html.language)
        let numbers = html.numbers
        for line in [
            words.rankingNote(report, numbers: numbers),
            words.sourcesNote(report.methodology, numbers: numbers),
            words.howToPublish,
        ] {
            row += 1
            try writer.write(sheet, row: row, column: 0, .text(line))
        }
        row += 2
        row = try writeGapTable(to: writer, sheet: sheet, from: row)

        for (column, width) in Self.widths.enumerated() {
            try writer.setColumnWidth(sheet, column: column, width: width)
        }
        try writer.setPrintLayout(sheet, headerRow: nil, fitWidth: true)
        if let chart { try writer.insert(chart, into: sheet, row: row + 1, column: 0) }
    }

    /// The gap table; returns the row after it.
    private func writeGapTable(to writer: XLSXWriter, sheet: XLSXWriter.Sheet, from start: Int) throws(XLSXError)
        -> Int
    {
        let focus = report.focus
        let gap = GapSection(report: report, strings: html)
        let header = [
            html.indicator, strings.indicatorCode, strings.group, html.rate, html.pointsColumn, html.max,
            html.headroom, strings.additionalDossiers,
            focus.isInsideTarget ? html.noteColumn : html.toReach(String(focus.targetRank)),
        ]
        for (column, label) in header.enumerated() {
            var style = ReportWorkbook.headerStyle
            if (3...7).contains(column) { style.horizontal = .right }  // over the figures
            try writer.write(sheet, row: start, column: column, .text(label), style)
        }
        var row = start + 1
        for indicator in focus.indicators {
            let score = indicator.score
            let measured = score.value.status.hasPoints
            try writer.write(
                sheet, row: row, column: 0,
                .text(PublishedStrings.of(html.language).name(score.indicator, strings: html)))
            try writer.write(sheet, row: row, column: 1, .text(score.indicator.id))
            try writer.write(sheet, row: row, column: 2, .text(score.indicator.group.uppercased()))
            if let value = score.value.rate {
                try writer.write(sheet, row: row, column: 3, .number(rounded(value, decimals: 4)), Self.rate)
            }
            if measured {
                try writer.write(sheet, row: row, column: 4, .number(rounded(score.points)), Self.points)
            }
            try writer.write(sheet, row: row, column: 5, .number(rounded(score.indicator.maxPoints)), Self.points)
            if measured {
                try writer.write(sheet, row: row, column: 6, .number(rounded(score.headroom)), Self.points)
            }
            if let additional = indicator.additionalDossiers {
                try writer.write(sheet, row: row, column: 7, .number(Double(additional)), Self.count)
            }
            try writer.write(sheet, row: row, column: 8, .text(gap.note(indicator)))
            row += 1
        }
        if let standing = focus.standing {
            let max = report.methodology.maxPoints
            try writer.write(sheet, row: row, column: 0, .text(html.total), Self.labelStyle)
            try writer.write(sheet, row: row, column: 4, .number(rounded(standing.total)), Self.totalPoints)
            try writer.write(sheet, row: row, column: 5, .number(rounded(max)), Self.points)
            try writer.write(sheet, row: row, column: 6, .number(rounded(max - standing.total)), Self.points)
            try writer.write(sheet, row: row, column: 8, .text(gap.headline()))
            row += 1
        }
        return row
    }

    /// Where the province stands and what it takes, in one sentence or two.
    private func statement() -> String {
        let focus = report.focus
        let numbers = html.numbers
        guard let standing = focus.standing else { return html.noScore(focus.province.name) }
        var text = html.gapPosition(
            focus.province.name, String(standing.rank ?? 0), String(report.ranking.count),
            numbers.decimal(standing.total, decimals: 2))
        if let points = focus.pointsToTarget, let reference = focus.reference {
            let amount = numbers.decimal(points, decimals: 2)
            text +=
                " "
                + (focus.isInsideTarget
                    ? html.gapLead(reference.province.name, String(focus.targetRank), amount)
                    : html.gapNeed(
                        amount, reference.province.name, String(reference.rank ?? 0), String(focus.targetRank)))
        } else if focus.isInsideTarget {
            text += " " + html.gapNoReference(String(focus.targetRank))
        }
        return text
    }

    /// The value the CSV files show: rounded half away from zero to `decimals`.
    private func rounded(_ value: Double, decimals: Int = 2) -> Double {
        Double(NumberFormat.fixed(value, decimals: decimals)) ?? value
    }
}
