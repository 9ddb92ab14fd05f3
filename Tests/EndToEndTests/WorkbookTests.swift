import Foundation
import Testing

/// `report.xlsx` read back with openpyxl (`scripts/check_workbook.py`): every cell of every table
/// sheet against the CSV it mirrors, text that looks like a formula kept as text, the chart, the
/// 100,000-row limit; and the same inputs giving the same bytes.
@Suite struct WorkbookTests {
    @Test func everySheetHoldsTheCSVCellsAndFormulaLookingTextStaysText() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let files = try FormulaInjectionTests.writeInputs(in: temp)
        for lang in ["en", "vi"] {
            let outcome = try Binary.run(
                [
                    "report", "--quarter", "2025-Q3", "--max-reject-rate", "1", "--out", lang, "--lang", lang,
                    "--methodology", "methodology.csv",
                    "--previous", "previous.csv", "--quiet", "--",
                ] + files,
                in: temp.url)
            #expect(outcome.status == 0, "\(outcome.stderr)")
            let check = try Python.run(["scripts/check_workbook.py", temp.path(lang), "--lang", lang])
            #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        }
        // The checker itself sees a changed value.
        let units = temp.path("en/units.csv")
        let text = try String(contentsOfFile: units, encoding: .utf8)
        #expect(text.contains("'=Unit"))
        try text.replacingOccurrences(of: "'=Unit", with: "'=Unit2").write(
            toFile: units, atomically: true, encoding: .utf8)
        let changed = try Python.run(["scripts/check_workbook.py", temp.path("en"), "--lang", "en"])
        #expect(changed.status == 1 && changed.stdout.contains("'=Unit"), "\(changed.stdout)")
    }

    @Test func theSameInputsGiveTheSameWorkbookBytes() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        var workbooks: [Data] = []
        for (out, epoch) in [("a", "1767225600"), ("b", "1800000000")] {
            let outcome = try Binary.run(
                [
                    "report", "fixtures/exports", "--quarter", "2025-Q3", "--max-reject-rate", "0.5", "--quiet",
                    "--out", temp.path(out),
                ], environment: ["SOURCE_DATE_EPOCH": epoch], in: Package.root)
            #expect(outcome.status == 0, "\(outcome.stderr)")
            workbooks.append(try Data(contentsOf: temp.url.appendingPathComponent("\(out)/report.xlsx")))
        }
        #expect(workbooks[0].starts(with: [0x50, 0x4B, 0x03, 0x04]))
        #expect(workbooks[0] == workbooks[1])
    }

    @Test func theRejectsSheetListsTheFirst100000RowsAndSaysHowManyThereWere() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        var text = "MaHoSo,MaTinh,MaTTHC,TrangThaiHoSo,NgayTiepNhan\nok,66,P,10,20250703080000\n"
        for index in 0..<100_003 { text += "b\(index),66,P,10,bad\n" }
        try Data(text.utf8).write(to: temp.url.appendingPathComponent("export.csv"))
        let outcome = try Binary.run(
            ["report", "export.csv", "--quarter", "2025-Q3", "--max-reject-rate", "1", "--out", "out", "--quiet"],
            in: temp.url)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let check = try Python.run(["scripts/check_workbook.py", temp.path("out"), "--lang", "vi"])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }
}

/// Runs a Python 3 script from the package root.
enum Python {
    static func run(_ arguments: [String]) throws -> Binary.Outcome {
        try Binary.launch(URL(fileURLWithPath: "/usr/bin/env"), ["python3"] + arguments, in: Package.root)
    }
}

/// `--csv-dialect excel-vi`: the same values as the comma files, with `;`, decimal commas, BOM
/// and CRLF.
@Suite struct CSVDialectTests {
    @Test func excelVietnameseFilesHoldTheSameValuesAsTheCommaFiles() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        for dialect in ["rfc4180", "excel-vi"] {
            let outcome = try Binary.run(
                [
                    "report", "fixtures/exports", "--quarter", "2025-Q3", "--max-reject-rate", "0.5", "--quiet",
                    "--csv-dialect", dialect, "--out", temp.path(dialect),
                ], in: Package.root)
            #expect(outcome.status == 0, "\(outcome.stderr)")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: temp.path("rfc4180"))
            .filter { $0.hasSuffix(".csv") }.sorted()
        #expect(names.count >= 7)
        for name in names {
            let bytes = try Data(contentsOf: temp.url.appendingPathComponent("excel-vi/\(name)"))
            #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]), "\(name): no BOM")
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(text.hasSuffix("\r\n") && !text.replacingOccurrences(of: "\r\n", with: "").contains("\r\n"))
            let comma = try readCSV(temp.path("rfc4180/\(name)"))
            let excel = try readCSV(temp.path("excel-vi/\(name)"), delimiter: ";")
            #expect(excel.count == comma.count, "\(name)")
            let header = comma.first ?? []
            for (plainRow, excelRow) in zip(comma, excel) {
                #expect(excelRow.count == plainRow.count, "\(name): \(excelRow)")
                for (column, (plain, field)) in zip(header, zip(plainRow, excelRow)) {
                    let isNumber = FormulaInjectionTests.numberColumns.contains(column) && plainRow != header
                    let expected = isNumber ? plain.replacingOccurrences(of: ".", with: ",") : plain
                    #expect(field == expected, "\(name): \(field) for \(plain)")
                }
            }
        }
        // validate writes its rejects file in the same form.
        let validate = try Binary.run(
            [
                "validate", "fixtures/exports", "--max-reject-rate", "0.5", "--quiet", "--csv-dialect", "excel-vi",
                "--rejects", temp.path("rejects-vi.csv"),
            ], in: Package.root)
        #expect(validate.status == 0, "\(validate.stderr)")
        let rejects = try Data(contentsOf: temp.url.appendingPathComponent("rejects-vi.csv"))
        #expect(rejects == (try Data(contentsOf: temp.url.appendingPathComponent("excel-vi/rejects.csv"))))
        // The values are the same: the leader's point total, as written in each form.
        let commaRankings = try readCSV(temp.path("rfc4180/rankings.csv"))
        let total = try #require(commaRankings.dropFirst().first?[4])
        #expect(total.contains("."))
        let rankings = try String(contentsOfFile: temp.path("excel-vi/rankings.csv"), encoding: .utf8)
        #expect(rankings.contains(";" + total.replacingOccurrences(of: ".", with: ",") + ";"))
    }
}
