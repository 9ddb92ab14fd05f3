/// The demo generator's word lists: Vietnamese unit and place names, applicants' names, and the
/// invented traits (size, standing) of each province.
///
/// Everything here is synthetic. The standings are made up so that the demo ranking looks
/// plausible (Đắk Lắk near 8th of 34, as in the first user's brief); they are not real scores.
enum DemoCatalog {
    /// A provincial department or centre: its name (`{P}` stands for "tỉnh Đắk Lắk" or
    /// "thành phố Huế") and its relative share of dossiers.
    struct Department {
        let name: String
        let weight: Int
    }

    /// The departments every province has, in unit-code order. Some names carry a comma, a
    /// semicolon, a double quote or a newline so that the exports need RFC 4180 quoting.
    static let departments: [Department] = [
        Department(name: "Trung tâm Phục vụ hành chính công {P}", weight: 14),
        Department(name: "Sở Tư pháp", weight: 6),
        Department(name: "Sở Tư pháp,\nPhòng Hộ tịch", weight: 3),
        Department(name: "Sở Kế hoạch và Đầu tư", weight: 5),
        Department(name: "Sở Tài chính", weight: 3),
        Department(name: "Sở Xây dựng", weight: 4),
        Department(name: "Sở Nông nghiệp và Môi trường", weight: 4),
        Department(name: "Sở Công Thương", weight: 3),
        Department(name: "Sở Y tế", weight: 4),
        Department(name: "Sở Giáo dục và Đào tạo", weight: 3),
        Department(name: "Sở Nội vụ", weight: 2),
        Department(name: "Sở Khoa học và Công nghệ", weight: 1),
        Department(name: "Sở Văn hóa, Thể thao và Du lịch", weight: 2),
        Department(name: "Sở Dân tộc và Tôn giáo", weight: 1),
        Department(name: "Công an {P}", weight: 10),
        Department(name: "Văn phòng Đăng ký đất đai; Chi nhánh số 1", weight: 5),
        Department(name: "Ban Quản lý các khu công nghiệp \"KCN\" {P}", weight: 1),
    ]

    /// Ward and commune names drawn for provinces without a list of their own.
    static let placeNames: [String] = [
        "Tân An", "Tân Lợi", "Thành Công", "Hòa Bình", "Quang Trung", "Trần Phú", "Lê Lợi",
        "Minh Khai", "Hồng Hà", "Thống Nhất", "Tân Tiến", "Hưng Phú", "An Phú", "Phú Lâm",
        "Đông Thành", "Tây Sơn", "Bình Minh", "Long Hưng", "Phước Long", "Xuân Hòa", "Ngọc Lâm",
        "Sơn Thủy", "Cẩm Phả", "Hải Châu", "Vĩnh Thạnh", "Mỹ Hòa", "Đồng Xuân", "Kim Sơn",
        "Yên Thế", "Hoàng Văn Thụ", "Nghĩa Lộ", "Bảo Lộc", "Thuận An", "Dĩ An", "Châu Thành",
        "Cái Răng", "Ninh Kiều", "Đức Phổ", "Hội An", "Tam Kỳ", "Điện Bàn", "Ea H'leo",
    ]

    /// A ward or commune: its name, whether it is a ward (phường) or a commune (xã), and the
    /// pre-merger province it lay in (an index into the unit's areas, 0 = the unit itself).
    struct Place {
        let name: String
        let isWard: Bool
        let area: Int
    }

    /// Đắk Lắk's own wards and communes (area 1 is the former Phú Yên).
    static let dakLakPlaces: [Place] = [
        Place(name: "Buôn Ma Thuột", isWard: true, area: 0),
        Place(name: "Tân An", isWard: true, area: 0),
        Place(name: "Tân Lập", isWard: true, area: 0),
        Place(name: "Thành Nhất", isWard: true, area: 0),
        Place(name: "Ea Kao", isWard: true, area: 0),
        Place(name: "Cư M'gar", isWard: false, area: 0),
        Place(name: "Krông Pắc", isWard: false, area: 0),
        Place(name: "Ea Súp", isWard: false, area: 0),
        Place(name: "Tuy Hòa", isWard: true, area: 1),
        Place(name: "Bình Kiến", isWard: true, area: 1),
        Place(name: "Sông Cầu", isWard: true, area: 1),
        Place(name: "Đông Hòa", isWard: true, area: 1),
        Place(name: "Xuân Lộc", isWard: false, area: 1),
    ]

    /// Family names, middle names and given names of the fake applicants.
    static let familyNames = [
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
        "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương",
    ]
    static let middleNames = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Quốc", "Thị Thu", "Công"]
    static let givenNames = [
        "An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hằng", "Hoa", "Hùng", "Hương", "Lan", "Linh",
        "Long", "Mai", "Nam", "Nga", "Phong", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trang",
        "Tuấn", "Vy", "Yến", "Khoa", "Đạt",
    ]

    /// Each province's size (a rough population, in thousands) and invented standing (1 = best),
    /// by current code. Standings decide the demo ranking; Đắk Lắk (66) is 8th.
    static let provinceTraits: [(code: UInt8, population: Int, standing: Int)] = [
        (1, 8_700, 5), (4, 570, 32), (8, 1_900, 28), (11, 650, 33), (12, 500, 34),
        (14, 1_300, 31), (15, 1_800, 27), (19, 1_800, 10), (20, 800, 30), (22, 1_400, 1),
        (24, 3_600, 2), (25, 4_000, 13), (31, 4_700, 3), (33, 3_600, 12), (37, 4_400, 7),
        (38, 4_300, 17), (40, 3_800, 20), (42, 1_600, 21), (44, 1_900, 25), (46, 1_400, 9),
        (48, 3_100, 4), (51, 2_200, 26), (52, 3_600, 23), (56, 2_200, 14), (66, 3_300, 8),
        (68, 3_900, 18), (75, 4_500, 11), (79, 14_000, 6), (80, 3_300, 15), (82, 4_400, 22),
        (86, 4_300, 19), (91, 4_900, 24), (92, 4_200, 16), (96, 2_600, 29),
    ]

    /// The six centrally governed cities (the rest are "tỉnh").
    static let cityCodes: Set<UInt8> = [1, 31, 46, 48, 79, 92]

    /// The English words of the status codes 1…10 (docs/methodology.md, Values), as the provincial export writes
    /// some of them.
    static let statusWords = [
        "", "Newly registered", "Accepted", "Not accepted", "Processing", "Supplement requested",
        "Financial obligation requested", "Withdrawn", "Stopped", "Processing finished",
        "Result returned",
    ]

    /// Channel words by code 1…3: Vietnamese, English, and the postal service's acronym.
    static let channelWordsVietnamese = ["", "Trực tiếp", "Trực tuyến", "Bưu chính"]
    static let channelWordsEnglish = ["", "direct", "online", "postal"]

    /// Rating words by level 1…3.
    static let ratingWords = ["", "Không hài lòng", "Hài lòng", "Rất hài lòng"]
}
