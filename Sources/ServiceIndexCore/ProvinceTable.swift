/// The registry's data (docs/methodology.md, Province registry): codes of Decision 19/2025/QĐ-TTg.
enum ProvinceTable {
    private static func unit(
        _ code: UInt8, _ name: String, _ dvcqg: String, _ formers: [(UInt8, String)] = []
    ) -> Province {
        Province(
            code: ProvinceCode(code), name: name, dvcqgCode: dvcqg,
            mergedFrom: formers.map { FormerProvince(code: ProvinceCode($0.0), name: $0.1) })
    }

    static let units: [Province] = [
        unit(1, "Hà Nội", "H26"),
        unit(4, "Cao Bằng", "H14"),
        unit(8, "Tuyên Quang", "H60", [(2, "Hà Giang")]),
        unit(11, "Điện Biên", "H18"),
        unit(12, "Lai Châu", "H35"),
        unit(14, "Sơn La", "H52"),
        unit(15, "Lào Cai", "H38", [(10, "Lào Cai"), (15, "Yên Bái")]),
        unit(19, "Thái Nguyên", "H55", [(6, "Bắc Kạn")]),
        unit(20, "Lạng Sơn", "H37"),
        unit(22, "Quảng Ninh", "H49"),
        unit(24, "Bắc Ninh", "H05", [(24, "Bắc Giang"), (27, "Bắc Ninh")]),
        unit(25, "Phú Thọ", "H44", [(26, "Vĩnh Phúc"), (17, "Hòa Bình")]),
        unit(31, "Hải Phòng", "H24", [(30, "Hải Dương")]),
        unit(33, "Hưng Yên", "H31", [(34, "Thái Bình")]),
        unit(37, "Ninh Bình", "H42", [(35, "Hà Nam"), (36, "Nam Định")]),
        unit(38, "Thanh Hóa", "H56"),
        unit(40, "Nghệ An", "H41"),
        unit(42, "Hà Tĩnh", "H27"),
        unit(44, "Quảng Trị", "H50", [(44, "Quảng Bình"), (45, "Quảng Trị")]),
        unit(46, "Huế", "H57", [(46, "Thừa Thiên Huế")]),
        unit(48, "Đà Nẵng", "H17", [(49, "Quảng Nam")]),
        unit(51, "Quảng Ngãi", "H48", [(62, "Kon Tum")]),
        unit(52, "Gia Lai", "H21", [(52, "Bình Định"), (64, "Gia Lai")]),
        unit(56, "Khánh Hòa", "H32", [(58, "Ninh Thuận")]),
        unit(66, "Đắk Lắk", "H15", [(54, "Phú Yên")]),
        unit(68, "Lâm Đồng", "H36", [(67, "Đắk Nông"), (60, "Bình Thuận")]),
        unit(75, "Đồng Nai", "H19", [(70, "Bình Phước")]),
        unit(79, "Hồ Chí Minh", "H29", [(74, "Bình Dương"), (77, "Bà Rịa – Vũng Tàu")]),
        unit(80, "Tây Ninh", "H53", [(80, "Long An"), (72, "Tây Ninh")]),
        unit(82, "Đồng Tháp", "H20", [(82, "Tiền Giang"), (87, "Đồng Tháp")]),
        unit(86, "Vĩnh Long", "H61", [(83, "Bến Tre"), (84, "Trà Vinh")]),
        unit(91, "An Giang", "H01", [(91, "Kiên Giang"), (89, "An Giang")]),
        unit(92, "Cần Thơ", "H13", [(94, "Sóc Trăng"), (93, "Hậu Giang")]),
        unit(96, "Cà Mau", "H12", [(95, "Bạc Liêu")]),
    ]
}
