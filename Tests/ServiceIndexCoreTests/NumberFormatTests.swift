import ServiceIndexCore
import Testing

@Test(arguments: [
    (2.345, 2, "2.35"), (2.344999, 2, "2.34"), (1.005, 2, "1.01"), (-1.005, 2, "-1.01"),
    (-0.001, 2, "0.00"), (0.5, 0, "1"), (-2.5, 0, "-3"), (12.0, 4, "12.0000"), (0.66666666, 4, "0.6667"),
    (1234.5, 1, "1234.5"),
])
func fixedDecimals(_ value: Double, _ decimals: Int, _ expected: String) {
    #expect(NumberFormat.fixed(value, decimals: decimals) == expected)
}
