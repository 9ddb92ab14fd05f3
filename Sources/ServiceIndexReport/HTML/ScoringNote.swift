import ServiceIndexCore

/// What the built-in `qd766` scores, for the report's reader: which 62 of the index's 100
/// points exports can measure and which 38 they cannot, that the online indicator approximates
/// the portal's full-online one, and where the point formulas come from
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
        "Of the index's 100 points, dossier exports measure 62: synchronisation to the national portal 6, "
            + "timeliness 20, online dossiers 12, online payment 6, electronic results 6, digitised dossiers 4, "
            + "data reuse 2 and dossier satisfaction 6. The other 38 need data that exports do not hold: the "
            + "publication of procedures, the procedure-level part of the payment group (4 of its 10 points), "
            + "the handling of petitions (PAKN) and the other digitisation items.",
        "The online indicator is an approximation: the portal's 12 points count full-online (toàn trình) "
            + "dossiers among those of procedures eligible for full online, which exports do not mark; here it "
            + "is the share of received dossiers submitted online.",
        "The point formulas are those reverse-engineered from the portal's own published scores, each "
            + "matching hundreds of published values within 0.015 points, beside the portal's list of indicators "
            + "and maxima and its description of the formulas: each indicator is linear to its threshold; "
            + "payment is 6 × A + min(2, 2.5 × B) + 2.5 × C, of which exports hold A, the share of fee-bearing "
            + "dossiers paid online; digitisation is linear to 100 %. As on the portal, a dossier waiting for "
            + "the applicant's supplement counts, for timeliness, as settled when the supplement was requested.",
    ]

    private static let vietnamese = [
        "Trong 100 điểm của chỉ số, dữ liệu xuất hồ sơ đo được 62 điểm: đồng bộ lên Cổng DVCQG 6, tiến độ "
            + "giải quyết 20, hồ sơ trực tuyến 12, thanh toán trực tuyến 6, kết quả điện tử 6, hồ sơ số hóa 4, "
            + "tái sử dụng dữ liệu 2 và mức độ hài lòng về hồ sơ 6. 38 điểm còn lại cần dữ liệu mà tệp xuất "
            + "không có: công khai thủ tục hành chính, phần theo thủ tục của nhóm thanh toán (4 trên 10 điểm), "
            + "xử lý phản ánh, kiến nghị (PAKN) và các tiêu chí số hóa khác.",
        "Chỉ tiêu trực tuyến là ước tính: 12 điểm trên Cổng tính hồ sơ trực tuyến toàn trình trong số hồ sơ "
            + "của các thủ tục đủ điều kiện toàn trình, điều mà tệp xuất không ghi; ở đây là tỷ lệ hồ sơ tiếp "
            + "nhận trực tuyến.",
        "Công thức tính điểm là công thức suy ra từ điểm do chính Cổng công bố (mỗi công thức khớp hàng trăm "
            + "giá trị công bố, sai lệch dưới 0,015 điểm), cùng danh sách chỉ tiêu, điểm tối đa và mô tả công "
            + "thức của Cổng: mỗi chỉ tiêu tuyến tính đến ngưỡng; thanh toán là 6 × A + min(2; 2,5 × B) + "
            + "2,5 × C, trong đó tệp xuất chỉ có A, tỷ lệ hồ sơ có phí được thanh toán trực tuyến; số hóa tuyến "
            + "tính đến 100 %. Như trên Cổng, hồ sơ đang chờ công dân bổ sung được tính, về tiến độ, là đã giải "
            + "quyết tại thời điểm yêu cầu bổ sung.",
    ]
}
