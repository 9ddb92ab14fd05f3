import ServiceIndexCore
import Testing

@testable import ServiceIndexReport

/// The words of each gap note, in both languages, with numbers as `focus.csv` and `report.html`
/// write them.
@Suite struct GapNoteTests {
    private func english(_ note: GapNote) -> String {
        HTMLStrings.en.words(
            for: note, targetRank: 10, integer: { String($0) }, decimal: { NumberFormat.fixed($0, decimals: 2) })
    }

    @Test func wordsEveryNoteInEnglish() {
        #expect(english(.notMeasured) == "not measured: the exports hold no values for it")
        #expect(english(.empty) == "no dossier in its denominator: scores 0, as the portal scores it")
        #expect(english(.published) == "published: dossiers cannot move it")
        #expect(english(.missing) == "published by the portal only: not in the published file")
        #expect(english(.atMaximum) == "at maximum")
        #expect(
            english(.additional(dossiers: 412, metric: .timelinessRate))
                == "412 more dossiers settled on time would reach rank 10")
        #expect(
            english(.additional(dossiers: 1, metric: .onlineRate))
                == "1 more dossier submitted online instead of directly would reach rank 10")
        #expect(english(.cannotCloseAlone) == "cannot close alone")
        #expect(english(.headroom(2.345)) == "headroom 2.35 points")
    }

    @Test func wordsNotesInVietnameseWithLocalNumbers() {
        let strings = HTMLStrings.vi
        func vietnamese(_ note: GapNote) -> String {
            strings.words(
                for: note, targetRank: 10, integer: { strings.numbers.integer($0) },
                decimal: { strings.numbers.decimal($0, decimals: 2) })
        }
        #expect(vietnamese(.notMeasured) == "chưa đo được: dữ liệu xuất không có giá trị cho chỉ tiêu này")
        #expect(
            vietnamese(.additional(dossiers: 1_234, metric: .paidOnlineRate))
                == "thêm 1.234 hồ sơ được thanh toán trực tuyến thì đạt hạng 10")
        #expect(vietnamese(.headroom(2.5)) == "còn 2,50 điểm có thể cải thiện")
    }
}
