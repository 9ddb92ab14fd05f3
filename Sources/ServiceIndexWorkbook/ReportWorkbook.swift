import ServiceIndexCore
import ServiceIndexReport

/// `report.xlsx`: the report as one workbook for Excel and LibreOffice.
///
/// The first sheet summarises the focus province (period, rank, total, the points to the target
/// rank, the gap table and a bar chart of the ranking with its bar in its own colour); then one
/// sheet per report table, from the same cells as the CSV files. Numbers are stored as numbers
/// holding the CSV's values (rates shown as percentages, points with 2 decimals, counts as
/// integers); text is stored as text, never as a formula, so `=1+1` stays those characters. Each
/// table's header row is frozen and filtered, its columns sized to their content, its labels in
/// the report's language. The document's created time is the end of the period, so the same
/// report gives the same bytes.
///
/// ```swift
/// let bytes = try ReportWorkbook.render(report: report, tables: tables, language: .vi)
/// bytes.prefix(2) == [0x50, 0x4B]   // a zip container
/// ```
public enum ReportWorkbook {
    static let headerStyle = XLSXWriter.Style(bold: true, fillColour: 0xDCE6F1, bottomBorder: true)
    static let barColour: UInt32 = 0x8EA9C8
    static let focusColour: UInt32 = 0xC0392B
    /// The widest a column is sized to, in characters; longer text wraps.
    static let maxColumnWidth = 60.0
    /// The widest a sheet (in characters) that still prints at one page wide.
    static let maxPrintWidth = 260.0

    /// Renders the workbook.
    ///
    /// - Parameters:
    ///   - report: the period's ranking and focus analysis, for the summary sheet and the chart.
    ///   - tables: the report tables, one sheet each, in order (`ReportFiles.tables`).
    ///   - language: the language of sheet names, labels and the summary.
    /// - Throws: `XLSXError` when libxlsxwriter fails.
    public static func render(
        report: PeriodReport, tables: [ReportTable], language: ReportLanguage
    ) throws(XLSXError) -> [UInt8] {
        let strings = WorkbookStrings.of(language)
        let html = HTMLStrings.of(language)
        let writer = try XLSXWriter(
            properties: .init(
                title: html.documentTitle(html.period(report.period), report.focus.province.name),
                subject: report.methodology.name, created: Int(report.end.seconds)))
        let summary = try writer.addSheet(strings.summarySheet)
        var sheets: [String: XLSXWriter.Sheet] = [:]
        for table in tables {
            sheets[table.name] = try writeTable(table, to: writer, strings: strings)
        }
        var chart: XLSXWriter.BarChart?
        if let rankings = tables.first(where: { $0.name == "rankings" }), let sheet = sheets[rankings.name] {
            chart = rankingChart(report: report, table: rankings.table, sheet: sheet, strings: strings)
        }
        try SummarySheet(report: report, strings: strings, html: html).write(to: writer, sheet: summary, chart: chart)
        return try writer.finish()
    }

    /// One table's sheet: labelled header row, frozen and filtered, then the rows, then (when
    /// rows were left out) a line saying how many there were.
    static func writeTable(
        _ table: ReportTable, to writer: XLSXWriter, strings: WorkbookStrings
    ) throws(XLSXError) -> XLSXWriter.Sheet {
        let sheet = try writer.addSheet(strings.sheetName(table.name))
        let header = table.table.header
        let rows = table.table.rows.prefix(table.sheetRowLimit ?? table.table.rows.count)
        var widths = [Double](repeating: 0, count: header.count)
        for (column, name) in header.enumerated() {
            let label = strings.label(name)
            // A label stands over its figures: on the right over numbers, centred over ranks.
            var style = headerStyle
            if let kind = numberKind(of: column, in: rows) { style.horizontal = kind == .integer ? .center : .right }
            try writer.write(sheet, row: 0, column: column, .text(label), style)
            // Bold text and the filter button take about three characters more.
            widths[column] = Double(label.count) * 1.1 + 3
        }
        for (index, row) in rows.enumerated() {
            var lines = 1
            for (column, cell) in row.enumerated() {
                guard let (value, plainStyle, shown) = content(cell) else { continue }
                var style = plainStyle
                // Text wider than a column can be wraps, and its row grows to show every line.
                let width = Double(shown) + 2
                style.wrap = width > maxColumnWidth
                if style.wrap { lines = max(lines, Int((width / (maxColumnWidth - 4)).rounded(.up))) }
                try writer.write(sheet, row: index + 1, column: column, value, style)
                if column < widths.count { widths[column] = max(widths[column], width) }
            }
            if lines > 1 { try writer.setRowHeight(sheet, row: index + 1, height: 15 * Double(lines)) }
        }
        writer.freezeRows(sheet, 1)
        try writer.allowNumbersAsText(sheet)
        try writer.filter(sheet, row: 0, lastRow: max(rows.count, 1), lastColumn: max(header.count - 1, 0))
        widths = widths.map { min($0, maxColumnWidth) }
        for (column, width) in widths.enumerated() {
            try writer.setColumnWidth(sheet, column: column, width: width)
        }
        try writer.setPrintLayout(sheet, headerRow: 0, fitWidth: widths.reduce(0, +) <= maxPrintWidth)
        if table.sheetRowLimit != nil {
            try writer.write(
                sheet, row: rows.count + 2, column: 0,
                .text(strings.limitNote(table.table.rows.count, rows.count, table.fileName)))
        }
        return sheet
    }

    /// A cell's stored value, its style and about how many characters it shows; nil when empty.
    static func content(_ cell: Cell) -> (XLSXWriter.Value, XLSXWriter.Style, Int)? {
        switch cell {
        case .empty:
            return nil
        case .text(let text):
            let longestLine =
                text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
                .map(\.count).max() ?? 0
            return (.text(text), .plain, longestLine)
        case .number(let digits, let kind):
            guard let value = Double(digits) else { return (.text(digits), .plain, digits.count) }
            // Ranks are centred, so that they do not run into a code beside them.
            let style = XLSXWriter.Style(
                numberFormat: numberFormat(kind), horizontal: kind == .integer ? .center : .general)
            let shown = kind == .count ? digits.count + digits.count / 3 : digits.count
            return (.number(value), style, shown)
        }
    }

    /// The kind of number a column holds, when every non-empty cell of it is one.
    static func numberKind(of column: Int, in rows: ArraySlice<[Cell]>) -> Cell.NumberKind? {
        var found: Cell.NumberKind?
        for row in rows where column < row.count {
            switch row[column] {
            case .empty: continue
            case .text: return nil
            case .number(_, let kind): found = found ?? kind
            }
        }
        return found
    }

    /// The spreadsheet number format of a kind of number.
    static func numberFormat(_ kind: Cell.NumberKind) -> String {
        switch kind {
        case .integer: "0"
        case .count: "#,##0"
        case .rate: "0.00%"
        case .decimal(let decimals): decimals > 0 ? "0." + String(repeating: "0", count: decimals) : "0"
        }
    }

    /// The ranking as horizontal bars of the total, rank 1 at the top, the focus province's bar
    /// in its own colour; nil when the rankings table lacks its name or total column.
    static func rankingChart(
        report: PeriodReport, table: CSVTable, sheet: XLSXWriter.Sheet, strings: WorkbookStrings
    ) -> XLSXWriter.BarChart? {
        guard let nameColumn = table.header.firstIndex(of: "province_name"),
            let totalColumn = table.header.firstIndex(of: "total"), !report.ranking.isEmpty
        else { return nil }
        let focus = report.ranking.firstIndex { $0.province.code == report.focus.province.code }
        return XLSXWriter.BarChart(
            title: strings.chartTitle, seriesName: strings.label("total"), dataSheet: sheet,
            categoryColumn: nameColumn, valueColumn: totalColumn, firstRow: 1, lastRow: report.ranking.count,
            colour: barColour, highlighted: focus, highlightColour: focusColour, valueFormat: "0.00", axisFormat: "0",
            valueMaximum: nil, widthPixels: 760, heightPixels: 120 + 19 * report.ranking.count)
    }
}
