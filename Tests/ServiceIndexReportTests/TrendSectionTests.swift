import Foundation
import ServiceIndexCore
import Testing

@testable import ServiceIndexIngest
@testable import ServiceIndexReport

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The trend and at-risk part of `report.html`, on two quarters cut at as-of.
@Suite struct TrendSectionTests {
    static let q3 = Period("2025-Q3")!
    static let asOf = Instant(local: CivilDate(year: 2025, month: 8, day: 1), hour: 0, minute: 0, second: 0)

    static func moment(_ month: Int, _ day: Int) -> Instant {
        Instant(local: CivilDate(year: 2025, month: month, day: day), hour: 9, minute: 0, second: 0)
    }

    /// Two settled dossiers per province in Q2 and in July; Đắk Lắk also holds one open dossier
    /// due 20 August (at risk as of 1 August) in unit U1.
    static func report(provinces: [UInt8]) -> PeriodReport {
        var aggregate = DossierAggregate(focus: ProvinceCode(66), grid: PeriodGrid(cutting: q3, at: asOf))
        for province in provinces {
            for (index, month) in [4, 5, 7, 7].enumerated() {
                let late = province != 66 && index == 0
                aggregate.add(
                    Dossier(
                        id: "\(province)-\(index)", province: ProvinceCode(province), unitCode: "U1",
                        status: .resultReturned, receivedAt: moment(month, 2), dueAt: moment(month, 10),
                        finishedAt: moment(month, late ? 20 : 5)),
                    weight: 1)
            }
        }
        aggregate.add(
            Dossier(
                id: "open", province: ProvinceCode(66), unitCode: "U1", status: .processing,
                receivedAt: moment(7, 20), dueAt: moment(8, 20)),
            weight: 1)
        return try! PeriodReport(
            aggregate: aggregate, period: q3, methodology: .qd766,
            focus: ProvinceRegistry.standard.province(code: ProvinceCode(66))!, targetRank: 1)
    }

    static func html(_ report: PeriodReport, _ language: ReportLanguage) -> String {
        HTMLReport.render(
            report: report,
            ingest: IngestResult(
                aggregate: DossierAggregate(focus: ProvinceCode(66)), rejects: [], reconciliation: Reconciliation(),
                inputs: []),
            language: language)
    }

    @Test func theTrendHoldsEveryPeriodFromTheFirstAndTheAtRiskOutlook() throws {
        let report = Self.report(provinces: [66, 52])
        #expect(report.asOf == Self.asOf)
        #expect(report.trend.map(\.period.description) == ["2025-Q2", "2025-Q3"])
        #expect(report.trend.last?.ranking == report.ranking)
        let outlook = try #require(report.focus.atRisk)
        #expect(outlook.dossiers == 1)
        // As of 1 August: 3 in scope with a due date, 2 on time, 1 open in time: timeliness 100 %.
        // If the open one turned overdue: 2 of 3, so timeliness and dossier satisfaction drop.
        #expect(outlook.scorecardIfOverdue.total < report.focus.standing!.total)
        #expect(report.units.first?.atRisk == 1)
    }

    @Test(arguments: ReportLanguage.allCases)
    func theSectionShowsRankAndTargetOrScoresAloneAndParses(language: ReportLanguage) throws {
        let words = PeriodStrings.of(language)
        let national = Self.html(Self.report(provinces: [66, 52]), language)
        #expect(XMLParser(data: Data(national.utf8)).parse())
        #expect(national.contains("class=\"line target\""))
        #expect(national.contains(HTML.escape(words.atRiskTitle)))
        #expect(national.contains(HTML.escape(words.asOfEnd("2025-08-01 00:00"))))
        #expect(!national.contains(HTML.escape(words.trendAlone("Đắk Lắk"))))

        let alone = Self.html(Self.report(provinces: [66]), language)
        #expect(XMLParser(data: Data(alone.utf8)).parse())
        #expect(alone.contains(HTML.escape(words.trendAlone("Đắk Lắk"))))
        #expect(!alone.contains("class=\"line target\""))
        #expect(TrendSection(report: Self.report(provinces: [66]), strings: .of(language)).holdsOnlyFocus)
    }

    @Test func periodWordsHoldNoMarkup() {
        for words in [PeriodStrings.vi, PeriodStrings.en] {
            let samples = [
                words.name(Period("2025-09")!), words.name(Period("2025-Q3")!), words.name(Period("2025")!),
                words.running("a", "b"), words.atRiskIntro("1", "b"), words.atRiskTotals("1", "2"),
                words.trendIntro("3", "10"), words.trendAlone("x"), words.trendNone,
            ]
            for text in samples { #expect(HTML.escape(text) == text, "\(text)") }
        }
        #expect(PeriodStrings.vi.name(Period("2025-09")!) == "Tháng 09/2025")
        #expect(PeriodStrings.en.name(Period("2025-Q3")!) == "Q3 2025")
    }
}
