import ServiceIndexCore

/// Reads published scores (`--peer-scores`): `province,total` with optional group columns
/// `ckmb,tdgq,dvctt,tttt,mdsh,mdhl`. A province is a code, DVCQG code or name.
public enum PeerScoresFile {
    /// - Throws: `IngestError` for an unknown province, a bad number or a province listed twice.
    public static func load(path: String) throws(IngestError) -> [PeerScore] {
        let csv = try SmallCSV(path: path)
        let provinceColumn = try csv.requireColumn("province", "province_code", "province_name", "MaTinh", "Tỉnh")
        let totalColumn = try csv.requireColumn("total", "score", "tong_diem")
        let groupColumns = Methodology.groupCodes.compactMap { code in csv.column(code).map { (code, $0) } }
        var scores: [PeerScore] = []
        var seen = Set<ProvinceCode>()
        for row in csv.rows where !(row.fields.count == 1 && row.fields[0].isEmpty) {
            guard row.fields.count == csv.keys.count else {
                throw csv.error(row, column: nil, "expected \(csv.keys.count) fields, found \(row.fields.count)")
            }
            let name = row.fields[provinceColumn]
            guard let province = ProvinceRegistry.standard.resolve(name) else {
                throw csv.error(row, column: provinceColumn, "unknown province '\(name)'")
            }
            guard seen.insert(province.code).inserted else {
                throw csv.error(
                    row, column: provinceColumn, "province \(province.code) (\(province.name)) is listed twice")
            }
            guard let total = SmallCSV.number(row.fields[totalColumn]), (0...100).contains(total) else {
                throw csv.error(
                    row, column: totalColumn,
                    "total: expected a number from 0 to 100, found '\(row.fields[totalColumn])'")
            }
            var groups: [String: Double] = [:]
            for (code, column) in groupColumns where !row.fields[column].isEmpty {
                guard let value = SmallCSV.number(row.fields[column]), (0...100).contains(value) else {
                    throw csv.error(
                        row, column: column, "\(code): expected a number from 0 to 100, found '\(row.fields[column])'")
                }
                groups[code] = value
            }
            scores.append(PeerScore(province: province.code, total: total, groups: groups))
        }
        return scores
    }
}
