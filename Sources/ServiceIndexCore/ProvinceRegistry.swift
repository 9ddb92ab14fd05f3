/// The 34 provincial units (Resolution 202/2025/QH15) and every way an export may name them.
///
/// A province is accepted as its two-digit code (a one-digit code is zero-padded), its DVCQG
/// code (`H15`), or its name; a pre-merger code or name maps to the unit it merged into.
///
/// ```swift
/// ProvinceRegistry.standard.resolve("Tỉnh Phú Yên")?.code   // 66
/// ProvinceRegistry.standard.resolve("6")?.name              // "Thái Nguyên" (Bắc Kạn, 06)
/// ```
public struct ProvinceRegistry: Sendable {
    /// The units, ordered by code.
    public let provinces: [Province]
    private let byCode: [UInt8: Int]
    private let byDVCQG: [String: Int]
    private let byName: [String: Int]

    /// The province a report is for unless `--focus` says otherwise: Đắk Lắk (66), the first
    /// user's own.
    public static let defaultFocus = ProvinceCode(66)

    /// The registry built into the tool (docs/methodology.md, Province registry).
    public static let standard = ProvinceRegistry(provinces: ProvinceTable.units)

    init(provinces: [Province]) {
        self.provinces = provinces.sorted()
        var byCode: [UInt8: Int] = [:]
        var byDVCQG: [String: Int] = [:]
        var byName: [String: Int] = [:]
        for (index, province) in self.provinces.enumerated() {
            for former in province.mergedFrom {
                byCode[former.code.value] = index
                byName[NameKey.province(former.name)] = index
            }
            byDVCQG[province.dvcqgCode.uppercased()] = index
            byName[NameKey.province(province.name)] = index
        }
        // Current codes win over a pre-merger code that happens to be the same number.
        for (index, province) in self.provinces.enumerated() {
            byCode[province.code.value] = index
            byName[NameKey.province(province.name)] = index
        }
        self.byCode = byCode
        self.byDVCQG = byDVCQG
        self.byName = byName
    }

    /// The unit with this current code.
    public func province(code: ProvinceCode) -> Province? {
        byCode[code.value].map { provinces[$0] }.flatMap { $0.code == code ? $0 : nil }
    }

    /// Resolves a code, DVCQG code or name (current or pre-merger) to today's unit.
    ///
    /// - Parameter text: the value as written; surrounding white space is ignored.
    /// - Returns: the unit, or nil when nothing matches.
    public func resolve(_ text: String) -> Province? {
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty else { return nil }
        let utf8 = Array(trimmed.utf8)
        if utf8.count <= 2, utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            let number = utf8.reduce(0) { $0 * 10 + Int($1 - 0x30) }
            return byCode[UInt8(number)].map { provinces[$0] }
        }
        if utf8.count == 3, utf8[0] == 0x48 || utf8[0] == 0x68,
            utf8[1...].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
        {
            return byDVCQG[trimmed.uppercased()].map { provinces[$0] }
        }
        return byName[NameKey.province(trimmed)].map { provinces[$0] }
    }
}
