import Foundation
import ServiceIndexCore
import ServiceIndexIngest
import Testing

/// `--published`: the long and wide forms, the period column, and each file-level error with its
/// line and column.
@Suite("Published scores files")
struct PublishedScoresFileTests {
    private func load(_ text: String) throws -> PublishedFile {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("published-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(text.utf8).write(to: url)
        return try PublishedScoresFile.load(path: url.path, methodology: .qd766)
    }

    @Test func theLongFormTakesIdsPortalCodesGroupsAndTotals() throws {
        let file = try load(
            """
            province,indicator,points,numerator,denominator
            66,ON_TIME_RATE,17.35,8120,9360
            Đắk Lắk,ckmb.publish_on_time,5.2,,
            66,dvctt,9.5,,
            H15,mdhl,15,,
            01,total,80.5,,
            66,mdhl.dossier,,45,50
            66,mdsh.reuse,,,

            """)
        #expect(file.dated.isEmpty)
        let dakLak = try #require(file.undated.provinces[ProvinceCode(66)])
        #expect(
            dakLak.indicators["tdgq.on_time"]
                == PublishedValue(points: 17.35, numerator: 8120, denominator: 9360, line: 2))
        #expect(dakLak.indicators["ckmb.publish_on_time"]?.points == 5.2)
        // The row of a group of one indicator is that indicator's row; other groups stay groups.
        #expect(dakLak.indicators["dvctt.online"]?.points == 9.5)
        #expect(dakLak.groups["mdhl"]?.points == 15)
        // Points left empty: max × min(1, rate / T) = 6 × min(1, 0.9 / 0.9) = 6.
        #expect(dakLak.indicators["mdhl.dossier"]?.points == 6)
        // A row with no figure (a template line not filled in) gives nothing.
        #expect(dakLak.indicators["mdsh.reuse"] == nil)
        #expect(file.undated.provinces[ProvinceCode(1)]?.total?.points == 80.5)
    }

    @Test func theWideFormGivesTotalsAndGroups() throws {
        let file = try load(
            "province,total,ckmb,tdgq,dvctt,tttt,mdsh,mdhl\nHà Nội,80.5,6,18,12,10,10,5.5\n04,61.25,,,,,,\n")
        let hanoi = try #require(file.undated.provinces[ProvinceCode(1)])
        #expect(hanoi.total?.points == 80.5 && hanoi.groups["ckmb"]?.points == 6)
        #expect(hanoi.indicators["tdgq.on_time"]?.points == 18)
        #expect(file.undated.provinces[ProvinceCode(4)]?.groups.isEmpty == true)
    }

    @Test func aPeriodColumnAppliesEachRowToThePeriodItNames() throws {
        let file = try load(
            "province,indicator,points,period\n66,ckmb.content_full,2,2025-Q3\n66,ckmb.content_full,1.5,Q2/2025\n01,total,70,\n"
        )
        let q3 = Period("2025-Q3")!
        let q2 = Period("2025-Q2")!
        #expect(file.dated[q3]?.provinces[ProvinceCode(66)]?.indicators["ckmb.content_full"]?.points == 2)
        #expect(file.dated[q2]?.provinces[ProvinceCode(66)]?.indicators["ckmb.content_full"]?.points == 1.5)
        // Reporting on Q3, the Q2 row is for the trend only; the undated row applies to Q3.
        let forQ3 = file.scores(for: q3, reported: q3)
        #expect(forQ3.provinces[ProvinceCode(66)]?.indicators["ckmb.content_full"]?.points == 2)
        #expect(forQ3.provinces[ProvinceCode(1)]?.total?.points == 70)
        let forQ2 = file.scores(for: q2, reported: q3)
        #expect(forQ2.provinces[ProvinceCode(66)]?.indicators["ckmb.content_full"]?.points == 1.5)
        #expect(forQ2.provinces[ProvinceCode(1)] == nil)
        // A report on a month takes none of the quarter rows.
        let september = Period("2025-09")!
        #expect(file.scores(for: september, reported: september).provinces[ProvinceCode(66)] == nil)
    }

    @Test(
        arguments: [
            ("province,indicator,points\n99,total,50\n", 2, 1, "unknown province '99'"),
            ("province,indicator,points\n66,ckmb.nothing,1\n", 2, 2, "unknown indicator 'ckmb.nothing'"),
            ("province,indicator,points\n66,total,abc\n", 2, 3, "total: expected a number of points ≥ 0, found 'abc'"),
            ("province,indicator,points\n66,total,-1\n", 2, 3, "total: expected a number of points ≥ 0, found '-1'"),
            (
                "province,indicator,points\n66,ON_TIME_RATE,20.5\n", 2, 3,
                "tdgq.on_time: 20.5 points is above its maximum of 20.00"
            ),
            ("province,indicator,points\n66,mdsh,22.01\n", 2, 3, "mdsh: 22.01 points is above its maximum of 22.00"),
            (
                "province,indicator,points\n66,tdgq,10\n66,ON_TIME_RATE,11\n", 3, 3,
                "tdgq.on_time of province 66 is given twice with different values (line 2 and line 3)"
            ),
            (
                "province,indicator,points,numerator,denominator\n66,tdgq,10,5.5,10\n", 2, 4,
                "expected a whole number of dossiers, found '5.5'"
            ),
            (
                "province,indicator,points,period\n66,tdgq,10,2025-Q5\n", 2, 4,
                "period: expected YYYY-MM, YYYY-Qn or YYYY, found '2025-Q5'"
            ),
            ("province,total\n01,250\n", 2, 2, "total: 250 points is above its maximum of 100.00"),
            ("province,total,ckmb\n01,50,19\n", 2, 3, "ckmb: 19 points is above its maximum of 18.00"),
            ("province,indicator\n66,tdgq\n", 1, 1, "required column points is missing"),
            ("province,indicator,points\n66,tdgq\n", 2, 1, "expected 3 fields, found 2"),
        ])
    func fileLevelErrorsGiveTheirLine(text: String, line: Int, column: Int, message: String) {
        #expect {
            _ = try load(text)
        } throws: { error in
            guard let error = error as? IngestError else { return false }
            return error.kind == .data && error.line == line && error.column == column
                && error.message.hasPrefix(message)
        }
    }

    @Test func theSameFigureGivenTwiceWithTheSameValueIsKeptOnce() throws {
        let file = try load("province,indicator,points\n66,tdgq,10\n66,ON_TIME_RATE,10\n")
        #expect(file.undated.provinces[ProvinceCode(66)]?.indicators["tdgq.on_time"]?.points == 10)
    }
}
