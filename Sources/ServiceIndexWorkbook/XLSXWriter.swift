import CLibXLSXWriter
import Foundation
import ServiceIndexReport

/// A Swift face on libxlsxwriter, the only code that calls it: sheets, typed cells, styles,
/// frozen and filtered header rows, column widths and a bar chart, every C return code turned
/// into an `XLSXError`.
///
/// The workbook is kept in memory (no constant-memory mode, so the chart's cached values can be
/// filled from the sheets), written by `finish()` to a temporary file and returned as bytes. The
/// document's created time is fixed by the caller, which makes the bytes a function of the
/// content alone.
///
/// ```swift
/// let writer = try XLSXWriter(properties: .init(title: "Report", created: 0))
/// let sheet = try writer.addSheet("Data")
/// try writer.write(sheet, row: 0, column: 0, .text("=not a formula"))
/// let bytes = try writer.finish()
/// ```
final class XLSXWriter {
    /// A sheet added to the workbook.
    struct Sheet: Hashable {
        fileprivate let index: Int
        /// The sheet's name, as charts refer to it.
        let name: String
    }

    /// A cell's value.
    enum Value: Equatable {
        /// A string cell: stored as text whatever it starts with, never as a formula.
        case text(String)
        case number(Double)
    }

    /// How a cell looks. Equal styles share one format record.
    struct Style: Hashable {
        var numberFormat: String?
        var bold = false
        var wrap = false
        var fontSize: Double?
        var fillColour: UInt32?
        var bottomBorder = false
        var alignTop = false
        var horizontal: Alignment = .general

        /// Where a cell's content sits across it.
        enum Alignment: Hashable {
            /// Text to the left, numbers to the right.
            case general
            case left
            case center
            case right
        }

        static let plain = Style()
    }

    /// The workbook's document properties.
    struct Properties {
        var title: String
        var subject = ""
        var author = "service-index"
        /// Seconds since 1970 shown as the created time; with it set, libxlsxwriter dates every zip
        /// entry 1980-01-01.
        var created: Int
    }

    /// A bar chart of one column against another column of the same sheet.
    struct BarChart {
        var title: String
        var seriesName: String
        var dataSheet: Sheet
        var categoryColumn: Int
        var valueColumn: Int
        var firstRow: Int
        var lastRow: Int
        var colour: UInt32
        /// The bar drawn in `highlightColour`, counted from `firstRow`.
        var highlighted: Int?
        var highlightColour: UInt32
        /// The number format of the bars' labels.
        var valueFormat: String
        /// The number format of the value axis.
        var axisFormat: String
        var valueMaximum: Double?
        var widthPixels: Int
        var heightPixels: Int
    }

    /// The most characters a cell can hold in Excel; longer text is cut there.
    static let maxTextLength = 32_767

    private let path: String
    private var workbook: UnsafeMutablePointer<lxw_workbook>?
    private var worksheets: [UnsafeMutablePointer<lxw_worksheet>] = []
    /// Held while a workbook closes (see `finish`).
    private static let closing = NSLock()
    private var formats: [Style: UnsafeMutablePointer<lxw_format>] = [:]

    /// Starts a workbook in a new temporary file (`mkstemps`, `workbook_new_opt`,
    /// `workbook_set_properties`).
    /// - Throws: `XLSXError` when the file or the workbook cannot be created.
    init(properties: Properties) throws(XLSXError) {
        var template = Array((NSTemporaryDirectory() + "/service-index-XXXXXX.xlsx").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemps($0.baseAddress!, 5) }
        guard descriptor >= 0 else {
            throw XLSXError(
                operation: "create a temporary file", code: nil, reason: String(cString: strerror(errno)))
        }
        close(descriptor)
        path = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        var options = lxw_workbook_options(constant_memory: 0, tmpdir: nil, use_zip64: 1)
        workbook = workbook_new_opt(path, &options)
        guard let workbook else {
            unlink(path)
            throw XLSXError(operation: "create the workbook", code: nil, reason: "libxlsxwriter returned no workbook")
        }
        let status = properties.title.withCString { title in
            properties.subject.withCString { subject in
                properties.author.withCString { author in
                    var documentProperties = lxw_doc_properties()
                    documentProperties.title = UnsafeMutablePointer(mutating: title)
                    documentProperties.subject = UnsafeMutablePointer(mutating: subject)
                    documentProperties.author = UnsafeMutablePointer(mutating: author)
                    documentProperties.created = time_t(properties.created)
                    return workbook_set_properties(workbook, &documentProperties)
                }
            }
        }
        try check(status, "set the document properties")
    }

    deinit {
        // A workbook never finished is freed without being written.
        if let workbook { lxw_workbook_free(workbook) }
        unlink(path)
    }

    /// Adds a sheet at the end (`workbook_add_worksheet`; `workbook_validate_sheet_name` says why
    /// a name is refused).
    func addSheet(_ name: String) throws(XLSXError) -> Sheet {
        let worksheet = workbook_add_worksheet(try open(), name)
        guard let worksheet else {
            let code = workbook_validate_sheet_name(workbook, name)
            throw XLSXError(
                operation: "add sheet \"\(name)\"", code: Int32(code.rawValue),
                reason: String(cString: lxw_strerror(code)))
        }
        worksheets.append(worksheet)
        return Sheet(index: worksheets.count - 1, name: name)
    }

    /// Writes one cell, 0-based row and column (`worksheet_write_number`,
    /// `worksheet_write_string`).
    func write(_ sheet: Sheet, row: Int, column: Int, _ value: Value, _ style: Style = .plain) throws(XLSXError) {
        let worksheet = worksheets[sheet.index]
        let format = try self.format(style)
        let status: lxw_error
        switch value {
        case .number(let number):
            status = worksheet_write_number(worksheet, lxw_row_t(row), lxw_col_t(column), number, format)
        case .text(let text):
            let kept = text.unicodeScalars.count > Self.maxTextLength ? Self.cut(text) : text
            status = worksheet_write_string(worksheet, lxw_row_t(row), lxw_col_t(column), kept, format)
        }
        try check(status, "write \(sheet.name) row \(row + 1) column \(column + 1)")
    }

    /// Sets the width (in characters of the default font) of one column (`worksheet_set_column`).
    func setColumnWidth(_ sheet: Sheet, column: Int, width: Double) throws(XLSXError) {
        let status = worksheet_set_column(worksheets[sheet.index], lxw_col_t(column), lxw_col_t(column), width, nil)
        try check(status, "size \(sheet.name) column \(column + 1)")
    }

    /// Sets the height (in points) of one row, for text wrapped over several lines
    /// (`worksheet_set_row`).
    func setRowHeight(_ sheet: Sheet, row: Int, height: Double) throws(XLSXError) {
        try check(
            worksheet_set_row(worksheets[sheet.index], lxw_row_t(row), height, nil), "size \(sheet.name) row \(row + 1)"
        )
    }

    /// Tells Excel that digits stored as text (codes such as `01`) are meant so: no warning marks
    /// (`worksheet_ignore_errors`).
    func allowNumbersAsText(_ sheet: Sheet) throws(XLSXError) {
        let status = worksheet_ignore_errors(
            worksheets[sheet.index], UInt8(LXW_IGNORE_NUMBER_STORED_AS_TEXT.rawValue), "A1:XFD1048576")
        try check(status, "mark the codes of \(sheet.name) as text")
    }

    /// Keeps the first `rows` rows in view while scrolling (`worksheet_freeze_panes`).
    func freezeRows(_ sheet: Sheet, _ rows: Int) {
        worksheet_freeze_panes(worksheets[sheet.index], lxw_row_t(rows), 0)
    }

    /// Puts filter buttons on `row`, over columns 0…`lastColumn` down to `lastRow`
    /// (`worksheet_autofilter`).
    func filter(_ sheet: Sheet, row: Int, lastRow: Int, lastColumn: Int) throws(XLSXError) {
        let status = worksheet_autofilter(
            worksheets[sheet.index], lxw_row_t(row), 0, lxw_row_t(lastRow), lxw_col_t(lastColumn))
        try check(status, "filter \(sheet.name)")
    }

    /// Prints the sheet on A4 landscape, repeating row `headerRow` on every page, scaled to one
    /// page wide when `fitWidth` (`worksheet_set_landscape`, `worksheet_set_paper`,
    /// `worksheet_fit_to_pages`, `worksheet_repeat_rows`).
    func setPrintLayout(_ sheet: Sheet, headerRow: Int?, fitWidth: Bool) throws(XLSXError) {
        let worksheet = worksheets[sheet.index]
        worksheet_set_landscape(worksheet)
        worksheet_set_paper(worksheet, 9)  // A4
        if fitWidth { worksheet_fit_to_pages(worksheet, 1, 0) }
        if let headerRow {
            try check(
                worksheet_repeat_rows(worksheet, lxw_row_t(headerRow), lxw_row_t(headerRow)),
                "repeat the header of \(sheet.name)")
        }
    }

    /// Inserts a bar chart (horizontal bars, first category at the top) at a cell of `sheet`
    /// (`workbook_add_chart`, `chart_add_series`, `chart_series_set_*`, `chart_axis_set_*`,
    /// `worksheet_insert_chart_opt`).
    func insert(_ chart: BarChart, into sheet: Sheet, row: Int, column: Int) throws(XLSXError) {
        guard let chartObject = workbook_add_chart(try open(), UInt8(LXW_CHART_BAR.rawValue)) else {
            throw XLSXError(operation: "add a chart", code: nil, reason: "libxlsxwriter returned no chart")
        }
        guard let series = chart_add_series(chartObject, nil, nil) else {
            throw XLSXError(operation: "add a chart series", code: nil, reason: "libxlsxwriter returned no series")
        }
        let first = lxw_row_t(chart.firstRow)
        let last = lxw_row_t(chart.lastRow)
        chart_series_set_categories(
            series, chart.dataSheet.name, first, lxw_col_t(chart.categoryColumn), last,
            lxw_col_t(chart.categoryColumn))
        chart_series_set_values(
            series, chart.dataSheet.name, first, lxw_col_t(chart.valueColumn), last, lxw_col_t(chart.valueColumn))
        chart_series_set_name(series, chart.seriesName)
        var fill = lxw_chart_fill(color: chart.colour, none: 0, transparency: 0)
        chart_series_set_fill(series, &fill)
        chart_set_series_gap(chartObject, 40)
        chart_series_set_labels(series)
        chart_series_set_labels_num_format(series, chart.valueFormat)
        if let highlighted = chart.highlighted, highlighted >= 0, highlighted <= chart.lastRow - chart.firstRow {
            try setHighlight(series, index: highlighted, colour: chart.highlightColour)
        }
        chart_title_set_name(chartObject, chart.title)
        chart_legend_set_position(chartObject, UInt8(LXW_CHART_LEGEND_NONE.rawValue))
        // A bar chart's categories run up the y axis: reversed, rank 1 is at the top, and the
        // value axis is kept at the bottom by crossing at the last category.
        chart_axis_set_reverse(chartObject.pointee.y_axis)
        chart_axis_set_crossing_max(chartObject.pointee.y_axis)
        chart_axis_set_num_format(chartObject.pointee.x_axis, chart.axisFormat)
        chart_axis_set_min(chartObject.pointee.x_axis, 0)
        if let maximum = chart.valueMaximum { chart_axis_set_max(chartObject.pointee.x_axis, maximum) }
        var options = lxw_chart_options()
        options.x_scale = Double(chart.widthPixels) / 480
        options.y_scale = Double(chart.heightPixels) / 288
        try check(
            worksheet_insert_chart_opt(
                worksheets[sheet.index], lxw_row_t(row), lxw_col_t(column), chartObject, &options),
            "insert the chart into \(sheet.name)")
    }

    /// Writes the workbook and returns its bytes; the writer cannot be used afterwards
    /// (`workbook_close`).
    func finish() throws(XLSXError) -> [UInt8] {
        let open = try open()
        // workbook_close dates the document with gmtime, whose result is one buffer shared by
        // the process: two workbooks closing at once could swap their dates.
        let status = Self.closing.withLock { workbook_close(open) }
        workbook = nil  // workbook_close frees it, whatever its result
        try check(status, "write the workbook")
        guard let data = FileManager.default.contents(atPath: path) else {
            throw XLSXError(operation: "read the written workbook", code: nil, reason: "cannot read \(path)")
        }
        return [UInt8](data)
    }

    /// The one series point in `colour`, every other point as the series is
    /// (`chart_series_set_points`, which copies the points).
    private func setHighlight(
        _ series: UnsafeMutablePointer<lxw_chart_series>, index: Int, colour: UInt32
    ) throws(XLSXError) {
        var fill = lxw_chart_fill(color: colour, none: 0, transparency: 0)
        let status = withUnsafeMutablePointer(to: &fill) { fillPointer in
            let points = UnsafeMutablePointer<lxw_chart_point>.allocate(capacity: index + 1)
            points.initialize(repeating: lxw_chart_point(), count: index + 1)
            points[index].fill = fillPointer
            defer { points.deallocate() }
            var list: [UnsafeMutablePointer<lxw_chart_point>?] = (0...index).map { points + $0 }
            list.append(nil)
            return list.withUnsafeMutableBufferPointer { chart_series_set_points(series, $0.baseAddress) }
        }
        try check(status, "colour the highlighted bar")
    }

    /// The format record of a style, made once (`workbook_add_format`, `format_set_*`).
    private func format(_ style: Style) throws(XLSXError) -> UnsafeMutablePointer<lxw_format>? {
        if style == .plain { return nil }
        if let format = formats[style] { return format }
        guard let format = workbook_add_format(try open()) else {
            throw XLSXError(operation: "add a cell format", code: nil, reason: "libxlsxwriter returned no format")
        }
        if let numberFormat = style.numberFormat { format_set_num_format(format, numberFormat) }
        if style.bold { format_set_bold(format) }
        if style.wrap { format_set_text_wrap(format) }
        if let size = style.fontSize { format_set_font_size(format, size) }
        if let colour = style.fillColour {
            format_set_pattern(format, UInt8(LXW_PATTERN_SOLID.rawValue))
            format_set_bg_color(format, colour)
        }
        if style.bottomBorder { format_set_bottom(format, UInt8(LXW_BORDER_THIN.rawValue)) }
        if style.alignTop { format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue)) }
        switch style.horizontal {
        case .general: break
        case .left: format_set_align(format, UInt8(LXW_ALIGN_LEFT.rawValue))
        case .center: format_set_align(format, UInt8(LXW_ALIGN_CENTER.rawValue))
        case .right: format_set_align(format, UInt8(LXW_ALIGN_RIGHT.rawValue))
        }
        formats[style] = format
        return format
    }

    private func open() throws(XLSXError) -> UnsafeMutablePointer<lxw_workbook> {
        guard let workbook else {
            throw XLSXError(operation: "use the workbook", code: nil, reason: "it was already written")
        }
        return workbook
    }

    private func check(_ status: lxw_error, _ operation: String) throws(XLSXError) {
        guard status != LXW_NO_ERROR else { return }
        throw XLSXError(
            operation: operation, code: Int32(status.rawValue), reason: String(cString: lxw_strerror(status)))
    }

    /// Text cut to the most a cell holds.
    private static func cut(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.prefix(maxTextLength))
        return String(scalars)
    }
}
