import Foundation
import ServiceIndexCore
import ServiceIndexIngest
import Testing

/// A repeated id makes the tool read the kept record again and keep the more advanced of the
/// two (docs/methodology.md, Duplicates). The oracle: an export with duplicates gives the same
/// tallies as one holding only the records that should be kept.
struct DuplicateRereadTests {
    private static let header = "MaHoSo,MaTinh,MaDonVi,TenDonVi,TrangThaiHoSo,NgayTiepNhan,NgayKetThucXuLy\n"

    /// Reads `rows` (after the header) as one export, on `jobs` workers.
    private func ingest(_ rows: [String], jobs: Int = 1, splitBytes: Int64 = 1 << 26) throws -> IngestResult {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("duplicate-reread-\(UUID().uuidString).csv").path
        try Data((Self.header + rows.joined()).utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        var options = IngestOptions()
        options.jobs = jobs
        options.splitBytes = splitBytes
        return try Ingest.run(paths: [path], options: options)
    }

    private let open = "HS-1,66,U1,Phòng A,4,20250702080000,\n"
    private let finished = "HS-1,66,U1,Phòng A,10,20250702080000,20250710170000\n"

    @Test func theSameRecordTwiceIsCountedOnce() throws {
        let result = try ingest([open, open, open])
        #expect(result.reconciliation.accepted == 1)
        #expect(result.reconciliation.duplicates == 2)
        #expect(result.aggregate == (try ingest([open])).aggregate)
    }

    @Test func theMoreAdvancedRecordIsKeptInEitherOrder() throws {
        let expected = try ingest([finished]).aggregate
        #expect(try ingest([open, finished]).aggregate == expected)
        #expect(try ingest([finished, open]).aggregate == expected)
        #expect(try ingest([open, finished, open]).reconciliation.duplicates == 2)
    }

    /// Two records that tie on their times and status: the rest of the record decides (here
    /// the unit name, the larger kept), whichever comes first.
    @Test func aTieOnTimesIsDecidedByTheText() throws {
        let a = "HS-1,66,U1,Phòng A,4,20250702080000,\n"
        let b = "HS-1,66,U1,Phòng B,4,20250702080000,\n"
        let expected = try ingest([b]).aggregate
        #expect(try ingest([a, b]).aggregate == expected)
        #expect(try ingest([b, a]).aggregate == expected)
        #expect(try ingest([a, b]).aggregate != (try ingest([a])).aggregate)
    }

    /// Ids are compared once normalised: white space around and inside them is not a
    /// difference; letter case is.
    @Test func idsAreComparedNormalised() throws {
        let spaced = " HS  1 ,66,U1,Phòng A,10,20250702080000,20250710170000\n"
        let plain = "HS 1,66,U1,Phòng A,4,20250702080000,\n"
        let lower = "hs 1,66,U1,Phòng A,4,20250702080000,\n"
        #expect(try ingest([plain, spaced]).reconciliation.duplicates == 1)
        #expect(try ingest([spaced, plain]).aggregate == (try ingest([spaced])).aggregate)
        #expect(try ingest([plain, lower]).reconciliation.duplicates == 0)
    }

    /// Many kept records read again one after another, one of them over two lines: each read
    /// finds its own record.
    @Test func keptRecordsAreFoundAgainOneAfterAnother() throws {
        let multiline = "HS-2,66,U2,\"Phòng\nhai\",4,20250703080000,\n"
        let multilineDone = "HS-2,66,U2,\"Phòng\nhai\",10,20250703080000,20250709170000\n"
        var rows = [open, multiline]
        var kept = [finished, multilineDone]
        for index in 0..<50 {
            let id = "HS-\(index + 3)"
            rows.append("\(id),66,U3,Phòng ba,4,20250704080000,\n")
            kept.append("\(id),66,U3,Phòng ba,10,20250704080000,20250711170000\n")
        }
        rows += [finished, multilineDone] + kept.dropFirst(2) + [open, multiline]
        let result = try ingest(rows)
        #expect(result.reconciliation.accepted == 52)
        #expect(result.reconciliation.duplicates == 54)
        #expect(result.aggregate == (try ingest(kept)).aggregate)
        let parallel = try ingest(rows, jobs: 3, splitBytes: 256)
        #expect(parallel.aggregate == result.aggregate)
        #expect(parallel.reconciliation == result.reconciliation)
    }

    /// The same bytes under other headers are another record: a file whose status and channel
    /// columns are swapped gives `HS-1,66,2,3,…` a status of 2, not 3. The larger file is read
    /// first, so its record is the one kept when the other's row comes.
    @Test func theSameBytesUnderOtherColumnsAreNotTheSameRecord() throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("duplicate-layout-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        func ingest(_ files: [(name: String, text: String)]) throws -> IngestResult {
            for file in files { try Data(file.text.utf8).write(to: directory.appendingPathComponent(file.name)) }
            defer {
                for file in files {
                    try? FileManager.default.removeItem(at: directory.appendingPathComponent(file.name))
                }
            }
            return try Ingest.run(
                paths: files.map { directory.appendingPathComponent($0.name).path }, options: IngestOptions())
        }
        let row = "HS-1,66,2,3,20250702080000\n"
        let statusThenChannel =
            "MaHoSo,MaTinh,TrangThaiHoSo,KenhThucHien,NgayTiepNhan\n" + row + "HS-2,66,4,1,20250703080000\n"
        let channelThenStatus = "MaHoSo,MaTinh,KenhThucHien,TrangThaiHoSo,NgayTiepNhan\n" + row
        let result = try ingest([("status-first.csv", statusThenChannel), ("channel-first.csv", channelThenStatus)])
        #expect(result.reconciliation.duplicates == 1)
        // Status 3 (the channel-first file's reading) is the more advanced record of HS-1.
        let expected = try ingest([
            (
                "kept.csv",
                "MaHoSo,MaTinh,TrangThaiHoSo,KenhThucHien,NgayTiepNhan\nHS-1,66,3,2,20250702080000\nHS-2,66,4,1,20250703080000\n"
            )
        ])
        #expect(result.aggregate == expected.aggregate)
    }
}
