import ServiceIndexCore

/// What the built-in `qd766` scores, for the report's reader: which 62 of the index's 100
/// points exports can measure and which 38 come from the portal's published scores, that the
/// online indicator approximates the portal's DVCTT points when they are not given, and where
/// the point formulas come from
/// (docs/methodology.md, Indicators). Said only for the built-in methodology: a methodology file
/// is the user's own reading.
///
/// ```swift
/// ScoringNote.paragraphs(for: .qd766, language: .en).count   // 3
/// ScoringNote.paragraphs(for: myFile, language: .en)         // []
/// ```
enum ScoringNote {
    /// The note's paragraphs, plain text (escaped when rendered); none for a methodology file.
    static func paragraphs(for methodology: Methodology, language: ReportLanguage) -> [String] {
        guard methodology == .qd766 else { return [] }
        switch language {
        case .vi: return vietnamese
        case .en: return english
        }
    }

    /// The paragraphs as HTML, one `<p>` each.
    static func render(for methodology: Methodology, language: ReportLanguage) -> String {
        paragraphs(for: methodology, language: language).map { HTML.text("p", [], $0) }.joined()
    }

    private static let english = [
        "The index's 100 points are 19 indicators. Dossier exports measure 8 of them, 62 points: "
            + "synchronisation to the national portal 6, timeliness 20, online dossiers 12, online payment 6, "
            + "electronic results 6, digitised dossiers 4, data reuse 2 and dossier satisfaction 6. The other 11, "
            + "38 points, only the portal knows: the publication of procedures, the procedure-level part of the "
            + "payment group (4 of its 10 points), personal storage, citizen data, certified copies and the "
            + "handling of petitions (PAKN). They come from the scores the portal published (--published); "
            + "without them a province's total is out of the exports' points only, and is never ranked beside "
            + "a total out of 100.",
        "The online indicator takes the portal's published DVCTT points when the file gives them. Otherwise it "
            + "is an approximation: the portal's 12 points count full-online (toàn trình) dossiers among those "
            + "of procedures eligible for full online, which exports do not mark; here it is the share of "
            + "received dossiers submitted online, full at 50 %.",
        "The point formulas are those reverse-engineered from the portal's own published scores, each "
            + "reproducing the published points of 164 units within 0.015: each indicator is linear to its "
            + "threshold; payment is 6 × A + min(2, 2.5 × B) + 2.5 × C, of which exports hold A, the share of "
            + "fee-bearing dossiers paid online; dossier satisfaction is the share of dossiers with a due date "
            + "settled or open on time without a complaint; an indicator with nothing to count scores 0. As on "
            + "the portal, a dossier waiting for the applicant's supplement counts, for timeliness, as settled "
            + "when the supplement was requested.",
    ]

    private static let vietnamese = [
        "100 điểm của chỉ số gồm 19 chỉ tiêu. Dữ liệu xuất hồ sơ đo được 8 chỉ tiêu, 62 điểm: đồng bộ lên "
            + "Cổng DVCQG 6, tiến độ giải quyết 20, hồ sơ trực tuyến 12, thanh toán trực tuyến 6, kết quả điện "
            + "tử 6, hồ sơ số hóa 4, tái sử dụng dữ liệu 2 và mức độ hài lòng về hồ sơ 6. 11 chỉ tiêu còn lại, "
            + "38 điểm, chỉ Cổng biết: công khai thủ tục hành chính, phần theo thủ tục của nhóm thanh toán (4 "
            + "trên 10 điểm), kho dữ liệu cá nhân, dữ liệu dân cư, chứng thực bản sao điện tử và xử lý phản "
            + "ánh, kiến nghị (PAKN). Các chỉ tiêu này lấy từ điểm Cổng công bố (--published); không có chúng, "
            + "tổng điểm của tỉnh chỉ trên số điểm đo được từ hồ sơ và không bao giờ được xếp hạng cạnh tổng "
            + "điểm trên 100.",
        "Chỉ tiêu trực tuyến lấy điểm DVCTT do Cổng công bố khi tệp có. Nếu không, đó là ước tính: 12 điểm "
            + "trên Cổng tính hồ sơ trực tuyến toàn trình trong số hồ sơ của các thủ tục đủ điều kiện toàn "
            + "trình, điều mà tệp xuất không ghi; ở đây là tỷ lệ hồ sơ tiếp nhận trực tuyến, đủ điểm ở 50 %.",
        "Công thức tính điểm là công thức suy ra từ điểm do chính Cổng công bố (mỗi công thức tái tạo điểm "
            + "công bố của 164 đơn vị, sai lệch dưới 0,015): mỗi chỉ tiêu tuyến tính đến ngưỡng; thanh toán là "
            + "6 × A + min(2; 2,5 × B) + 2,5 × C, trong đó tệp xuất chỉ có A, tỷ lệ hồ sơ có phí được thanh "
            + "toán trực tuyến; mức độ hài lòng về hồ sơ là tỷ lệ hồ sơ có hạn trả được giải quyết hoặc đang xử "
            + "lý đúng hạn mà không có phản ánh; chỉ tiêu không có gì để đếm được 0 điểm. Như trên Cổng, hồ sơ "
            + "đang chờ công dân bổ sung được tính, về tiến độ, là đã giải quyết tại thời điểm yêu cầu bổ sung.",
    ]
}
