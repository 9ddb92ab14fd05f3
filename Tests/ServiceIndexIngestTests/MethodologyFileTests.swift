import Foundation
import ServiceIndexCore
import ServiceIndexIngest
import Testing

/// The package root, from this file's place in it.
private let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

@Suite("Methodology files")
struct MethodologyFileTests {
    @Test("the previous qd766 table loads from methodologies/: payment 10 points, digitisation to 80 %")
    func previousTable() throws {
        let path = packageRoot.appendingPathComponent("methodologies/qd766-2025.csv").path
        let previous = try MethodologyFile.load(path: path)
        #expect(previous.name == "qd766-2025")
        #expect(previous.maxPoints == 66)
        // The built-in table but for the two indicators the portal's formulas changed.
        var expected = Methodology.qd766.indicators
        expected[3].maxPoints = 10
        expected[5].threshold = 0.8
        let lines = previous.indicators.map(\.line)
        #expect(lines == [2, 3, 4, 5, 6, 7, 8, 9])
        for index in expected.indices { expected[index].line = lines[index] }
        #expect(previous.indicators == expected)
        // Scores as before: 3 of 4 digitised was 4 × 0.75 / 0.8 = 3.75 points; now 3.
        let threeOfFour = MetricValue(numerator: 3, denominator: 4, rate: 0.75, status: .ok)
        #expect(abs(Methodology.points(for: threeOfFour, of: previous.indicators[5]) - 3.75) < 1e-12)
        #expect(Methodology.points(for: threeOfFour, of: Methodology.qd766.indicators[5]) == 3)
    }
}
