import Foundation
import ServiceIndexCSV
import ServiceIndexCore
import ServiceIndexIngest
import Testing

// MARK: Helpers

/// Runs a `CSVTokenizer` over `bytes` and hands every record to `body`.
func forEachRecord(
    in bytes: [UInt8], maxFieldBytes: Int = 1 << 16, _ body: (CSVRecordView) throws -> Void
) throws {
    let tokenizer = CSVTokenizer(delimiter: UInt8(ascii: ","), maxFieldBytes: maxFieldBytes)
    try tokenizer.feed(bytes, body)
    try tokenizer.finish(body)
}

/// Parses a small export: the first record is the header, every later record a row.
func parseExport(
    _ bytes: [UInt8], maxFieldBytes: Int = 1 << 16, fallback: ProvinceCode? = nil
) throws -> [Result<Dossier, Reject>] {
    var parser: RowParser?
    var results: [Result<Dossier, Reject>] = []
    try forEachRecord(in: bytes, maxFieldBytes: maxFieldBytes) { record in
        if var rows = parser {
            results.append(rows.parse(record))
            parser = rows
        } else {
            let header = try HeaderMap(
                headers: record.strings, file: "in.csv", line: record.line,
                hasProvinceFallback: fallback != nil)
            parser = RowParser(file: "in.csv", header: header, fallbackProvince: fallback)
        }
    }
    return results
}

func parseExport(_ text: String, fallback: ProvinceCode? = nil) throws -> [Result<Dossier, Reject>] {
    try parseExport(Array(text.utf8), fallback: fallback)
}

/// A cell for a CSV line: quoted when it holds a comma, quote, CR or LF.
private func cell(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
        return text
    }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
}

/// The DVCQG sync names (docs/methodology.md, Columns), with two columns the tool does not read mixed in.
private let sheetHeaders = [
    "MaHoSo", "MaTinh", "MaDonVi", "DonViXuLy", "Họ tên", "MaTTHC", "KenhThucHien", "TrangThaiHoSo",
    "NgayTiepNhan", "NgayHenTra", "NgayKetThucXuLy", "NgayTra", "NgayTuChoi", "SoLanBoSung",
    "SoNgayBoSung", "CoPhiLePhi", "DuocThanhToanTrucTuyen", "HoSoCoThanhPhanSoHoa", "DuocTaiSuDung",
    "CoKetQuaDienTu", "DaDongBo", "MucDoHaiLong", "CoPhanAnhKienNghi", "Ghi chú", "NgayYeuCauBoSung", "MucDo",
    "CapDonVi",
]

/// A valid row (status 4, received 2025-07-01 08:30 local) with `changes` applied, as a line.
private func sheetRow(_ changes: [String: String] = [:]) -> String {
    let base = [
        "MaHoSo": "HS-9", "MaTinh": "66", "Họ tên": "Nguyễn Văn A", "TrangThaiHoSo": "4",
        "NgayTiepNhan": "2025-07-01 08:30",
    ]
    return sheetHeaders.map { cell(changes[$0] ?? base[$0] ?? "") }.joined(separator: ",")
}

/// Header (line 1), a blank line (2), a valid row whose unit name spans lines 3–4, then `row`
/// on line 5.
private func sheet(with row: String) -> String {
    sheetHeaders.joined(separator: ",") + "\n\n" + sheetRow(["DonViXuLy": "Sở\nTư pháp"]) + "\n" + row + "\n"
}

/// 2025-07-01 08:30 +07:00.
private let received: Int64 = 1_751_333_400

/// A row of the reject table: which cells change, and the reject expected on line 5.
struct RejectCase: Sendable, CustomTestStringConvertible {
    let changes: [String: String]
    let column: String
    let reason: RejectReason
    let value: String
    var testDescription: String { "\(reason.rawValue) at \(column): \(changes)" }

    init(_ header: String, _ text: String, _ reason: RejectReason, value: String? = nil) {
        self.init([header: text], header, reason, value: value ?? text)
    }

    init(_ changes: [String: String], _ column: String, _ reason: RejectReason, value: String) {
        self.changes = changes
        self.column = column
        self.reason = reason
        self.value = value
    }

    static let single: [RejectCase] = [
        .init("MaHoSo", "", .missingValue),
        .init("MaTinh", "", .missingValue),
        .init("MaTinh", "99", .unknownProvince),
        .init(["MaTinh": " Hà Tây "], "MaTinh", .unknownProvince, value: "Hà Tây"),
        .init("KenhThucHien", "4", .badChannel), .init("KenhThucHien", "email", .badChannel),
        .init("TrangThaiHoSo", "", .missingValue), .init("TrangThaiHoSo", "11", .badStatus),
        .init("TrangThaiHoSo", "done", .badStatus),
        .init("NgayTiepNhan", "", .missingValue), .init("NgayTiepNhan", "31/02/2025", .badDatetime),
        .init(["NgayTiepNhan": " 2025-13-01 10:00 "], "NgayTiepNhan", .badDatetime, value: "2025-13-01 10:00"),
        .init("NgayTiepNhan", "1,2", .badDatetime),
        .init("NgayHenTra", "soon", .badDatetime), .init("NgayHenTra", "30/06/2025", .dueBeforeReceived),
        .init("NgayHenTra", "2025-07-01 08:29", .dueBeforeReceived),
        .init("NgayKetThucXuLy", "x", .badDatetime),
        .init("NgayKetThucXuLy", "2025-07-01 08:29:59", .finishedBeforeReceived),
        .init("NgayKetThucXuLy", "01/07/2025", .finishedBeforeReceived),
        .init("NgayTra", "2025-02-30 10:00", .badDatetime), .init("NgayTuChoi", "tomorrow", .badDatetime),
        .init("SoLanBoSung", "-1", .badNumber), .init("SoLanBoSung", "1.5", .badNumber),
        .init("SoNgayBoSung", "abc", .badNumber), .init("SoNgayBoSung", "-2", .badNumber),
        .init("CoPhiLePhi", "maybe", .badFlag),
        .init(["CoPhiLePhi": " maybe\t"], "CoPhiLePhi", .badFlag, value: "maybe"),
        .init("DuocThanhToanTrucTuyen", "4", .badFlag), .init("HoSoCoThanhPhanSoHoa", "2", .badFlag),
        .init("DuocTaiSuDung", "x", .badFlag), .init("CoKetQuaDienTu", "có thể", .badFlag),
        .init("DaDongBo", "đã", .badFlag), .init("MucDoHaiLong", "5", .badRating),
        .init("MucDoHaiLong", "tốt", .badRating), .init("CoPhanAnhKienNghi", "maybe", .badFlag),
        .init("NgayYeuCauBoSung", "yesterday", .badDatetime), .init("NgayYeuCauBoSung", "2025-07-32", .badDatetime),
        .init("MucDo", "5", .badFlag), .init("MucDo", "mức 4", .badFlag), .init("CapDonVi", "huyện", .badFlag),
    ]

    /// Rows with two problems: the first in column order is reported.
    static let precedence: [RejectCase] = [
        .init(
            ["NgayTiepNhan": "31/02/2025", "CoPhiLePhi": "maybe"], "NgayTiepNhan", .badDatetime, value: "31/02/2025"),
        .init(["KenhThucHien": "9", "TrangThaiHoSo": "99"], "KenhThucHien", .badChannel, value: "9"),
        .init(["MaHoSo": "", "MaTinh": "99"], "MaHoSo", .missingValue, value: ""),
        .init(["MaTinh": "99", "NgayTiepNhan": "x"], "MaTinh", .unknownProvince, value: "99"),
        .init(["TrangThaiHoSo": "0", "NgayTiepNhan": ""], "TrangThaiHoSo", .badStatus, value: "0"),
        .init(
            ["NgayHenTra": "30/06/2025", "NgayKetThucXuLy": "x"], "NgayHenTra", .dueBeforeReceived, value: "30/06/2025"),
        .init(
            ["NgayKetThucXuLy": "01/07/2025", "NgayTra": "x"], "NgayKetThucXuLy", .finishedBeforeReceived,
            value: "01/07/2025"),
        .init(["SoLanBoSung": "x", "CoPhiLePhi": "x"], "SoLanBoSung", .badNumber, value: "x"),
        .init(
            ["DuocThanhToanTrucTuyen": "7", "HoSoCoThanhPhanSoHoa": "7"], "DuocThanhToanTrucTuyen", .badFlag, value: "7"
        ),
        .init(["MucDoHaiLong": "9", "CoPhanAnhKienNghi": "9"], "MucDoHaiLong", .badRating, value: "9"),
        // The request time is the table's last column: every other problem comes first.
        .init(["CoPhanAnhKienNghi": "9", "NgayYeuCauBoSung": "x"], "CoPhanAnhKienNghi", .badFlag, value: "9"),
        .init(["NgayTiepNhan": "x", "NgayYeuCauBoSung": "x"], "NgayTiepNhan", .badDatetime, value: "x"),
    ]
}

// MARK: Tests

@Suite("RowParser")
struct RowParserTests {
    @Test("a good row gives the expected dossier, field by field")
    func goodRow() throws {
        let header =
            "dossier_id,province,unit_code,unit_name,procedure_code,channel,status,received_at,due_at,"
            + "finished_at,returned_at,refused_at,supplement_count,supplement_days,has_fee,paid_online,"
            + "digitized,reused_data,e_result,synced,rating,complaint,Ngày yêu cầu bổ sung"
        let row =
            " HS-001 ,66,  U01 ,\"Sở  Tư\npháp\",1.001234,2,10,2025-07-01 08:30,05/07/2025,"
            + "2025-07-03 17:00:00,20250704090000,,1,\"1,5\",có,1,yes,0,true,Không,Hài lòng,0,02/07/2025 10:00"
        let results = try parseExport(header + "\n" + row + "\n")
        try #require(results.count == 1)
        let dossier = try results[0].get()
        #expect(dossier.id == "HS-001")
        #expect(dossier.province == ProvinceCode(66))
        #expect(dossier.unitCode == "U01")
        #expect(dossier.unitName == "Sở Tư pháp")
        #expect(dossier.procedureCode == "1.001234")
        #expect(dossier.channel == .online)
        #expect(dossier.status == .resultReturned)
        #expect(dossier.receivedAt == Instant(seconds: received))
        #expect(dossier.dueAt == Instant(seconds: 1_751_734_799), "05/07/2025 23:59:59 local")
        #expect(dossier.finishedAt == Instant(seconds: 1_751_536_800), "2025-07-03 17:00 local")
        #expect(dossier.returnedAt == Instant(seconds: 1_751_594_400), "2025-07-04 09:00 local")
        #expect(dossier.refusedAt == nil)
        #expect(dossier.supplementCount == 1)
        #expect(dossier.supplementSeconds == 129_600)
        #expect(dossier.hasFee == true)
        #expect(dossier.paidOnline == 1)
        #expect(dossier.digitized == true)
        #expect(dossier.reusedData == false)
        #expect(dossier.eResult == true)
        #expect(dossier.synced == false)
        #expect(dossier.rating == 2)
        #expect(dossier.complaint == false)
        #expect(dossier.supplementRequestedAt == Instant(seconds: 1_751_425_200), "2025-07-02 10:00 local")
    }

    @Test("empty cells are unknown; counts default to 0 and the channel to direct")
    func emptyCells() throws {
        let results = try parseExport(sheet(with: sheetRow()))
        try #require(results.count == 2)
        let expected = Dossier(
            id: "HS-9", province: ProvinceCode(66), channel: .direct, status: .processing,
            receivedAt: Instant(seconds: received))
        #expect(try results[1].get() == expected)
        #expect(try results[0].get().unitName == "Sở Tư pháp")
    }

    /// The value is the cell as libcsv hands it over: spaces and TABs around an unquoted field
    /// are already gone.
    @Test(
        "each problem is rejected with its column as written, its value as written, and its line",
        arguments: RejectCase.single + RejectCase.precedence)
    func rejects(_ testCase: RejectCase) throws {
        let results = try parseExport(sheet(with: sheetRow(testCase.changes)))
        try #require(results.count == 2)
        #expect(throws: Never.self) { try results[0].get() }
        guard case .failure(let reject) = results[1] else {
            Issue.record("accepted a row with \(testCase.changes)")
            return
        }
        #expect(reject.reason == testCase.reason)
        #expect(reject.column == testCase.column)
        #expect(reject.value == testCase.value)
        #expect(reject.line == 5)
        #expect(reject.file == "in.csv")
        #expect(reject.dossierID == (testCase.changes["MaHoSo"] ?? "HS-9"))
        #expect(!reject.message.isEmpty && !reject.message.hasSuffix("."))
    }

    @Test(
        "values at the edge of a rule are accepted",
        arguments: [
            ["NgayHenTra": "01/07/2025"], ["NgayHenTra": "2025-07-01 08:30"],
            ["NgayKetThucXuLy": "2025-07-01 08:30:00"], ["Ghi chú": "=cmd|' /C calc'!A0"],
            ["Họ tên": "\"quoted\", with comma"], ["MaTinh": "Tỉnh Phú Yên"], ["MaTinh": "h15"], ["MaTinh": "54"],
            ["SoLanBoSung": "0", "SoNgayBoSung": "0"], ["KenhThucHien": "BCCI"], ["TrangThaiHoSo": " 10 "],
            // No rule ties the request time to the other times; a date alone is midnight.
            ["NgayYeuCauBoSung": "30/06/2025"], ["NgayYeuCauBoSung": "20250702100000", "TrangThaiHoSo": "9"],
        ] as [[String: String]])
    func edgeAccepted(_ changes: [String: String]) throws {
        let results = try parseExport(sheet(with: sheetRow(changes)))
        try #require(results.count == 2)
        #expect(try results[1].get().province == ProvinceCode(66))
    }

    @Test("a wrong field count beats every other problem")
    func wrongFieldCount() throws {
        // The last column (Ghi chú) is empty, so dropping the final comma leaves 23 fields.
        let short = sheetRow(["NgayTiepNhan": "31/02/2025", "MaHoSo": " HS  7 "]).dropLast()
        let long = sheetRow(["TrangThaiHoSo": "x"]) + ",extra"
        let results = try parseExport(sheet(with: String(short)) + long + "\n")
        try #require(results.count == 3)
        guard case .failure(let tooShort) = results[1], case .failure(let tooLong) = results[2] else {
            Issue.record("wrong field counts were accepted")
            return
        }
        #expect(tooShort.reason == .wrongFieldCount)
        #expect(tooShort.column == "" && tooShort.value == "")
        #expect(tooShort.line == 5)
        #expect(tooShort.dossierID == "HS 7")
        #expect(tooShort.message == "expected 27 fields, found 26")
        #expect(tooLong.reason == .wrongFieldCount)
        #expect(tooLong.line == 6)
        #expect(tooLong.message == "expected 27 fields, found 28")
    }

    @Test(
        "--province fills a missing column or an empty cell; a non-empty cell wins",
        arguments: [
            (nil, 48, 48), ("", 48, 48), ("H29", 66, 79), ("54", 48, 66), ("Tỉnh Bình Dương", 66, 79),
        ] as [(String?, UInt8, UInt8)])
    func provinceFallback(_ provinceCell: String?, _ fallback: UInt8, _ expected: UInt8) throws {
        var headers = ["MaHoSo", "TrangThaiHoSo", "NgayTiepNhan"]
        var row = ["HS-1", "2", "01/07/2025 08:30"]
        if let provinceCell {
            headers.append("MaTinh")
            row.append(provinceCell)
        }
        let text = headers.joined(separator: ",") + "\n" + row.joined(separator: ",") + "\n"
        let results = try parseExport(text, fallback: ProvinceCode(fallback))
        #expect(try results.first?.get().province == ProvinceCode(expected))
    }

    @Test("text is trimmed, white space runs become one space, NFD becomes NFC")
    func textNormalisation() throws {
        let nfd = "Sở Tư pháp".decomposedStringWithCanonicalMapping
        let id = "Mã-1".decomposedStringWithCanonicalMapping
        let text =
            "MaHoSo,MaTinh,MaDonVi,TenDonVi,MaTTHC,TrangThaiHoSo,NgayTiepNhan\n"
            + "\" \(id) \r\n 2 \",66,\"  A \t B  \",\"\(nfd)\n\n  tỉnh\",   ,2,01/07/2025\n"
        let dossier = try #require(try parseExport(text).first).get()
        let nfcID = "Mã-1 2".precomposedStringWithCanonicalMapping
        let nfcUnit = "Sở Tư pháp tỉnh".precomposedStringWithCanonicalMapping
        #expect(Array(dossier.id.unicodeScalars) == Array(nfcID.unicodeScalars), "\(dossier.id.debugDescription)")
        #expect(dossier.unitCode == "A B")
        #expect(dossier.unitName.map { Array($0.unicodeScalars) } == Array(nfcUnit.unicodeScalars))
        #expect(dossier.procedureCode == nil, "a cell of spaces is empty")
    }

    @Test("field_too_long and invalid_utf8 come in column order; unread columns are never looked at")
    func bytesProblems() throws {
        let header = Array("MaHoSo,MaTinh,TenDonVi,TrangThaiHoSo,NgayTiepNhan,Ghi chú\n".utf8)
        func row(_ id: String, _ unit: [UInt8], _ status: String, note: [UInt8] = Array("n".utf8)) -> [UInt8] {
            Array("\(id),66,".utf8) + unit + Array(",\(status),2025-07-01 08:30,".utf8) + note + [0x0A]
        }
        let longUnit = [UInt8](repeating: UInt8(ascii: "A"), count: 20)
        let bytes =
            header
            + row("HS-1", longUnit, "99")  // line 2: too long before the bad status
            + row("HS-2", [0x41, 0xFF, 0x42], "99")  // line 3: invalid UTF-8 before the bad status
            + row("HS-3", Array("ok".utf8), "4", note: longUnit + [0xFF])  // line 4: unread column
            + row("HS-4-LONGER-THAN-16", Array("ok".utf8), "4")  // line 5: id too long
        let results = try parseExport(bytes, maxFieldBytes: 16)
        try #require(results.count == 4)
        let reasons = results.map { result -> RejectReason? in
            if case .failure(let reject) = result { return reject.reason } else { return nil }
        }
        #expect(reasons == [.fieldTooLong, .invalidUTF8, nil, .fieldTooLong])
        if case .failure(let tooLong) = results[0] {
            #expect(tooLong.column == "TenDonVi" && tooLong.line == 2 && tooLong.dossierID == "HS-1")
            #expect(tooLong.value == String(repeating: "A", count: 16))
            #expect(tooLong.message.contains("20"))
        }
        if case .failure(let invalid) = results[1] {
            #expect(invalid.column == "TenDonVi" && invalid.line == 3)
            #expect(invalid.value == "A\u{FFFD}B")
        }
        if case .failure(let longID) = results[3] {
            #expect(longID.column == "MaHoSo" && longID.dossierID == "", "a cut id is not shown")
        }
    }

    @Test("a character split over two fields makes both invalid, though the record's bytes read as UTF-8")
    func characterSplitOverTwoFields() throws {
        let header = Array("MaHoSo,MaTinh,TenDonVi,MaTTHC,TrangThaiHoSo,NgayTiepNhan,Ghi chú\n".utf8)
        func row(_ id: String, _ unit: [UInt8], _ procedure: [UInt8], note: [UInt8] = Array("n".utf8)) -> [UInt8] {
            Array("\(id),66,".utf8) + unit + [UInt8(ascii: ",")] + procedure
                + Array(",4,2025-07-01 08:30,".utf8) + note + [0x0A]
        }
        // "é" is C3 A9: its lead byte ends one field and its continuation byte starts the next.
        let bytes =
            header
            + row("HS-1", [0x41, 0xC3], [0xA9, 0x42])  // line 2: the unit is cut, and read first
            + row("HS-2", Array("ok".utf8), [0x41, 0xC3], note: [0xA9])  // line 3: procedure, then an unread column
            + row("HS-3", Array("S\u{1EDF}".utf8), Array("\u{E9}".utf8))  // line 4: whole characters
        let results = try parseExport(bytes)
        try #require(results.count == 3)
        guard case .failure(let unit) = results[0], case .failure(let procedure) = results[1] else {
            Issue.record("rows 2 and 3 should be rejected: \(results)")
            return
        }
        #expect(unit.reason == .invalidUTF8 && unit.column == "TenDonVi" && unit.line == 2)
        #expect(procedure.reason == .invalidUTF8 && procedure.column == "MaTTHC" && procedure.line == 3)
        let good = try results[2].get()
        #expect(good.unitName == "S\u{1EDF}" && good.procedureCode == "\u{E9}")
    }
}
