import Foundation
import TestSupport
import Testing

/// Property tests on random valid exports (seeded, so a failure replays): every run reconciles,
/// and shuffling rows, reversing the file order or changing `--jobs` never changes the figures.
@Suite struct PropertyTests {
    typealias Random = SplitMix64

    /// One random export: its header and rows (each row's fields, unquoted), and its delimiter.
    struct Export {
        var delimiter: String
        var header: [String]
        var rows: [[String]]

        /// The file's text with the rows in `order`, quoting fields that need it (and some that
        /// do not), CRLF or LF line ends.
        func text(order: [Int], crlf: Bool, random: inout Random) -> String {
            let newline = crlf ? "\r\n" : "\n"
            func cell(_ value: String) -> String {
                let needs = value.contains(delimiter) || value.contains("\"") || value.contains("\n")
                return needs || random.chance(10)
                    ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
            }
            return ([header] + order.map { rows[$0] }).map { $0.map(cell).joined(separator: delimiter) }
                .joined(separator: newline) + newline
        }
    }

    static let units = [
        "Sở Tư pháp", "UBND phường Tân Lợi", "Trung tâm Phục vụ hành chính công", "Sở Y tế; phòng \"A\"",
    ]

    static func export(_ random: inout Random, file: Int, ids: inout [String]) -> Export {
        let delimiter = [",", ";", "\t"][random.below(3)]
        let header = [
            "MaHoSo", "MaTinh", "DonViXuLy", "KenhThucHien", "TrangThaiHoSo", "NgayTiepNhan", "NgayHenTra",
            "NgayKetThucXuLy", "SoLanBoSung", "CoPhiLePhi", "DuocThanhToanTrucTuyen", "MucDoHaiLong",
        ]
        var rows: [[String]] = []
        for _ in 0..<(20 + random.below(200)) {
            // A third of the rows repeat an id seen before, in this file or another.
            let id = !ids.isEmpty && random.chance(30) ? ids[random.below(ids.count)] : "D\(file)-\(ids.count)"
            ids.append(id)
            var unit = units[random.below(units.count)]
            if random.chance(30) { unit = unit.decomposedStringWithCanonicalMapping }
            if random.chance(10) { unit = unit.replacingOccurrences(of: " ", with: "\n") }
            let month = 4 + random.below(6)
            let day = 1 + random.below(28)
            let received = String(format: "2025%02d%02d%02d0000", month, day, 7 + random.below(10))
            let dueDay = min(28, day + random.below(20))
            let due = random.chance(90) ? String(format: "2025%02d%02d170000", month, dueDay) : ""
            let finished =
                random.chance(70)
                ? String(
                    format: "2025%02d%02d090000", min(12, month + random.below(2)), min(28, day + random.below(10)))
                : ""
            rows.append([
                id, ["66", "54", "01", "79", "Đắk Lắk", "H15"][random.below(6)], unit,
                ["1", "2", "3", ""][random.below(4)],
                finished.isEmpty ? ["2", "4", "5"][random.below(3)] : ["9", "10"][random.below(2)], received, due,
                finished >= received ? finished : "", String(random.below(3)), ["0", "1", ""][random.below(3)],
                ["0", "1", "2", ""][random.below(4)], ["1", "2", "3", ""][random.below(4)],
            ])
        }
        return Export(delimiter: delimiter, header: header, rows: rows)
    }

    func report(_ inputs: [String], jobs: String, out: String) throws -> [String: Data] {
        let outcome = try Binary.run(
            ["report"] + inputs + [
                "--quarter", "2025-Q3", "--jobs", jobs, "--split-size", "2048", "--out", out, "--quiet",
            ])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/run.json")))
                as? [String: Any])
        let reconciliation = try #require(json["reconciliation"] as? [String: Any])
        #expect(reconciliation["balanced"] as? Bool == true)
        #expect(reconciliation["rejected"] as? Int == 0)
        return try snapshot(out)
    }

    @Test(arguments: [11, 22, 33, 44] as [UInt64])
    func randomExportsReconcileAndNeverDependOnOrderOrJobs(seed: UInt64) throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        var random = Random(seed: seed)
        var ids: [String] = []
        let exports = (0..<(1 + random.below(3))).map { Self.export(&random, file: $0, ids: &ids) }
        let crlf = exports.map { _ in random.chance(50) }
        var forward: [String] = []
        var shuffledBackward: [String] = []
        for (index, export) in exports.enumerated() {
            let plain = temp.path("f\(index).csv")
            try export.text(order: Array(export.rows.indices), crlf: crlf[index], random: &random)
                .write(toFile: plain, atomically: true, encoding: .utf8)
            forward.append(plain)
            var order = Array(export.rows.indices)
            for slot in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(slot, random.below(slot + 1)) }
            let shuffled = temp.path("s\(index).csv")
            try export.text(order: order, crlf: !crlf[index], random: &random)
                .write(toFile: shuffled, atomically: true, encoding: .utf8)
            shuffledBackward.insert(shuffled, at: 0)
        }
        let one = try report(forward, jobs: "1", out: temp.path("one"))
        let four = try report(forward, jobs: "4", out: temp.path("four"))
        let shuffled = try report(shuffledBackward, jobs: "2", out: temp.path("shuffled"))
        #expect(one == four, "--jobs changed the output (seed \(seed))")
        // report.html and run.json name the input files and their digests, which differ here.
        for name in [
            "rankings.csv", "indicators.csv", "provinces.csv", "units.csv", "focus.csv", "procedures.csv",
            "rejects.csv",
        ] {
            #expect(one[name] == shuffled[name], "\(name) changed with row order and file order (seed \(seed))")
        }
    }
}
