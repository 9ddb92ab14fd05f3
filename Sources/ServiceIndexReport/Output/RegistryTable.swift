import ServiceIndexCore

/// The registry as a table: code, name, DVCQG code and the provinces merged into each unit.
public enum RegistryTable {
    public static func make(_ registry: ProvinceRegistry) -> CSVTable {
        CSVTable(
            header: ["province_code", "province_name", "dvcqg_code", "merged_from"],
            rows: registry.provinces.map { province in
                [
                    .text(province.code.description), .text(province.name), .text(province.dvcqgCode),
                    .text(province.mergedFrom.map { "\($0.name) (\($0.code))" }.joined(separator: "; ")),
                ]
            })
    }
}
