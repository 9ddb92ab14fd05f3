import ServiceIndexCore

/// Reads last quarter's ranks from a `rankings.csv` (`--previous`, or the history of earlier
/// runs): columns `province_code` (or `province`) and `rank`.
public enum PreviousRanksFile {
    public static func load(path: String) throws(IngestError) -> [ProvinceCode: Int] {
        let csv = try SmallCSV(path: path)
        let provinceColumn = try csv.requireColumn("province_code", "province")
        let rankColumn = try csv.requireColumn("rank")
        var ranks: [ProvinceCode: Int] = [:]
        for row in csv.rows where row.fields.count == csv.keys.count {
            guard let province = ProvinceRegistry.standard.resolve(row.fields[provinceColumn]) else {
                throw csv.error(row, column: provinceColumn, "unknown province '\(row.fields[provinceColumn])'")
            }
            guard let rank = Int(row.fields[rankColumn]), rank >= 1 else {
                throw csv.error(
                    row, column: rankColumn, "rank: expected a whole number ≥ 1, found '\(row.fields[rankColumn])'")
            }
            ranks[province.code] = rank
        }
        return ranks
    }
}
