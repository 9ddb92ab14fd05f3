import Foundation
import ServiceIndexCore
import Testing

/// One unit of the registry (docs/methodology.md, Province registry), written out here independently of the source's table: code, name (NFC),
/// DVCQG code, and the name without diacritics as an analyst would type it.
struct ExpectedUnit: Sendable, CustomTestStringConvertible {
    let code: UInt8
    let name: String
    let dvcqg: String
    let ascii: String

    var testDescription: String { "\(code) \(name)" }

    static let all: [ExpectedUnit] = [
        .init(code: 1, name: "Hà Nội", dvcqg: "H26", ascii: "Ha Noi"),
        .init(code: 4, name: "Cao Bằng", dvcqg: "H14", ascii: "Cao Bang"),
        .init(code: 8, name: "Tuyên Quang", dvcqg: "H60", ascii: "Tuyen Quang"),
        .init(code: 11, name: "Điện Biên", dvcqg: "H18", ascii: "Dien Bien"),
        .init(code: 12, name: "Lai Châu", dvcqg: "H35", ascii: "Lai Chau"),
        .init(code: 14, name: "Sơn La", dvcqg: "H52", ascii: "Son La"),
        .init(code: 15, name: "Lào Cai", dvcqg: "H38", ascii: "Lao Cai"),
        .init(code: 19, name: "Thái Nguyên", dvcqg: "H55", ascii: "Thai Nguyen"),
        .init(code: 20, name: "Lạng Sơn", dvcqg: "H37", ascii: "Lang Son"),
        .init(code: 22, name: "Quảng Ninh", dvcqg: "H49", ascii: "Quang Ninh"),
        .init(code: 24, name: "Bắc Ninh", dvcqg: "H05", ascii: "Bac Ninh"),
        .init(code: 25, name: "Phú Thọ", dvcqg: "H44", ascii: "Phu Tho"),
        .init(code: 31, name: "Hải Phòng", dvcqg: "H24", ascii: "Hai Phong"),
        .init(code: 33, name: "Hưng Yên", dvcqg: "H31", ascii: "Hung Yen"),
        .init(code: 37, name: "Ninh Bình", dvcqg: "H42", ascii: "Ninh Binh"),
        .init(code: 38, name: "Thanh Hóa", dvcqg: "H56", ascii: "Thanh Hoa"),
        .init(code: 40, name: "Nghệ An", dvcqg: "H41", ascii: "Nghe An"),
        .init(code: 42, name: "Hà Tĩnh", dvcqg: "H27", ascii: "Ha Tinh"),
        .init(code: 44, name: "Quảng Trị", dvcqg: "H50", ascii: "Quang Tri"),
        .init(code: 46, name: "Huế", dvcqg: "H57", ascii: "Hue"),
        .init(code: 48, name: "Đà Nẵng", dvcqg: "H17", ascii: "Da Nang"),
        .init(code: 51, name: "Quảng Ngãi", dvcqg: "H48", ascii: "Quang Ngai"),
        .init(code: 52, name: "Gia Lai", dvcqg: "H21", ascii: "Gia Lai"),
        .init(code: 56, name: "Khánh Hòa", dvcqg: "H32", ascii: "Khanh Hoa"),
        .init(code: 66, name: "Đắk Lắk", dvcqg: "H15", ascii: "Dak Lak"),
        .init(code: 68, name: "Lâm Đồng", dvcqg: "H36", ascii: "Lam Dong"),
        .init(code: 75, name: "Đồng Nai", dvcqg: "H19", ascii: "Dong Nai"),
        .init(code: 79, name: "Hồ Chí Minh", dvcqg: "H29", ascii: "Ho Chi Minh"),
        .init(code: 80, name: "Tây Ninh", dvcqg: "H53", ascii: "Tay Ninh"),
        .init(code: 82, name: "Đồng Tháp", dvcqg: "H20", ascii: "Dong Thap"),
        .init(code: 86, name: "Vĩnh Long", dvcqg: "H61", ascii: "Vinh Long"),
        .init(code: 91, name: "An Giang", dvcqg: "H01", ascii: "An Giang"),
        .init(code: 92, name: "Cần Thơ", dvcqg: "H13", ascii: "Can Tho"),
        .init(code: 96, name: "Cà Mau", dvcqg: "H12", ascii: "Ca Mau"),
    ]
}

/// One pre-merger province of the registry's last column: its old code and name, and today's unit.
struct ExpectedFormer: Sendable, CustomTestStringConvertible {
    let oldCode: UInt8
    let name: String
    let unit: UInt8

    var testDescription: String { "\(name) (\(oldCode)) → \(unit)" }

    static let all: [ExpectedFormer] = [
        .init(oldCode: 2, name: "Hà Giang", unit: 8),
        .init(oldCode: 10, name: "Lào Cai", unit: 15), .init(oldCode: 15, name: "Yên Bái", unit: 15),
        .init(oldCode: 6, name: "Bắc Kạn", unit: 19),
        .init(oldCode: 24, name: "Bắc Giang", unit: 24), .init(oldCode: 27, name: "Bắc Ninh", unit: 24),
        .init(oldCode: 26, name: "Vĩnh Phúc", unit: 25), .init(oldCode: 17, name: "Hòa Bình", unit: 25),
        .init(oldCode: 30, name: "Hải Dương", unit: 31),
        .init(oldCode: 34, name: "Thái Bình", unit: 33),
        .init(oldCode: 35, name: "Hà Nam", unit: 37), .init(oldCode: 36, name: "Nam Định", unit: 37),
        .init(oldCode: 44, name: "Quảng Bình", unit: 44), .init(oldCode: 45, name: "Quảng Trị", unit: 44),
        .init(oldCode: 46, name: "Thừa Thiên Huế", unit: 46),
        .init(oldCode: 49, name: "Quảng Nam", unit: 48),
        .init(oldCode: 62, name: "Kon Tum", unit: 51),
        .init(oldCode: 52, name: "Bình Định", unit: 52), .init(oldCode: 64, name: "Gia Lai", unit: 52),
        .init(oldCode: 58, name: "Ninh Thuận", unit: 56),
        .init(oldCode: 54, name: "Phú Yên", unit: 66),
        .init(oldCode: 67, name: "Đắk Nông", unit: 68), .init(oldCode: 60, name: "Bình Thuận", unit: 68),
        .init(oldCode: 70, name: "Bình Phước", unit: 75),
        .init(oldCode: 74, name: "Bình Dương", unit: 79), .init(oldCode: 77, name: "Bà Rịa – Vũng Tàu", unit: 79),
        .init(oldCode: 80, name: "Long An", unit: 80), .init(oldCode: 72, name: "Tây Ninh", unit: 80),
        .init(oldCode: 82, name: "Tiền Giang", unit: 82), .init(oldCode: 87, name: "Đồng Tháp", unit: 82),
        .init(oldCode: 83, name: "Bến Tre", unit: 86), .init(oldCode: 84, name: "Trà Vinh", unit: 86),
        .init(oldCode: 91, name: "Kiên Giang", unit: 91), .init(oldCode: 89, name: "An Giang", unit: 91),
        .init(oldCode: 94, name: "Sóc Trăng", unit: 92), .init(oldCode: 93, name: "Hậu Giang", unit: 92),
        .init(oldCode: 95, name: "Bạc Liêu", unit: 96),
    ]
}

private let registry = ProvinceRegistry.standard

private func code(_ text: String) -> UInt8? { registry.resolve(text)?.code.value }

@Suite("ProvinceRegistry")
struct ProvinceRegistryTests {
    @Test("the registry holds exactly the 34 units, in code order")
    func holdsTheTable() {
        #expect(registry.provinces.map(\.code.value) == ExpectedUnit.all.map(\.code))
        #expect(registry.provinces.map(\.name) == ExpectedUnit.all.map(\.name))
        #expect(registry.provinces.map(\.dvcqgCode) == ExpectedUnit.all.map(\.dvcqg))
        for province in registry.provinces {
            #expect(province.name == province.name.precomposedStringWithCanonicalMapping, "\(province.name) is NFC")
        }
    }

    @Test("a unit resolves by its code, DVCQG code and name in every spelling", arguments: ExpectedUnit.all)
    func resolvesUnit(_ unit: ExpectedUnit) {
        let two = unit.code < 10 ? "0\(unit.code)" : "\(unit.code)"
        let spellings = [
            two, " \(two) ", unit.dvcqg, unit.dvcqg.lowercased(),
            unit.name, unit.name.decomposedStringWithCanonicalMapping, unit.name.uppercased(),
            unit.name.lowercased(), unit.name.decomposedStringWithCanonicalMapping.uppercased(),
            "Tỉnh \(unit.name)", "tinh \(unit.name)", "Thành phố \(unit.name)", "thanh pho \(unit.ascii)",
            "TP. \(unit.name)", "TP \(unit.ascii)", "tp.\(unit.name)",
            unit.ascii, unit.ascii.uppercased(), unit.ascii.lowercased().replacingOccurrences(of: " ", with: "-"),
            unit.ascii.replacingOccurrences(of: " ", with: ""), "  \(unit.name)\n",
        ]
        for spelling in spellings {
            #expect(code(spelling) == unit.code, "\(spelling.debugDescription)")
        }
        if unit.code < 10 {
            #expect(code("\(unit.code)") == unit.code, "a 1-digit code is zero-padded")
        }
        #expect(registry.province(code: ProvinceCode(unit.code))?.name == unit.name)
        #expect(registry.resolve(unit.name)?.dvcqgCode == unit.dvcqg)
    }

    @Test("every pre-merger code and name maps to today's unit", arguments: ExpectedFormer.all)
    func resolvesFormer(_ former: ExpectedFormer) {
        let two = former.oldCode < 10 ? "0\(former.oldCode)" : "\(former.oldCode)"
        #expect(code(two) == former.unit, "old code \(two)")
        if former.oldCode < 10 {
            #expect(code("\(former.oldCode)") == former.unit, "old 1-digit code")
        }
        for spelling in [
            former.name, former.name.decomposedStringWithCanonicalMapping, former.name.uppercased(),
            "Tỉnh \(former.name)", "TP. \(former.name)",
        ] {
            #expect(code(spelling) == former.unit, "\(spelling.debugDescription)")
        }
        let unit = registry.provinces.first { $0.code.value == former.unit }
        #expect(unit?.mergedFrom.contains { $0.code.value == former.oldCode && $0.name == former.name } == true)
    }

    @Test(
        "spellings worth a check of their own",
        arguments: [
            ("1", 1), ("8", 8), ("2", 8), ("4", 4), ("6", 19), ("01", 1), ("08", 8),
            ("ĐẮK LẮK", 66), ("dak-lak", 66), ("Tỉnh Đắk Lắk", 66), ("Tỉnh Phú Yên", 66), ("h15", 66),
            ("Thành phố Hồ Chí Minh", 79), ("TP. Hồ Chí Minh", 79),
            ("Ba Ria - Vung Tau", 79), ("Bà Rịa - Vũng Tàu", 79), ("BÀ RỊA–VŨNG TÀU", 79),
            ("Thừa Thiên - Huế", 46), ("Thanh Hoá", 38), ("Khánh Hoà", 56), ("Hoà Bình", 25),
            ("Đắk Nông", 68), ("dak nong", 68), ("Kon Tum", 51), ("Hậu Giang", 92),
        ] as [(String, UInt8?)])
    func resolvesSpecialSpellings(_ text: String, _ expected: UInt8?) {
        #expect(code(text) == expected)
    }

    @Test(
        "unknown values give nil",
        arguments: [
            "", "   ", "0", "00", "99", "03", "13", "066", "1234", "H99", "H00", "h1", "H1234", "HH15",
            "Hà Tây", "Ha Tay", "Tỉnh", "Thành phố", "TP.", "Việt Nam", "66.0", "+66", "-1", "6 6",
        ])
    func unknown(_ text: String) {
        #expect(registry.resolve(text) == nil, "\(text.debugDescription)")
    }

    @Test("province(code:) knows only current codes")
    func currentCodesOnly() {
        #expect(registry.province(code: ProvinceCode(44))?.name == "Quảng Trị")
        #expect(registry.province(code: ProvinceCode(45)) == nil, "45 is Quảng Trị's old code")
        #expect(registry.province(code: ProvinceCode(2)) == nil, "02 is Hà Giang's old code")
        #expect(registry.province(code: ProvinceCode(54)) == nil)
        #expect(registry.province(code: ProvinceCode(99)) == nil)
    }

    @Test("codes print zero-padded and order by number")
    func provinceCode() {
        #expect(ProvinceCode(8).description == "08")
        #expect(ProvinceCode(66).description == "66")
        #expect(ProvinceCode(8) < ProvinceCode(11))
    }
}
