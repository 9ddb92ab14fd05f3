import ServiceIndexCore

/// Reads a methodology from a CSV file a person can edit in a spreadsheet:
///
/// ```
/// indicator,group,metric,max,threshold,source,portal_code,group_title
/// tdgq.on_time,tdgq,timeliness_rate,20,1.0,exports,ON_TIME_RATE,TDGQ Tiến độ giải quyết
/// dvctt.online,dvctt,online_rate,12,0.5,published_first,,
/// ckmb.publish_on_time,ckmb,,6,1,published,PUBLISH_ON_TIME,
/// ```
///
/// `group` is one of ckmb, tdgq, dvctt, tttt, mdsh, mdhl; `metric` one of the metric names
/// (docs/methodology.md, Metrics), empty for an indicator only the portal publishes;
/// `threshold` in (0, 1]; `source` one of exports, published, published_first (default:
/// exports when a metric is given, else published); `source`, `portal_code` and `group_title`
/// are optional. The methodology is named after the file.
public enum MethodologyFile {
    /// Loads and checks a methodology file.
    /// - Throws: `IngestError` with the file, line and column of the first problem.
    public static func load(path: String) throws(IngestError) -> Methodology {
        let csv = try SmallCSV(path: path)
        let idColumn = try csv.requireColumn("indicator", "id")
        let groupColumn = try csv.requireColumn("group")
        let metricColumn = try csv.requireColumn("metric")
        let maxColumn = try csv.requireColumn("max", "max_points")
        let thresholdColumn = try csv.requireColumn("threshold", "t")
        let titleColumn = csv.column("group_title", "title")
        let sourceColumn = csv.column("source")
        let codeColumn = csv.column("portal_code", "portal_metric")
        var indicators: [Indicator] = []
        for row in csv.rows {
            guard row.fields.count == csv.keys.count else {
                throw csv.error(row, column: nil, "expected \(csv.keys.count) fields, found \(row.fields.count)")
            }
            let metricName = row.fields[metricColumn]
            let metric = Metric(rawValue: metricName)
            guard metric != nil || metricName.isEmpty else {
                let known = Metric.allCases.map(\.rawValue).joined(separator: ", ")
                throw csv.error(
                    row, column: metricColumn,
                    "unknown metric '\(metricName)' (expected one of \(known), or empty for a published indicator)")
            }
            let sourceName = sourceColumn.map { row.fields[$0] } ?? ""
            let source = IndicatorSource(rawValue: sourceName.lowercased())
            guard source != nil || sourceName.isEmpty else {
                let known = IndicatorSource.allCases.map(\.rawValue).joined(separator: ", ")
                throw csv.error(row, column: sourceColumn, "unknown source '\(sourceName)' (expected one of \(known))")
            }
            guard let max = SmallCSV.number(row.fields[maxColumn]) else {
                throw csv.error(row, column: maxColumn, "max: expected a number, found '\(row.fields[maxColumn])'")
            }
            guard let threshold = SmallCSV.number(row.fields[thresholdColumn]) else {
                throw csv.error(
                    row, column: thresholdColumn, "threshold: expected a number, found '\(row.fields[thresholdColumn])'"
                )
            }
            let group = row.fields[groupColumn].lowercased()
            let title =
                titleColumn.map { row.fields[$0] }.flatMap { $0.isEmpty ? nil : $0 }
                ?? Methodology.qd766.indicators.first { $0.group == group }?.groupTitle ?? group.uppercased()
            indicators.append(
                Indicator(
                    id: row.fields[idColumn], group: group, groupTitle: title, metric: metric,
                    maxPoints: max, threshold: threshold, source: source,
                    portalCode: codeColumn.map { row.fields[$0] }.flatMap { $0.isEmpty ? nil : $0 }, line: row.line))
        }
        let name = String(path.split(separator: "/").last ?? Substring(path))
            .replacingOccurrences(of: ".csv", with: "")
        do {
            return try Methodology(name: name, indicators: indicators)
        } catch {
            throw IngestError(.data, file: path, line: error.line ?? 1, column: 1, error.message)
        }
    }
}
