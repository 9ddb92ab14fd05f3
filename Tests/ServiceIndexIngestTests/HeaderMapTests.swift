import Foundation
import ServiceIndexCore
import ServiceIndexIngest
import Testing

/// The column table of docs/methodology.md, Columns, written out here independently of the source: canonical name,
/// then its aliases.
private let documentedColumns: [(DossierColumn, [String])] = [
    (.dossierID, ["dossier_id", "MaHoSo", "ma_ho_so", "Mã hồ sơ", "dossierNo"]),
    (.province, ["province", "MaTinh", "Tỉnh", "province_code"]),
    (.unitCode, ["unit_code", "MaDonVi", "MaDonViXuLy", "govAgencyCode"]),
    (.unitName, ["unit_name", "DonViXuLy", "TenDonVi", "Đơn vị", "agency_name"]),
    (.procedureCode, ["procedure_code", "MaTTHC", "Mã TTHC", "serviceCode"]),
    (.channel, ["channel", "KenhThucHien", "Kênh"]),
    (.status, ["status", "TrangThaiHoSo", "TrangThaiHoSoId", "Trạng thái"]),
    (.receivedAt, ["received_at", "NgayTiepNhan", "Ngày tiếp nhận", "Ngày nhận", "receiveDate"]),
    (.dueAt, ["due_at", "NgayHenTra", "Ngày hẹn trả", "dueDate"]),
    (.finishedAt, ["finished_at", "NgayKetThucXuLy", "Ngày kết thúc xử lý", "completed_at"]),
    (.returnedAt, ["returned_at", "NgayTra", "Ngày trả kết quả"]),
    (.refusedAt, ["refused_at", "NgayTuChoi", "Ngày từ chối"]),
    (.supplementCount, ["supplement_count", "SoLanBoSung"]),
    (.supplementDays, ["supplement_days", "SoNgayBoSung"]),
    (.hasFee, ["has_fee", "CoPhiLePhi"]),
    (.paidOnline, ["paid_online", "DuocThanhToanTrucTuyen"]),
    (.digitized, ["digitized", "HoSoCoThanhPhanSoHoa", "HoSoCoThanhPhanSoHo"]),
    (.reusedData, ["reused_data", "DuocTaiSuDung"]),
    (.eResult, ["e_result", "CoKetQuaDienTu"]),
    (.synced, ["synced", "DaDongBo", "TrangThaiDongBoDVC"]),
    (.rating, ["rating", "MucDoHaiLong", "Mức độ hài lòng"]),
    (.complaint, ["complaint", "CoPhanAnhKienNghi"]),
    (.supplementRequestedAt, ["supplement_requested_at", "NgayYeuCauBoSung", "Ngày yêu cầu bổ sung"]),
    (.serviceLevel, ["service_level", "MucDo", "Mức độ"]),
    (.unitLevel, ["unit_level", "CapDonVi"]),
]

/// The spellings an export may use for one header: as written, upper and lower case, NFD.
private func spellings(_ name: String) -> [String] {
    let nfd = name.decomposedStringWithCanonicalMapping
    return [name, name.uppercased(), name.lowercased(), nfd, nfd.uppercased(), " \(name)\t"]
}

private func map(_ headers: [String], fallback: Bool = false) throws(IngestError) -> HeaderMap {
    try HeaderMap(headers: headers, file: "in/export.csv", line: 3, hasProvinceFallback: fallback)
}

private let required = ["MaHoSo", "MaTinh", "TrangThaiHoSo", "NgayTiepNhan"]

@Suite("HeaderMap and column aliases")
struct HeaderMapTests {
    @Test("the table has every column once, in the documented order")
    func tableOrder() {
        #expect(documentedColumns.map(\.0) == DossierColumn.allCases)
        #expect(documentedColumns.map { $0.1[0] } == DossierColumn.allCases.map(\.canonicalName))
        #expect(DossierColumn.allCases.filter(\.isRequired) == [.dossierID, .province, .status, .receivedAt])
    }

    @Test("every canonical name and alias names its column, in any case and form")
    func aliases() {
        for (column, names) in documentedColumns {
            #expect([column.canonicalName] + column.aliases == names)
            for name in names {
                for spelling in spellings(name) {
                    #expect(DossierColumn(header: spelling) == column, "\(spelling.debugDescription)")
                }
            }
        }
    }

    @Test(
        "diacritics, spaces and underscores do not matter",
        arguments: [
            ("Mã hồ sơ", .dossierID), ("ma ho so", .dossierID), ("MaHoSo", .dossierID), ("MAHOSO", .dossierID),
            ("mã_hồ_sơ", .dossierID), ("Ma-Ho-So", .dossierID), ("Dossier ID", .dossierID),
            ("tinh", .province), ("TỈNH", .province), ("Province Code", .province),
            ("don vi", .unitName), ("ĐƠN VỊ", .unitName), ("dơn vị", .unitName), ("Ten Don Vi", .unitName),
            ("ma tthc", .procedureCode), ("kenh", .channel), ("trang thai", .status),
            ("ngay tiep nhan", .receivedAt), ("NGÀY HẸN TRẢ", .dueAt), ("ngay ket thuc xu ly", .finishedAt),
            ("Completed At", .finishedAt), ("muc do hai long", .rating), ("Mức Độ Hài Lòng", .rating),
            ("E-Result", .eResult), ("has fee", .hasFee),
        ] as [(String, DossierColumn)])
    func looseSpellings(_ header: String, _ column: DossierColumn) {
        #expect(DossierColumn(header: header) == column)
    }

    @Test(
        "names the tool does not read",
        arguments: ["", "Ghi chú", "Họ tên", "ma", "id", "ngay", "dossier", "Tỉnh thành"])
    func notColumns(_ header: String) {
        #expect(DossierColumn(header: header) == nil)
    }

    @Test("a header row maps to field indexes; unknown columns are listed in order")
    func mapsHeaders() throws {
        let headers = [
            "Mã hồ sơ", "Ghi chú", "Tỉnh", "Trạng thái".decomposedStringWithCanonicalMapping, "Họ tên",
            "  NgayTiepNhan  ", "", "CCCD", "Kênh",
        ]
        let header = try map(headers)
        #expect(header.fieldCount == 9)
        #expect(header[.dossierID] == 0)
        #expect(header[.province] == 2)
        #expect(header[.status] == 3)
        #expect(header[.receivedAt] == 5)
        #expect(header[.channel] == 8)
        #expect(header[.dueAt] == nil)
        #expect(header[.unitName] == nil)
        #expect(header.unknownColumns == ["Ghi chú", "Họ tên", "CCCD"], "in file order, empty headers left out")
        #expect(header.headers[3] == "Trạng thái", "headers are kept NFC")
        #expect(header.headers[3].unicodeScalars.count == "Trạng thái".unicodeScalars.count)
        #expect(header.headers[5] == "NgayTiepNhan", "headers are kept trimmed")
        #expect(header.fieldIndex.count == DossierColumn.allCases.count)
    }

    @Test("every column of the table maps when all are present")
    func mapsAll() throws {
        let names = documentedColumns.map { $0.1.last! }
        let header = try map(names)
        for (position, column) in DossierColumn.allCases.enumerated() {
            #expect(header[column] == position)
        }
        #expect(header.unknownColumns.isEmpty)
    }

    @Test("a missing required column is a data error naming it", arguments: [0, 1, 2, 3])
    func missingRequired(_ missing: Int) {
        var headers = required + ["Ghi chú"]
        headers.remove(at: missing)
        let canonical = ["dossier_id", "province", "status", "received_at"][missing]
        let error = #expect(throws: IngestError.self) { try map(headers) }
        #expect(error?.kind == .data)
        #expect(error?.file == "in/export.csv")
        #expect(error?.line == 3)
        #expect(error?.message.contains(canonical) == true, "\(error?.message ?? "")")
        #expect(error?.message.contains("'\(required[missing])'") == true, "lists the aliases")
        #expect(error?.description.hasPrefix("in/export.csv:3:") == true)
    }

    @Test("the first missing required column in table order is named")
    func firstMissing() {
        let error = #expect(throws: IngestError.self) { try map(["Ghi chú"]) }
        #expect(error?.message.contains("dossier_id") == true)
        #expect(error?.message.contains("received_at") == false)
    }

    @Test("the province column may be absent when --province is given")
    func provinceFallback() throws {
        let headers = ["MaHoSo", "TrangThaiHoSo", "NgayTiepNhan"]
        let header = try map(headers, fallback: true)
        #expect(header[.province] == nil)
        #expect(header[.dossierID] == 0)
        let error = #expect(throws: IngestError.self) { try map(headers, fallback: false) }
        #expect(error?.message.contains("province") == true)
        // The fallback excuses only the province.
        #expect(throws: IngestError.self) { try map(["MaHoSo", "NgayTiepNhan"], fallback: true) }
    }

    @Test(
        "two headers naming the same column are a data error",
        arguments: [
            (["MaHoSo", "dossier_id"], 2), (["Mã hồ sơ", "ma ho so"], 2), (["MaHoSo", "MAHOSO"], 2),
            (["NgayKetThucXuLy", "MaHoSo", "completed_at"], 3), (["Tỉnh", "MaHoSo", "MaTinh"], 3),
        ] as [([String], Int)])
    func duplicates(_ names: [String], _ column: Int) {
        let error = #expect(throws: IngestError.self) { try map(names + required) }
        #expect(error?.kind == .data)
        #expect(error?.column == column, "the second header is pointed at")
        #expect(error?.message.contains("duplicate") == true)
        #expect(error?.message.contains("'\(names[column - 1])'") == true)
    }

    @Test("unknown headers may repeat")
    func repeatedUnknown() throws {
        let header = try map(required + ["Ghi chú", "Ghi chú"])
        #expect(header.unknownColumns == ["Ghi chú", "Ghi chú"])
    }
}
