/// The two export styles the generator writes.
///
/// - `national`: the DVCQG sync format: semicolon, UTF-8 BOM, CRLF, DVCQG column names, codes as
///   numbers, times as `yyyyMMddHHmmss`.
/// - `provincial`: a provincial system's export: comma, no BOM, LF, Vietnamese headers for the
///   main columns and canonical names for the rest, times as `dd/MM/yyyy HH:mm:ss`, date-only
///   due dates, words mixed with codes.
/// - `canonical`: the canonical column names, 18 of them: comma, no BOM, LF, codes as numbers,
///   times as `yyyy-MM-dd HH:mm:ss`.
enum DemoLayout {
    case national
    case provincial
    case canonical

    /// The columns in file order, with their headers.
    var columns: [(column: DemoColumn, header: String)] {
        switch self {
        case .national:
            [
                (.dossierId, "MaHoSo"), (.province, "MaTinh"), (.unitCode, "MaDonVi"),
                (.unitName, "DonViXuLy"), (.procedureCode, "MaTTHC"),
                (.applicantName, "HoTenNguoiNop"), (.channel, "KenhThucHien"),
                (.status, "TrangThaiHoSo"), (.receivedAt, "NgayTiepNhan"), (.dueAt, "NgayHenTra"),
                (.finishedAt, "NgayKetThucXuLy"), (.returnedAt, "NgayTra"),
                (.refusedAt, "NgayTuChoi"), (.supplementCount, "SoLanBoSung"),
                (.supplementDays, "SoNgayBoSung"), (.hasFee, "CoPhiLePhi"),
                (.paidOnline, "DuocThanhToanTrucTuyen"), (.digitized, "HoSoCoThanhPhanSoHoa"),
                (.reusedData, "DuocTaiSuDung"), (.eResult, "CoKetQuaDienTu"), (.synced, "DaDongBo"),
                (.rating, "MucDoHaiLong"), (.complaint, "CoPhanAnhKienNghi"),
                (.supplementRequestedAt, "NgayYeuCauBoSung"), (.citizenId, "SoCCCD"),
            ]
        case .provincial:
            [
                (.dossierId, "Mã hồ sơ"), (.applicantName, "Họ tên người nộp"),
                (.citizenId, "Số CCCD"), (.province, "Tỉnh"), (.unitCode, "unit_code"),
                (.unitName, "Đơn vị"), (.procedureCode, "Mã TTHC"), (.channel, "Kênh"),
                (.status, "Trạng thái"), (.receivedAt, "Ngày tiếp nhận"), (.dueAt, "Ngày hẹn trả"),
                (.finishedAt, "Ngày kết thúc xử lý"), (.returnedAt, "returned_at"),
                (.refusedAt, "refused_at"), (.supplementCount, "supplement_count"),
                (.supplementDays, "supplement_days"), (.hasFee, "has_fee"),
                (.paidOnline, "paid_online"), (.digitized, "digitized"),
                (.reusedData, "reused_data"), (.eResult, "e_result"), (.synced, "synced"),
                (.rating, "Mức độ hài lòng"), (.complaint, "complaint"),
                (.supplementRequestedAt, "Ngày yêu cầu bổ sung"),
            ]
        case .canonical:
            [
                (.dossierId, "dossier_id"), (.province, "province"), (.unitCode, "unit_code"),
                (.unitName, "unit_name"), (.procedureCode, "procedure_code"), (.channel, "channel"),
                (.status, "status"), (.receivedAt, "received_at"), (.dueAt, "due_at"),
                (.finishedAt, "finished_at"), (.returnedAt, "returned_at"), (.refusedAt, "refused_at"),
                (.supplementCount, "supplement_count"), (.supplementDays, "supplement_days"),
                (.paidOnline, "paid_online"), (.synced, "synced"), (.rating, "rating"),
                (.supplementRequestedAt, "supplement_requested_at"),
            ]
        }
    }

    /// The field delimiter.
    var delimiter: UInt8 { self == .national ? 0x3B : 0x2C }

    /// The line end.
    var lineEnd: [UInt8] { self == .national ? [0x0D, 0x0A] : [0x0A] }

    /// Whether the layout spells values the provincial way (words, names, date-only due dates).
    var isProvincial: Bool { self == .provincial }

    /// The bytes the file starts with (the UTF-8 byte order mark for DVCQG).
    var preamble: [UInt8] { self == .national ? [0xEF, 0xBB, 0xBF] : [] }

    /// How the provincial export writes each flag column: `1/0`, `có/không`, `true/false` or
    /// `yes/no` (index into `flagWords`).
    func flagStyle(_ column: DemoColumn) -> Int {
        guard self == .provincial else { return 0 }
        switch column {
        case .hasFee, .complaint: return 1
        case .reusedData: return 2
        case .eResult: return 3
        default: return 0
        }
    }

    /// Flag words by style: (yes, no).
    static let flagWords: [(yes: [UInt8], no: [UInt8])] = [
        (Array("1".utf8), Array("0".utf8)),
        (Array("có".utf8), Array("không".utf8)),
        (Array("true".utf8), Array("false".utf8)),
        (Array("yes".utf8), Array("no".utf8)),
    ]
}
