import Foundation
import ServiceIndexCore
import Testing

@testable import ServiceIndexIngest
@testable import ServiceIndexReport

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A small quarter: four computed provinces (66 the focus), two published peers.
private enum Sample {
    static let quarter = Period.quarter(year: 2025, 3)!

    static func at(_ month: Int, _ day: Int, _ hour: Int = 9) -> Instant {
        Instant(local: CivilDate(year: 2025, month: month, day: day), hour: hour, minute: 0, second: 0)
    }

    /// A dossier received on 10 July, due on 20 July, settled on time or late.
    static func dossier(
        _ id: String, _ province: UInt8, unit: String? = nil, unitName: String? = nil,
        procedure: String? = nil, late: Bool = false, online: Bool = false, open: Bool = false
    ) -> Dossier {
        Dossier(
            id: id, province: ProvinceCode(province), unitCode: unit, unitName: unitName,
            procedureCode: procedure, channel: online ? .online : .direct,
            status: open ? .processing : .resultReturned, receivedAt: at(7, 10), dueAt: at(7, 20, 17),
            finishedAt: open ? nil : at(7, late ? 25 : 15), hasFee: false, digitized: true,
            reusedData: !late, eResult: true, synced: true, rating: late ? 1 : 3)
    }

    static func report(focusName: String? = nil) -> PeriodReport {
        var aggregate = DossierAggregate(focus: ProvinceCode(66))
        var dossiers: [Dossier] = []
        // Đắk Lắk: three units, one of them with a name that needs escaping.
        for index in 0..<12 {
            dossiers.append(
                dossier(
                    "dl\(index)", 66, unit: index % 3 == 0 ? "U1" : index % 3 == 1 ? "U2" : nil,
                    unitName: index % 3 == 0 ? "Sở <Tư pháp> & \"Nội vụ\"" : index % 3 == 1 ? "UBND xã Ea Kao" : nil,
                    procedure: "1.00\(index % 4)", late: index % 4 == 0, online: index % 2 == 0))
        }
        for index in 0..<10 { dossiers.append(dossier("gl\(index)", 52, late: index < 2, online: true)) }
        for index in 0..<10 { dossiers.append(dossier("dn\(index)", 48, late: index < 5, online: index < 3)) }
        for index in 0..<10 { dossiers.append(dossier("hn\(index)", 1, late: index < 1, online: index < 8)) }
        for dossier in dossiers { aggregate.add(dossier, weight: 1) }
        let registry = ProvinceRegistry.standard
        var focus = registry.province(code: ProvinceCode(66))!
        if let focusName {
            focus = Province(code: focus.code, name: focusName, dvcqgCode: focus.dvcqgCode, mergedFrom: [])
        }
        // The computed provinces with half of each published-only indicator (19 points), two
        // provinces by their published totals: every total out of 100, so the ranking cannot refuse.
        var scores = PublishedScores()
        for code in [66, 52, 48, 1] as [UInt8] {
            var province = PublishedScores.Province()
            for indicator in Methodology.qd766.indicators where indicator.source == .published {
                province.indicators[indicator.id] = PublishedValue(points: indicator.maxPoints / 2)
            }
            scores.provinces[ProvinceCode(code)] = province
        }
        for (code, total) in [(79, 61.255), (24, 12.5)] as [(UInt8, Double)] {
            var province = PublishedScores.Province()
            province.total = PublishedValue(points: total)
            scores.provinces[ProvinceCode(code)] = province
        }
        return try! PeriodReport(
            aggregate: aggregate, period: quarter, methodology: .qd766, published: PublishedFile(undated: scores),
            previousRanks: [ProvinceCode(66): 6, ProvinceCode(1): 1], focus: focus, targetRank: 2)
    }

    static var ingest: IngestResult {
        var reconciliation = Reconciliation()
        reconciliation.rowsRead = 12_345
        reconciliation.accepted = 12_000
        reconciliation.rejected = 300
        reconciliation.duplicates = 45
        let reject = Reject(
            file: "a.csv", line: 7, column: "NgayTiepNhan", reason: .badDatetime, dossierID: "x",
            value: "31/02/2025", message: "bad")
        return IngestResult(
            aggregate: DossierAggregate(focus: ProvinceCode(66)), rejects: [reject], reconciliation: reconciliation,
            inputs: [
                InputSummary(
                    path: "exports/<b>.csv", bytes: 1_234_567, sha256: String(repeating: "ab", count: 32),
                    rows: 12_345, delimiter: UInt8(ascii: ","), encoding: .utf8,
                    unknownColumns: ["HoTen", "Ghi chú & <x>"])
            ])
    }
}

/// Collects every `rect` that carries `data-province`, and whether the document parsed.
private final class RectCollector: NSObject, XMLParserDelegate {
    var provinces: [(code: String, classes: [String])] = []

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        guard elementName == "rect", let code = attributeDict["data-province"] else { return }
        provinces.append((code, (attributeDict["class"] ?? "").split(separator: " ").map(String.init)))
    }
}

private func parse(_ html: String) -> (ok: Bool, error: String?, rects: [(code: String, classes: [String])]) {
    let parser = XMLParser(data: Data(html.utf8))
    let collector = RectCollector()
    parser.delegate = collector
    let ok = parser.parse()
    return (ok, parser.parserError.map { "\($0)" }, collector.provinces)
}

@Suite("report.html")
struct HTMLReportTests {
    @Test(arguments: ReportLanguage.allCases)
    func parsesAsXMLWithOneBarPerRankedProvince(language: ReportLanguage) {
        let report = Sample.report()
        let html = HTMLReport.render(report: report, ingest: Sample.ingest, language: language)
        let parsed = parse(html)
        #expect(parsed.ok, "XMLParser: \(parsed.error ?? "")")
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<meta charset=\"utf-8\"/>"))
        #expect(report.ranking.count == 6)
        #expect(parsed.rects.map(\.code) == report.ranking.map(\.province.code.description))
        let focusBars = parsed.rects.filter { $0.classes.contains("focus") }
        #expect(focusBars.map(\.code) == ["66"])
        #expect(parsed.rects.filter { $0.classes.contains("published") }.map(\.code).sorted() == ["24", "79"])
    }

    @Test(arguments: ReportLanguage.allCases)
    func isSelfContained(language: ReportLanguage) {
        let html = HTMLReport.render(report: Sample.report(), ingest: Sample.ingest, language: language)
        for forbidden in ["http://", "https://", "src=", "<script", "url(", "@import", "<link"] {
            #expect(!html.lowercased().contains(forbidden), "found \(forbidden)")
        }
    }

    @Test func speaksTheRequestedLanguage() {
        let vi = HTMLReport.render(report: Sample.report(), ingest: Sample.ingest, language: .vi)
        let en = HTMLReport.render(report: Sample.report(), ingest: Sample.ingest, language: .en)
        #expect(vi.contains("<html lang=\"vi\">"))
        #expect(en.contains("<html lang=\"en\">"))
        #expect(vi.contains("Phân tích khoảng cách"))
        #expect(vi.contains("Chất lượng dữ liệu"))
        #expect(!vi.contains("Gap analysis"))
        #expect(en.contains("Gap analysis"))
        #expect(en.contains("Data quality"))
        #expect(!en.contains("Phân tích khoảng cách"))
    }

    @Test func writesNumbersWithTheLanguagesMarks() {
        let report = Sample.report()
        let vi = HTMLReport.render(report: report, ingest: Sample.ingest, language: .vi)
        let en = HTMLReport.render(report: report, ingest: Sample.ingest, language: .en)
        // Thousands: rows read.
        #expect(vi.contains("12.345"))
        #expect(en.contains("12,345"))
        // Decimals: the published score 61.255 rounds half away from zero to 61.26.
        #expect(vi.contains(">61,26<"))
        #expect(en.contains(">61.26<"))
        #expect(!vi.contains("61.26"))
        // Both: 1,234,567 bytes.
        #expect(vi.contains("1,2 MB"))
        #expect(en.contains("1.2 MB"))
    }

    @Test(arguments: [
        (1234.565, 2, "1.234,57", "1,234.57"), (0.5, 0, "1", "1"), (-1234567.891, 1, "-1.234.567,9", "-1,234,567.9"),
        (999.995, 2, "1.000,00", "1,000.00"), (-0.001, 2, "0,00", "0.00"), (12, 2, "12,00", "12.00"),
    ])
    func formatsNumbers(value: Double, decimals: Int, vi: String, en: String) {
        #expect(LocalizedNumberFormat.vi.decimal(value, decimals: decimals) == vi)
        #expect(LocalizedNumberFormat.en.decimal(value, decimals: decimals) == en)
    }

    @Test func formatsIntegersAndPercentages() {
        #expect(LocalizedNumberFormat.vi.integer(1_234_567) == "1.234.567")
        #expect(LocalizedNumberFormat.en.integer(-1_234) == "-1,234")
        #expect(LocalizedNumberFormat.vi.integer(999) == "999")
        #expect(LocalizedNumberFormat.vi.percent(0.85345) == "85,3%")
        #expect(LocalizedNumberFormat.en.percent(0.85355) == "85.4%")
        #expect(LocalizedNumberFormat.vi.signed(1.5, decimals: 2) == "+1,50")
        #expect(LocalizedNumberFormat.en.signed(-1.5, decimals: 2) == "\u{2212}1.50")
        #expect(LocalizedNumberFormat.en.signed(0, decimals: 2) == "0.00")
    }

    @Test func escapesTextFromData() {
        var report = Sample.report(focusName: "Đắk <Lắk> & 'Co'")
        let index = report.ranking.firstIndex { $0.province.code == ProvinceCode(52) }!
        let gialai = report.ranking[index].province
        report.ranking[index].province = Province(
            code: gialai.code, name: "Gia <Lai> & \"Co\"", dvcqgCode: gialai.dvcqgCode, mergedFrom: [])
        for language in ReportLanguage.allCases {
            let html = HTMLReport.render(report: report, ingest: Sample.ingest, language: language)
            #expect(parse(html).ok)
            #expect(html.contains("Gia &lt;Lai&gt; &amp; &quot;Co&quot;"))
            #expect(html.contains("Đắk &lt;Lắk&gt; &amp; &#39;Co&#39;"))
            #expect(html.contains("Sở &lt;Tư pháp&gt; &amp; &quot;Nội vụ&quot;"))
            #expect(html.contains("Ghi chú &amp; &lt;x&gt;"))
            #expect(html.contains("exports/&lt;b&gt;.csv"))
            for raw in ["<Lai>", "<Lắk>", "<Tư pháp>", "<x>", "<b>"] { #expect(!html.contains(raw)) }
        }
        #expect(HTML.escape("a\u{1}b\u{FFFE}") == "a\u{FFFD}b\u{FFFD}")
    }

    @Test func saysWhatTheBuiltInScoresAndWhatExportsCannotMeasure() {
        let en = HTMLReport.render(report: Sample.report(), ingest: Sample.ingest, language: .en)
        #expect(
            en.contains("The index&#39;s 100 points are 19 indicators. Dossier exports measure 8 of them, 62 points"))
        #expect(en.contains("The other 11, 38 points, only the portal knows"))
        #expect(en.contains("full-online (toàn trình)"))
        #expect(en.contains("reverse-engineered from the portal"))
        let vi = HTMLReport.render(report: Sample.report(), ingest: Sample.ingest, language: .vi)
        #expect(vi.contains("Dữ liệu xuất hồ sơ đo được 8 chỉ tiêu, 62 điểm"))
        #expect(vi.contains("38 điểm, chỉ Cổng biết"))
    }

    @Test func aMethodologyFileGetsNoNoteAboutTheBuiltIn() throws {
        var report = Sample.report()
        report.methodology = try Methodology(name: "mine", indicators: Methodology.qd766.indicators.dropLast())
        let en = HTMLReport.render(report: report, ingest: Sample.ingest, language: .en)
        #expect(!en.contains("Dossier exports measure 8"))
        #expect(en.contains("Methodology mine: 18 indicators"))
    }

    @Test func isDeterministic() {
        let first = HTMLReport.render(report: Sample.report(), ingest: Sample.ingest, language: .vi)
        let second = HTMLReport.render(report: Sample.report(), ingest: Sample.ingest, language: .vi)
        #expect(first == second)
    }

    @Test func showsHeadlineGapUnitsAndDataQuality() {
        let report = Sample.report()
        let html = HTMLReport.render(report: report, ingest: Sample.ingest, language: .en)
        let standing = report.focus.standing!
        #expect(html.contains("\(standing.rank!)<small> / 6</small>"))
        #expect(html.contains("6 of 34 ranked"))
        #expect(html.contains("out of 100 points, 19 of them from the published scores"), "\(html)")
        #expect(html.contains("Every total is out of 100 points"))
        #expect(html.contains("Reconciliation with the portal"))
        #expect(html.contains("▲ up"))
        #expect(html.contains("12,345 = 12,000 + 300 + 45"))
        #expect(html.contains("bad_datetime"))
        #expect(html.contains(">abababababab<"))
        #expect(html.contains("HoTen"))
        // Units: by level, departments first (Sở <Tư pháp> & "Nội vụ", the unknown unit), then the
        // commune UBND xã Ea Kao; within a level worst overdue first.
        #expect(report.units.map(\.level) == [.department, .department, .commune])
        for level in UnitLevel.allCases {
            let sorted = UnitsSection(report: report, strings: .en).sortedUnits(level)
            #expect(sorted.map(\.overdue) == sorted.map(\.overdue).sorted(by: >))
        }
        #expect(html.contains("Departments (sở, ban, ngành)") && html.contains("Communes (UBND xã, phường, đặc khu)"))
        #expect(html.contains("class=\"unit-strip\""))
        #expect(html.contains("Units are scored from the exports only"))
        // Gap notes mirror the English wording of focus.csv.
        let gap = GapSection(report: report, strings: .en)
        for indicator in report.focus.indicators {
            #expect(gap.note(indicator) == GapWording.english(indicator, focus: report.focus))
        }
    }

    @Test(arguments: ReportLanguage.allCases)
    func rendersAFocusProvinceWithoutScore(language: ReportLanguage) {
        let empty = try! PeriodReport(
            aggregate: DossierAggregate(focus: ProvinceCode(66)), period: Sample.quarter, methodology: .qd766,
            focus: ProvinceRegistry.standard.province(code: ProvinceCode(66))!, targetRank: 10)
        var ingest = Sample.ingest
        ingest.inputs = []
        ingest.rejects = []
        let html = HTMLReport.render(report: empty, ingest: ingest, language: language)
        let parsed = parse(html)
        #expect(parsed.ok, "XMLParser: \(parsed.error ?? "")")
        #expect(parsed.rects.isEmpty)
    }

    @Test func stringConstantsHoldNoMarkup() {
        for strings in [HTMLStrings.vi, HTMLStrings.en] {
            let samples =
                [
                    strings.kicker, strings.rankingTitle, strings.unitsIntro, strings.noteNotMeasured,
                    strings.indicatorsIntro("a", "b"), PublishedStrings.of(strings.language).sources("62", "100"),
                    PublishedStrings.of(strings.language).rankingPartial("62", "100"),
                    strings.methodologyNote("a", "b", "c"),
                    strings.noteAdditional("1", strings.gapAction(.timelinessRate), "10"), strings.rankChange(2, 10),
                ] + Metric.allCases.map(strings.metricName) + RejectReason.allCases.map(strings.rejectReason)
            for text in samples { #expect(HTML.escape(text) == text, "\(text)") }
        }
    }
}
