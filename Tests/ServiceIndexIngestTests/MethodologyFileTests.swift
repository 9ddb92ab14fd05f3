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
        // The exports' indicators of the built-in table but for the two the portal's formulas
        // changed; without a portal code, and every one from the exports.
        var expected = Methodology.qd766.indicators.filter(\.isMeasuredFromExports)
        expected[3].maxPoints = 10
        expected[5].threshold = 0.8
        let lines = previous.indicators.map(\.line)
        #expect(lines == [2, 3, 4, 5, 6, 7, 8, 9])
        for index in expected.indices {
            expected[index].line = lines[index]
            expected[index].portalCode = nil
            expected[index].source = .exports
        }
        #expect(previous.indicators == expected)
        // Scores as before: 3 of 4 digitised was 4 × 0.75 / 0.8 = 3.75 points; now 3.
        let threeOfFour = MetricValue(numerator: 3, denominator: 4, rate: 0.75, status: .ok)
        #expect(abs(Methodology.points(for: threeOfFour, of: previous.indicators[5]) - 3.75) < 1e-12)
        let digitized = Methodology.qd766.indicators.first { $0.id == "mdsh.digitized" }!
        #expect(Methodology.points(for: threeOfFour, of: digitized) == 3)
    }

    @Test("sources and portal codes: a published indicator needs no metric; an exports one does")
    func sources() throws {
        let temp = FileManager.default.temporaryDirectory.appendingPathComponent("methodology-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: temp) }
        try """
        indicator,group,metric,max,threshold,source,portal_code
        tdgq.on_time,tdgq,timeliness_rate,20,1,,ON_TIME_RATE
        dvctt.online,dvctt,online_rate,12,0.5,published_first,
        ckmb.publish_on_time,ckmb,,6,1,,PUBLISH_ON_TIME

        """.write(to: temp, atomically: true, encoding: .utf8)
        let loaded = try MethodologyFile.load(path: temp.path)
        #expect(loaded.indicators.map(\.source) == [.exports, .publishedFirst, .published])
        #expect(loaded.indicators.map(\.portalCode) == ["ON_TIME_RATE", nil, "PUBLISH_ON_TIME"])
        #expect(loaded.maxPoints == 38 && loaded.exportsPoints == 32)
        try """
        indicator,group,metric,max,threshold,source
        tdgq.on_time,tdgq,,20,1,exports

        """.write(to: temp, atomically: true, encoding: .utf8)
        #expect {
            _ = try MethodologyFile.load(path: temp.path)
        } throws: { error in
            (error as? IngestError)?.line == 2 && "\(error)".contains("source exports needs a metric")
        }
    }
}
