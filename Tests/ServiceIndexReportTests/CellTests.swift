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
