import Foundation
import ServiceIndexCSV
import ServiceIndexCore
import ServiceIndexDemoData
import Testing

/// The synthetic demo data: deterministic, exactly counted, and as messy as docs/methodology.md, Demo data, says.
@Suite struct DemoDataGeneratorTests {
    /// A fresh empty directory under the system's temporary directory.
    private func temporaryDirectory() -> String {
        let path = NSTemporaryDirectory() + "demo-data-tests-" + UUID().uuidString
        try? FileManager.default.removeItem(atPath: path)
        return path
    }

    private func generate(
        rows: Int = 3_000, seed: UInt64 = 766, singleFile: Bool = false
    ) throws -> (directory: String, summary: DemoDataSummary) {
        let directory = temporaryDirectory()
        let options = DemoDataOptions(seed: seed, rows: rows, singleFile: singleFile)
        return (directory, try DemoDataGenerator.generate(into: directory, options: options))
    }

    private func remove(_ directory: String) {
        try? FileManager.default.removeItem(atPath: directory)
    }

    private func bytes(_ directory: String, _ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: directory + "/" + name)))
    }

    /// Counts data records with a plain quote-aware scan: a record ends at a newline outside
    /// quotes; an empty line (LF or CRLF alone) is blank; the first record is the header.
    private func countRecords(_ data: [UInt8]) -> Int {
        var records = 0
        var inQuotes = false
        var lineHasContent = false
        for byte in data {
            if byte == 0x22 { inQuotes.toggle() }
            if byte == 0x0A && !inQuotes {
                if lineHasContent { records += 1 }
                lineHasContent = false
            } else if byte != 0x0D || inQuotes {
                lineHasContent = true
            }
        }
        if lineHasContent { records += 1 }
        return records - 1
    }

    /// The records of a file as the project's tokenizer (libcsv) sees them: field counts per
    /// record, header first.
    private func tokenizedFieldCounts(_ data: [UInt8]) throws -> [Int] {
        let dialect = try CSVDialect.sniff(data)
        let tokenizer = CSVTokenizer(delimiter: dialect.delimiter, startOffset: Int64(dialect.byteOrderMarkLength))
        var counts: [Int] = []
        try tokenizer.feed(Array(data[dialect.byteOrderMarkLength...])) { counts.append($0.count) }
        try tokenizer.finish { counts.append($0.count) }
        return counts
    }

    @Test func sameSeedGivesSameBytes() throws {
        let first = try generate(rows: 2_000)
        defer { remove(first.directory) }
        let second = try generate(rows: 2_000)
        defer { remove(second.directory) }
        #expect(first.summary == second.summary)
        for name in first.summary.files + ["manifest.json"] {
            #expect(try bytes(first.directory, name) == bytes(second.directory, name), "\(name)")
        }
    }

    @Test func differentSeedsDiffer() throws {
        let first = try generate(rows: 2_000, seed: 766)
        defer { remove(first.directory) }
        let second = try generate(rows: 2_000, seed: 767)
        defer { remove(second.directory) }
        #expect(first.summary.files == second.summary.files)
        #expect(try bytes(first.directory, "dvcqg-2025-Q3.csv") != bytes(second.directory, "dvcqg-2025-Q3.csv"))
    }

    @Test func summaryRowsEqualRecordsInFiles() throws {
        let (directory, summary) = try generate()
        defer { remove(directory) }
        #expect(summary.rows == 3_000)
        #expect(
            summary.files == [
                "dak-lak-2024-Q4.csv", "dak-lak-2025-Q1.csv", "dak-lak-2025-Q2.csv", "dak-lak-2025-Q3.csv",
                "dvcqg-2024-Q4.csv", "dvcqg-2025-Q1.csv", "dvcqg-2025-Q2.csv", "dvcqg-2025-Q3.csv",
            ])
        var scanned = 0
        var tokenized = 0
        var shortRecords = 0
        for name in summary.files {
            let data = try bytes(directory, name)
            scanned += countRecords(data)
            let counts = try tokenizedFieldCounts(data)
            tokenized += counts.count - 1
            shortRecords += counts.dropFirst().filter { $0 != counts[0] }.count
        }
        #expect(scanned == summary.rows)
        #expect(tokenized == summary.rows)
        #expect(shortRecords == summary.plantedRejects["wrong_field_count"])
    }

    @Test(arguments: [0, 1, 2, 7, 60, 555])
    func tinyRunsWriteExactlyTheRowsAsked(rows: Int) throws {
        let (directory, summary) = try generate(rows: rows)
        defer { remove(directory) }
        #expect(summary.rows == rows)
        let total = try summary.files.map { countRecords(try bytes(directory, $0)) }.reduce(0, +)
        #expect(total == rows)
        #expect(summary.plantedRejectCount <= max(1, rows / 50))
    }

    @Test func nationalFileIsDVCQGStyle() throws {
        let (directory, _) = try generate()
        defer { remove(directory) }
        let data = try bytes(directory, "dvcqg-2025-Q3.csv")
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        let header = text.prefix { $0 != "\r\n" }
        #expect(
            header == "MaHoSo;MaTinh;MaDonVi;DonViXuLy;MaTTHC;HoTenNguoiNop;KenhThucHien;TrangThaiHoSo;"
                + "NgayTiepNhan;NgayHenTra;NgayKetThucXuLy;NgayTra;NgayTuChoi;SoLanBoSung;SoNgayBoSung;"
                + "CoPhiLePhi;DuocThanhToanTrucTuyen;HoSoCoThanhPhanSoHoa;DuocTaiSuDung;CoKetQuaDienTu;"
                + "DaDongBo;MucDoHaiLong;CoPhanAnhKienNghi;NgayYeuCauBoSung;SoCCCD")
        #expect(text.contains("\r\n"))
        #expect(text.contains("\"Sở Tư pháp,\nPhòng Hộ tịch\""))
        #expect(text.contains("\"Văn phòng Đăng ký đất đai; Chi nhánh số 1\""))
    }

    @Test func provincialFileIsCommaSeparatedWithVietnameseHeaders() throws {
        let (directory, _) = try generate()
        defer { remove(directory) }
        let data = try bytes(directory, "dak-lak-2025-Q3.csv")
        #expect(data.first != 0xEF)
        #expect(!data.contains(0x0D))
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.hasPrefix("Mã hồ sơ,Họ tên người nộp,Số CCCD,Tỉnh,unit_code,Đơn vị,Mã TTHC,Kênh,Trạng thái,"))
        #expect(text.contains("Tỉnh Đắk Lắk"))
        #expect(text.contains("/2025 "))
    }

    @Test func bothDelimitersAndDecomposedTextArePresent() throws {
        let (directory, summary) = try generate()
        defer { remove(directory) }
        var delimiters: Set<UInt8> = []
        var decomposed = false
        for name in summary.files {
            let data = try bytes(directory, name)
            delimiters.insert(try CSVDialect.sniff(data).delimiter)
            let text = String(decoding: data, as: UTF8.self)
            // A combining mark (U+0300…U+036F) appears only in NFD text.
            decomposed = decomposed || text.unicodeScalars.contains { (0x300...0x36F).contains($0.value) }
        }
        #expect(delimiters == [0x2C, 0x3B])
        #expect(decomposed)
    }

    @Test func plantedProblemsAreCounted() throws {
        let (directory, summary) = try generate()
        defer { remove(directory) }
        let reasons = [
            "bad_channel", "bad_datetime", "bad_flag", "bad_number", "bad_rating", "bad_status",
            "due_before_received", "finished_before_received", "missing_value", "unknown_province",
            "wrong_field_count",
        ]
        #expect(summary.plantedRejects.keys.sorted() == reasons)
        #expect(summary.plantedRejects.values.allSatisfy { $0 > 0 })
        #expect(summary.plantedDuplicates > 0)
        #expect(Double(summary.plantedRejectCount) < 0.05 * Double(summary.rows))
        let all = try summary.files.map { String(decoding: try bytes(directory, $0), as: UTF8.self) }.joined()
        // 31 February of the dossier's year, in the file's own date form.
        #expect(all.contains("0231083000") || all.contains("31/02/"))
    }

    @Test func preMergerProvinceCodesResolveToTodaysUnits() throws {
        let (directory, _) = try generate()
        defer { remove(directory) }
        let text = String(decoding: try bytes(directory, "dvcqg-2025-Q2.csv"), as: UTF8.self)
        var codes: Set<String> = []
        for line in text.split(separator: "\r\n").dropFirst() {
            let fields = line.split(separator: ";", omittingEmptySubsequences: false)
            if fields.count == 25, fields[0].hasPrefix("H15.") { codes.insert(String(fields[1])) }
        }
        #expect(codes.contains("54"))
        #expect(codes.contains("66"))
        #expect(codes.allSatisfy { ProvinceRegistry.standard.resolve($0)?.code == ProvinceCode(66) })
    }

    @Test func someDossiersWaitForASupplementWithTheTimeOfTheRequest() throws {
        let (directory, _) = try generate(rows: 10_000)
        defer { remove(directory) }
        let text = String(decoding: try bytes(directory, "dvcqg-2025-Q3.csv"), as: UTF8.self)
        var waiting = 0
        var requestedInTime = 0
        var requestedLate = 0
        var twoRequests = 0
        var otherStatusWithRequest = 0
        for line in text.split(separator: "\r\n").dropFirst() {
            // yyyyMMddHHmmss times compare as text.
            let fields = line.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 25, fields[8].count == 14 else { continue }
            let requested = fields[23]
            guard fields[7] == "5" else {
                if !requested.isEmpty { otherStatusWithRequest += 1 }
                continue
            }
            waiting += 1
            #expect(requested.count == 14 && requested >= fields[8], "\(fields[0]): requested \(requested)")
            #expect(fields[10].isEmpty && fields[11].isEmpty && fields[12].isEmpty, "\(fields[0]) has no end")
            if fields[13] == "2" { twoRequests += 1 }
            // One request, nothing supplemented yet: the effective due is the due.
            guard fields[13] == "1", fields[14] == "0", !fields[9].isEmpty else { continue }
            if requested <= fields[9] { requestedInTime += 1 } else { requestedLate += 1 }
        }
        #expect(waiting > 20)
        #expect(requestedInTime > 0 && requestedLate > 0 && twoRequests > 0)
        #expect(otherStatusWithRequest > 0)
    }

    @Test func manifestHoldsTheSummary() throws {
        let (directory, summary) = try generate()
        defer { remove(directory) }
        let data = try Data(contentsOf: URL(fileURLWithPath: directory + "/manifest.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(json["rows"] as? Int == summary.rows)
        #expect(json["seed"] as? Int == 766)
        #expect(json["files"] as? [String] == summary.files)
        #expect(json["quarters"] as? [String] == ["2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3"])
        #expect(json["planted_duplicates"] as? Int == summary.plantedDuplicates)
        #expect(json["planted_rejects"] as? [String: Int] == summary.plantedRejects)
        #expect((json["note"] as? String)?.contains("synthetic") == true)
    }

    @Test func singleFileModeWritesOneSemicolonFile() throws {
        let (directory, summary) = try generate(rows: 2_500, singleFile: true)
        defer { remove(directory) }
        #expect(summary.files == ["dvcqg-all.csv"])
        let data = try bytes(directory, "dvcqg-all.csv")
        #expect(try CSVDialect.sniff(data).delimiter == 0x3B)
        #expect(countRecords(data) == 2_500)
    }

    @Test func canonicalLayoutWritesCommaCanonicalNamesAndDashedTimes() throws {
        let directory = temporaryDirectory()
        defer { remove(directory) }
        let options = DemoDataOptions(rows: 2_500, singleFile: true, layout: .canonical)
        let summary = try DemoDataGenerator.generate(into: directory, options: options)
        #expect(summary.files == ["canonical-all.csv"])
        let data = try bytes(directory, "canonical-all.csv")
        #expect(try CSVDialect.sniff(data).delimiter == 0x2C)
        #expect(countRecords(data) == 2_500)
        #expect(!data.contains(0x0D))
        let text = String(decoding: data, as: UTF8.self)
        let lines = text.split(separator: "\n")
        #expect(
            lines[0]
                == "dossier_id,province,unit_code,unit_name,procedure_code,channel,status,received_at,due_at,"
                + "finished_at,returned_at,refused_at,supplement_count,supplement_days,paid_online,synced,rating,"
                + "supplement_requested_at")
        // The eighth cell of a row is its receipt time, e.g. 2024-10-03 08:15:00.
        let received = lines[1].split(separator: ",", omittingEmptySubsequences: false)[7]
        #expect(received.utf8.count == 19)
        #expect(Array(received.utf8)[4] == 0x2D && Array(received.utf8)[10] == 0x20)
    }

    @Test func badOptionsAreRefused() {
        #expect(throws: DemoDataError.self) {
            try DemoDataGenerator.generate(into: temporaryDirectory(), options: DemoDataOptions(rows: -1))
        }
        #expect(throws: DemoDataError.self) {
            try DemoDataGenerator.generate(into: temporaryDirectory(), options: DemoDataOptions(quarters: []))
        }
    }
}
