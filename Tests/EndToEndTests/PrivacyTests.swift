import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Applicants' names and ID numbers, which exports carry in columns the tool does not read,
/// never reach an output (docs/methodology.md, Bad input and rejects: `rejects.csv` keeps the dossier id and the offending value
/// only): not a CSV, not `run.json`, not `report.html`, not the console.
@Suite struct PrivacyTests {
    @Test func theFixtureExportsLeakNoApplicantData() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let personal = try PersonalData.read(directory: Package.exports.path)
        #expect(personal.layouts == ["HoTenNguoiNop/SoCCCD"])
        #expect(personal.names.count >= 10 && personal.idNumbers.count >= 10)
        let outcome = try Binary.run(
            ["report", "fixtures/exports", "--max-reject-rate", "1", "--out", temp.path("out")], in: Package.root)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let leaks = try personal.leaks(in: temp.path("out"), console: outcome)
        #expect(leaks.isEmpty, "personal data in the outputs: \(leaks.prefix(20))")
    }

    @Test func theDemoDataLeaksNoApplicantData() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let generate = try Binary.run(["generate", "--out", temp.path("demo"), "--rows", "5000", "--seed", "3"])
        #expect(generate.status == 0, "\(generate.stderr)")
        let personal = try PersonalData.read(directory: temp.path("demo"))
        // Both layouts of the generator, so neither spelling of the columns goes unchecked.
        #expect(personal.layouts == ["HoTenNguoiNop/SoCCCD", "Họ tên người nộp/Số CCCD"])
        #expect(personal.names.count > 1000 && personal.idNumbers.count > 1000)
        let outcome = try Binary.run(
            ["report", temp.path("demo"), "--max-reject-rate", "1", "--out", temp.path("out")])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        // The planted bad rows are rejected: the rejects are part of what is searched.
        #expect(try readCSV(temp.path("out/rejects.csv")).count > 10)
        let leaks = try personal.leaks(in: temp.path("out"), console: outcome)
        #expect(leaks.isEmpty, "personal data in the outputs: \(leaks.prefix(20))")
    }

    /// Rows rejected for several reasons, each with an applicant name and ID number found nowhere
    /// else: the reject names the dossier and holds neither.
    @Test func aRejectedRowKeepsItsDossierIDAndNothingPersonal() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        try FileManager.default.createDirectory(
            at: temp.url.appendingPathComponent("in"), withIntermediateDirectories: true)
        var export = try Data(contentsOf: Package.exports.appendingPathComponent("dvcqg-2025-Q3.csv"))
        let canaries = Canary.all
        for canary in canaries { export.append(contentsOf: canary.row + [0x0A]) }
        try export.write(to: temp.url.appendingPathComponent("in/dvcqg-2025-Q3.csv"))

        var personal = try PersonalData.read(directory: temp.path("in"))
        // A row of the wrong length is left out of `read`: its canary is added here.
        personal.names.formUnion(canaries.map(\.name))
        personal.idNumbers.formUnion(canaries.map(\.number))
        let outcome = try Binary.run(["report", temp.path("in"), "--max-reject-rate", "1", "--out", temp.path("out")])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let leaks = try personal.leaks(in: temp.path("out"), console: outcome)
        #expect(leaks.isEmpty, "personal data in the outputs: \(leaks.prefix(20))")
        let rejects = try readCSV(temp.path("out/rejects.csv"))
        for canary in canaries {
            let row = rejects.first { $0.count == 7 && $0[4] == canary.id }
            #expect(row?[3] == canary.reason, "\(canary.id) is in rejects.csv with reason \(canary.reason)")
        }
    }
}

/// A row of `fixtures/exports/dvcqg-2025-Q3.csv`'s layout made to be rejected, with an applicant
/// name and ID number of its own.
struct Canary {
    var id: String
    var reason: String
    var name: String
    var number: String
    var row: [UInt8]

    /// A good row of the DVCQG layout, before `changes` (field index → bytes): MaHoSo 0, MaTinh 1,
    /// MaDonVi 2, DonViXuLy 3, MaTTHC 4, KenhThucHien 5, TrangThaiHoSo 6, NgayTiepNhan 7,
    /// NgayHenTra 8, NgayKetThucXuLy 9, …, CoPhiLePhi 14, …, HoTenNguoiNop 22, SoCCCD 23.
    init(_ index: Int, _ reason: String, name: String, _ changes: [Int: [UInt8]], extraField: Bool = false) {
        id = "PRIV-\(index)"
        self.reason = reason
        self.name = name
        number = "99000000000\(index)"
        var fields = [
            id, "66", "U01", "Sở Tư pháp", "1.001", "2", "10", "20250703080000", "", "", "", "", "0", "0", "1", "1",
            "1", "1", "1", "1", "", "", name, number,
        ].map { Array($0.utf8) }
        for (index, value) in changes { fields[index] = value }
        if extraField { fields.append(Array("thừa".utf8)) }
        row = Array(fields.joined(separator: [UInt8(ascii: ";")]))
    }

    static let all = [
        Canary(1, "bad_datetime", name: "Quách Thị Ngày Sai", [7: Array("20250231080000".utf8)]),
        Canary(2, "wrong_field_count", name: "Quách Văn Thừa Cột", [:], extraField: true),
        Canary(3, "invalid_utf8", name: "Quách Thị Mã Hỏng", [6: [UInt8(ascii: "1"), 0xFF]]),
        Canary(4, "unknown_province", name: "Quách Văn Tỉnh Lạ", [1: Array("Atlantis".utf8)]),
        Canary(5, "field_too_long", name: "Quách Thị Ô Dài", [3: Array(repeating: UInt8(ascii: "S"), count: 70_000)]),
        Canary(6, "missing_value", name: "Quách Văn Thiếu Ô", [6: []]),
        Canary(7, "finished_before_received", name: "Quách Thị Xong Sớm", [9: Array("20250701080000".utf8)]),
        Canary(8, "bad_flag", name: "Quách Văn Cờ Sai", [14: Array("có lẽ".utf8)]),
    ]
}

/// The personal data of a set of exports: every applicant name and ID number in the columns
/// that hold them.
struct PersonalData {
    static let layouts = [("HoTenNguoiNop", "SoCCCD"), ("Họ tên người nộp", "Số CCCD")]

    var names: Set<String> = []
    var idNumbers: Set<String> = []
    /// The column pairs found, as `name/id`.
    var layouts: Set<String> = []

    /// Reads every `*.csv` of a directory (its delimiter from its header line).
    static func read(directory: String) throws -> PersonalData {
        var data = PersonalData()
        for file in try FileManager.default.contentsOfDirectory(atPath: directory) where file.hasSuffix(".csv") {
            // Decoded leniently: an export may hold invalid UTF-8 (a rejected row).
            let text = String(
                decoding: try Data(contentsOf: URL(fileURLWithPath: directory + "/" + file)), as: UTF8.self)
            let firstLine = text.unicodeScalars.prefix { $0 != "\n" }
            let semicolons = firstLine.filter { $0 == ";" }.count
            let delimiter: Unicode.Scalar = semicolons > firstLine.filter { $0 == "," }.count ? ";" : ","
            let rows = parseCSV(text, delimiter: delimiter)
            guard let header = rows.first?.map(\.precomposedStringWithCanonicalMapping) else { continue }
            for (nameColumn, idColumn) in layouts {
                guard let nameIndex = header.firstIndex(of: nameColumn), let idIndex = header.firstIndex(of: idColumn)
                else {
                    continue
                }
                data.layouts.insert("\(nameColumn)/\(idColumn)")
                // Rows of the wrong length are left out: their columns are shifted.
                for row in rows.dropFirst() where row.count == header.count {
                    let name = row[nameIndex].trimmingCharacters(in: .whitespacesAndNewlines)
                    let number = row[idIndex].trimmingCharacters(in: .whitespacesAndNewlines)
                    if !name.isEmpty { data.names.insert(name) }
                    if !number.isEmpty { data.idNumbers.insert(number) }
                }
            }
        }
        return data
    }

    /// The names and numbers found in any file of `directory` or in the run's console output,
    /// as `file: value`. A name is looked for in NFC and in NFD.
    func leaks(in directory: String, console: Binary.Outcome) throws -> [String] {
        var texts: [(String, [UInt8])] = [
            ("stdout", Array(console.stdout.utf8)), ("stderr", Array(console.stderr.utf8)),
        ]
        for file in try FileManager.default.contentsOfDirectory(atPath: directory).sorted() {
            texts.append((file, [UInt8](try Data(contentsOf: URL(fileURLWithPath: directory + "/" + file)))))
        }
        let needles = Set(
            names.flatMap { [$0.precomposedStringWithCanonicalMapping, $0.decomposedStringWithCanonicalMapping] }
                + idNumbers
        ).map { Array($0.utf8CString) }
        var found: [String] = []
        for (file, bytes) in texts {
            // `strstr`: thousands of needles over every output would be too slow searched in
            // Swift in a debug build. NUL bytes become 0x01, which no needle holds.
            let haystack = bytes.map { $0 == 0 ? 1 : CChar(bitPattern: $0) } + [0]
            for needle in needles where needle.count > 1 && strstr(haystack, needle) != nil {
                found.append(
                    "\(file): \(String(decoding: needle.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self))")
            }
        }
        return found
    }
}
