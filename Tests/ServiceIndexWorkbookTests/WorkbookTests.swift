import Foundation
import Testing

@testable import ServiceIndexWorkbook

@Suite struct WorkbookWriterTests {
    @Test func cellsKeepTheCSVValueAndTheirKind() throws {
        let rate = try #require(ReportWorkbook.content(.rate(0.96174)))
        #expect(rate.0 == .number(0.9617))
        #expect(rate.1.numberFormat == "0.00%")
        let count = try #require(ReportWorkbook.content(.count(12_345)))
        #expect(count.0 == .number(12_345) && count.1.numberFormat == "#,##0")
        let points = try #require(ReportWorkbook.content(.decimal(2.345, decimals: 2)))
        #expect(points.0 == .number(2.35) && points.1.numberFormat == "0.00")
        // Text is stored as written, with no guard: a text cell is never a formula.
        let formula = try #require(ReportWorkbook.content(.text("=1+1")))
        #expect(formula.0 == .text("=1+1"))
        #expect(ReportWorkbook.content(.empty) == nil)
    }

    @Test func libxlsxwriterFailuresAreTypedErrors() throws {
        let writer = try XLSXWriter(properties: .init(title: "t", created: 0))
        #expect {
            _ = try writer.addSheet("a[b]")
        } throws: { error in
            (error as? XLSXError)?.operation == "add sheet \"a[b]\"" && (error as? XLSXError)?.code != nil
        }
        let sheet = try writer.addSheet("Data")
        #expect(throws: XLSXError.self) { _ = try writer.addSheet("Data") }
        try writer.write(sheet, row: 0, column: 0, .text("=1+1"))
        #expect(throws: XLSXError.self) { try writer.write(sheet, row: 1_048_576, column: 0, .number(1)) }
        let bytes = try writer.finish()
        #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        #expect {
            _ = try writer.addSheet("Late")
        } throws: { error in
            (error as? XLSXError)?.reason == "it was already written"
        }
    }

    @Test func theSameContentGivesTheSameBytes() throws {
        func render() throws -> [UInt8] {
            let writer = try XLSXWriter(properties: .init(title: "t", created: 1_759_251_600))
            let sheet = try writer.addSheet("Xếp hạng")
            try writer.write(sheet, row: 0, column: 0, .text("Hà Nội"))
            try writer.write(sheet, row: 0, column: 1, .number(57.3), .init(numberFormat: "0.00"))
            return try writer.finish()
        }
        #expect(try render() == render())
    }
}
