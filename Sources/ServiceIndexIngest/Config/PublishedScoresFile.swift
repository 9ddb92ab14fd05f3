import ServiceIndexCore

/// Reads the scores the portal published (`--published`, also `--peer-scores`), in either form
/// or both (docs/methodology.md, Published scores):
///
/// ```
/// province,indicator,points,numerator,denominator,period
/// 66,ON_TIME_RATE,17.35,8120,9360,2025-Q3
/// Đắk Lắk,ckmb.publish_on_time,5.2,,,2025-Q3
/// Hà Nội,total,80.5,,,2025-Q3
/// ```
///
/// The long form has one row per province × indicator, where the indicator is a methodology id,
/// a portal metric code, a group id (the row of a group of one indicator is that indicator's) or
/// `total`; `points` may be left empty when the numerator and denominator are given, and a row
/// with no figure at all (a line of the template not filled in) gives nothing. The wide
/// form, `province,total[,ckmb,tdgq,dvctt,tttt,mdsh,mdhl]`, gives the national summary. With a
/// `period` column each row applies to the period it names; without one, to the reported period.
public enum PublishedScoresFile {
    /// Loads and checks a published file against the methodology.
    /// - Throws: `IngestError` with the line and column of the first unknown province or
    ///   indicator, bad number, points above the maximum, or figure given twice with different
    ///   values.
    public static func load(path: String, methodology: Methodology) throws(IngestError) -> PublishedFile {
        let csv = try SmallCSV(path: path)
        var reader = Reader(csv: csv, methodology: methodology)
        let provinceColumn = try csv.requireColumn("province", "province_code", "province_name", "MaTinh", "Tỉnh")
        let periodColumn = csv.column("period", "ky", "ky_danh_gia")
        if let indicatorColumn = csv.column("indicator", "metric", "chi_so", "chi_tieu") {
            let pointsColumn = try csv.requireColumn("points", "score", "diem")
            let numeratorColumn = csv.column("numerator", "tu_so")
            let denominatorColumn = csv.column("denominator", "mau_so")
            for row in try reader.rows() {
                // A row with no figure at all is a line of the template not filled in.
                let figures = [pointsColumn, numeratorColumn, denominatorColumn].compactMap { $0 }
                if figures.allSatisfy({ row.fields[$0].isEmpty }) { continue }
                let target = try reader.target(row, indicatorColumn)
                let numerator = try reader.count(row, numeratorColumn)
                let denominator = try reader.count(row, denominatorColumn)
                let points: Double
                if row.fields[pointsColumn].isEmpty, let numerator, let denominator,
                    case .indicator(let indicator) = target
                {
                    points =
                        denominator > 0
                        ? Methodology.points(rate: Double(numerator) / Double(denominator), of: indicator) : 0
                } else {
                    points = try reader.points(row, pointsColumn, of: target)
                }
                try reader.add(
                    PublishedValue(points: points, numerator: numerator, denominator: denominator, line: row.line),
                    to: target, province: try reader.province(row, provinceColumn),
                    period: try reader.period(row, periodColumn), row: row, column: pointsColumn)
            }
        } else {
            let totalColumn = try csv.requireColumn("total", "score", "tong_diem")
            let columns: [(Reader.Target, Int)] =
                [(.total, totalColumn)]
                + Methodology.groupCodes.compactMap { code in
                    csv.column(code).map { (reader.groupTarget(code), $0) }
                }
            for row in try reader.rows() {
                let province = try reader.province(row, provinceColumn)
                let period = try reader.period(row, periodColumn)
                for (target, column) in columns where !row.fields[column].isEmpty || column == totalColumn {
                    let points = try reader.points(row, column, of: target)
                    try reader.add(
                        PublishedValue(points: points, line: row.line), to: target, province: province,
                        period: period, row: row, column: column)
                }
            }
        }
        return reader.file
    }
}

/// The rows of a published file, checked one by one.
private struct Reader {
    /// What a row gives points for.
    enum Target: Hashable {
        case indicator(Indicator)
        case group(String)
        case total

        var name: String {
            switch self {
            case .indicator(let indicator): indicator.id
            case .group(let code): code
            case .total: "total"
            }
        }

        func hash(into hasher: inout Hasher) { hasher.combine(name) }
        static func == (a: Target, b: Target) -> Bool { a.name == b.name }
    }

    let csv: SmallCSV
    let methodology: Methodology
    private(set) var file = PublishedFile()
    private var seen: [String: PublishedValue] = [:]

    init(csv: SmallCSV, methodology: Methodology) {
        self.csv = csv
        self.methodology = methodology
    }

    /// The data rows, blank lines left out, each with the header's number of fields.
    func rows() throws(IngestError) -> [SmallCSV.Row] {
        var rows: [SmallCSV.Row] = []
        for row in csv.rows where !(row.fields.count == 1 && row.fields[0].isEmpty) {
            guard row.fields.count == csv.keys.count else {
                throw csv.error(row, column: nil, "expected \(csv.keys.count) fields, found \(row.fields.count)")
            }
            rows.append(row)
        }
        return rows
    }

    func province(_ row: SmallCSV.Row, _ column: Int) throws(IngestError) -> ProvinceCode {
        let name = row.fields[column]
        guard let province = ProvinceRegistry.standard.resolve(name) else {
            throw csv.error(row, column: column, "unknown province '\(name)'")
        }
        return province.code
    }

    /// The period a row names; nil without a period column or with its cell empty.
    func period(_ row: SmallCSV.Row, _ column: Int?) throws(IngestError) -> Period? {
        guard let column, !row.fields[column].isEmpty else { return nil }
        guard let period = Period(row.fields[column]) else {
            throw csv.error(
                row, column: column,
                "period: expected YYYY-MM, YYYY-Qn or YYYY, found '\(row.fields[column])'")
        }
        return period
    }

    func groupTarget(_ code: String) -> Target {
        let members = methodology.indicators(inGroup: code)
        return members.count == 1 ? .indicator(members[0]) : .group(code)
    }

    func target(_ row: SmallCSV.Row, _ column: Int) throws(IngestError) -> Target {
        let name = row.fields[column]
        if let indicator = methodology.indicator(named: name) { return .indicator(indicator) }
        let folded = name.lowercased()
        if Methodology.groupCodes.contains(folded) { return groupTarget(folded) }
        if folded == "total" { return .total }
        throw csv.error(
            row, column: column,
            "unknown indicator '\(name)' (expected an indicator id of \(methodology.name), a portal metric code, "
                + "a group (\(Methodology.groupCodes.joined(separator: ", "))) or total)")
    }

    func maximum(of target: Target) -> Double {
        switch target {
        case .indicator(let indicator): indicator.maxPoints
        case .group(let code): methodology.indicators(inGroup: code).reduce(0) { $0 + $1.maxPoints }
        case .total: Methodology.portalPoints
        }
    }

    func points(_ row: SmallCSV.Row, _ column: Int, of target: Target) throws(IngestError) -> Double {
        let text = row.fields[column]
        let maximum = self.maximum(of: target)
        guard let value = SmallCSV.number(text), value >= 0 else {
            throw csv.error(row, column: column, "\(target.name): expected a number of points ≥ 0, found '\(text)'")
        }
        guard Rounding.cents(value) <= Rounding.cents(maximum) else {
            throw csv.error(
                row, column: column,
                "\(target.name): \(text) points is above its maximum of \(NumberFormat.fixed(maximum, decimals: 2))")
        }
        return value
    }

    /// A whole count ≥ 0; nil without the column or with its cell empty.
    func count(_ row: SmallCSV.Row, _ column: Int?) throws(IngestError) -> Int64? {
        guard let column, !row.fields[column].isEmpty else { return nil }
        let text = row.fields[column]
        guard text.utf8.count <= 15, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let value = Int64(text) else {
            throw csv.error(row, column: column, "expected a whole number of dossiers, found '\(text)'")
        }
        return value
    }

    mutating func add(
        _ value: PublishedValue, to target: Target, province: ProvinceCode, period: Period?, row: SmallCSV.Row,
        column: Int
    ) throws(IngestError) {
        let key = "\(province)|\(target.name)|\(period?.description ?? "")"
        if let earlier = seen[key] {
            guard earlier.points == value.points, earlier.numerator == value.numerator,
                earlier.denominator == value.denominator
            else {
                throw csv.error(
                    row, column: column,
                    "\(target.name) of province \(province) is given twice with different values "
                        + "(line \(earlier.line) and line \(row.line))")
            }
            return
        }
        seen[key] = value
        var scores = period.map { file.dated[$0] ?? .none } ?? file.undated
        var given = scores.provinces[province] ?? PublishedScores.Province()
        switch target {
        case .indicator(let indicator): given.indicators[indicator.id] = value
        case .group(let code): given.groups[code] = value
        case .total: given.total = value
        }
        scores.provinces[province] = given
        if let period { file.dated[period] = scores } else { file.undated = scores }
    }
}
