import ServiceIndexReport
import Testing

@Test(arguments: ["=SUM(A1)", "+1", "-x", "@cmd", "\tx", "\rx"])
func formulaTriggersArePrefixed(_ text: String) {
    #expect(Cell.text(text).field == "'" + text)
}

@Test func numbersAreNeverPrefixed() {
    #expect(Cell.decimal(-1.5, decimals: 2).field == "-1.50")
    #expect(Cell.integer(-3).field == "-3")
    #expect(Cell.text("Sở Tư pháp").field == "Sở Tư pháp")
}

@Test func numbersKeepTheirKindAndTheCSVDigits() {
    #expect(Cell.rate(0.96174) == .number("0.9617", .rate))
    #expect(Cell.rate(nil) == .empty)
    #expect(Cell.count(Int64(1234)) == .number("1234", .count))
    #expect(Cell.decimal(2.345, decimals: 2) == .number("2.35", .decimal(2)))
    #expect(Cell.integer(-2) == .number("-2", .integer))
}

@Test func theDecimalMarkChangesNumbersOnly() {
    #expect(Cell.rate(0.5).field(decimalMark: ",") == "0,5000")
    #expect(Cell.decimal(-1.5, decimals: 2).field(decimalMark: ",") == "-1,50")
    #expect(Cell.count(12_345).field(decimalMark: ",") == "12345")
    #expect(Cell.text("1.5").field(decimalMark: ",") == "1.5")
    #expect(Cell.text("-1.5").field(decimalMark: ",") == "'-1.5")
}

@Test func theExcelVietnameseDialectUsesSemicolonsAndDecimalCommas() {
    let table = CSVTable(
        header: ["name", "rate", "points", "note"],
        rows: [
            [.text("Hà Nội"), .rate(0.96174), .decimal(57.3, decimals: 2), .text("a; b, c")],
            [.text("=1+1"), .empty, .decimal(-0.5, decimals: 2), .text("x")],
        ])
    let excel = table.rendered(byteOrderMark: true, dialect: .excelVI)
    let expected =
        "\u{FEFF}name;rate;points;note\r\nHà Nội;0,9617;57,30;\"a; b, c\"\r\n'=1+1;;-0,50;x\r\n"
    #expect(excel == Array(expected.utf8))
    let plain = table.rendered(byteOrderMark: false)
    #expect(
        plain
            == Array("name,rate,points,note\r\nHà Nội,0.9617,57.30,\"a; b, c\"\r\n'=1+1,,-0.50,x\r\n".utf8))
}
