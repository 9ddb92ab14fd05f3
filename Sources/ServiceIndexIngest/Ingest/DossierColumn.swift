import ServiceIndexCore

/// A column the tool reads (docs/methodology.md, Columns), in the table's order: the order in which a row's
/// problems are looked for and records are compared.
public enum DossierColumn: Int, CaseIterable, Sendable, Comparable {
    case dossierID
    case province
    case unitCode
    case unitName
    case procedureCode
    case channel
    case status
    case receivedAt
    case dueAt
    case finishedAt
    case returnedAt
    case refusedAt
    case supplementCount
    case supplementDays
    case hasFee
    case paidOnline
    case digitized
    case reusedData
    case eResult
    case synced
    case rating
    case complaint
    case supplementRequestedAt
    case serviceLevel
    case unitLevel

    /// The canonical snake_case name.
    public var canonicalName: String {
        switch self {
        case .dossierID: "dossier_id"
        case .province: "province"
        case .unitCode: "unit_code"
        case .unitName: "unit_name"
        case .procedureCode: "procedure_code"
        case .channel: "channel"
        case .status: "status"
        case .receivedAt: "received_at"
        case .dueAt: "due_at"
        case .finishedAt: "finished_at"
        case .returnedAt: "returned_at"
        case .refusedAt: "refused_at"
        case .supplementCount: "supplement_count"
        case .supplementDays: "supplement_days"
        case .hasFee: "has_fee"
        case .paidOnline: "paid_online"
        case .digitized: "digitized"
        case .reusedData: "reused_data"
        case .eResult: "e_result"
        case .synced: "synced"
        case .rating: "rating"
        case .complaint: "complaint"
        case .supplementRequestedAt: "supplement_requested_at"
        case .serviceLevel: "service_level"
        case .unitLevel: "unit_level"
        }
    }

    /// The recognised aliases, DVCQG sync names first.
    public var aliases: [String] {
        switch self {
        case .dossierID: ["MaHoSo", "ma_ho_so", "Mã hồ sơ", "dossierNo"]
        case .province: ["MaTinh", "Tỉnh", "province_code"]
        case .unitCode: ["MaDonVi", "MaDonViXuLy", "govAgencyCode"]
        case .unitName: ["DonViXuLy", "TenDonVi", "Đơn vị", "agency_name"]
        case .procedureCode: ["MaTTHC", "Mã TTHC", "serviceCode"]
        case .channel: ["KenhThucHien", "Kênh"]
        case .status: ["TrangThaiHoSo", "TrangThaiHoSoId", "Trạng thái"]
        case .receivedAt: ["NgayTiepNhan", "Ngày tiếp nhận", "Ngày nhận", "receiveDate"]
        case .dueAt: ["NgayHenTra", "Ngày hẹn trả", "dueDate"]
        case .finishedAt: ["NgayKetThucXuLy", "Ngày kết thúc xử lý", "completed_at"]
        case .returnedAt: ["NgayTra", "Ngày trả kết quả"]
        case .refusedAt: ["NgayTuChoi", "Ngày từ chối"]
        case .supplementCount: ["SoLanBoSung"]
        case .supplementDays: ["SoNgayBoSung"]
        case .hasFee: ["CoPhiLePhi"]
        case .paidOnline: ["DuocThanhToanTrucTuyen"]
        case .digitized: ["HoSoCoThanhPhanSoHoa", "HoSoCoThanhPhanSoHo"]
        case .reusedData: ["DuocTaiSuDung"]
        case .eResult: ["CoKetQuaDienTu"]
        case .synced: ["DaDongBo", "TrangThaiDongBoDVC"]
        case .rating: ["MucDoHaiLong", "Mức độ hài lòng"]
        case .complaint: ["CoPhanAnhKienNghi"]
        case .supplementRequestedAt: ["NgayYeuCauBoSung", "Ngày yêu cầu bổ sung"]
        case .serviceLevel: ["MucDo", "Mức độ"]
        case .unitLevel: ["CapDonVi"]
        }
    }

    /// Whether a file must have the column (the province may come from `--province` instead).
    public var isRequired: Bool {
        switch self {
        case .dossierID, .province, .status, .receivedAt: true
        default: false
        }
    }

    /// The column a header names, matching canonical names and aliases case- and
    /// diacritics-insensitively ("Mã hồ sơ" = "ma ho so" = "MaHoSo").
    public init?(header: String) {
        guard let column = Self.byKey[NameKey.word(header)] else { return nil }
        self = column
    }

    private static let byKey: [String: DossierColumn] = {
        var table: [String: DossierColumn] = [:]
        for column in allCases {
            for name in [column.canonicalName] + column.aliases { table[NameKey.word(name)] = column }
        }
        return table
    }()

    public static func < (lhs: DossierColumn, rhs: DossierColumn) -> Bool { lhs.rawValue < rhs.rawValue }
}
