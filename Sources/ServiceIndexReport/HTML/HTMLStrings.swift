import ServiceIndexCore
import ServiceIndexIngest

/// Every word `report.html` shows, in Vietnamese (`vi`, the default) and English (`en`); the
/// English gap notes are also those of `focus.csv` (`GapWording`).
///
/// Templates hold no markup characters (`&`, `<`, `>`, `"`, `'`; English uses the typographic
/// apostrophe), so a constant is safe as it is and a template's result is markup exactly when its
/// arguments are: callers pass escaped text (`HTML.escape`) or markup such as `<strong>…</strong>`.
///
/// ```swift
/// HTMLStrings.vi.rankedOf("34", "34")   // "34 trên 34 tỉnh, thành phố được xếp hạng"
/// HTMLStrings.en.rankedOf("34", "34")   // "34 of 34 ranked"
/// ```
public struct HTMLStrings: Sendable {
    public typealias Text1 = @Sendable (String) -> String
    public typealias Text2 = @Sendable (String, String) -> String
    public typealias Text3 = @Sendable (String, String, String) -> String
    public typealias Text4 = @Sendable (String, String, String, String) -> String

    public let language: ReportLanguage
    public let numbers: LocalizedNumberFormat

    // Document and headline
    public let period: @Sendable (Period) -> String
    public let documentTitle: Text2
    public let kicker: String
    public let rank: String
    public let rankedOf: Text2
    public let total: String
    public let points: String
    public let basis: String
    public let publishedBasis: String
    public let change: String
    public let rankChange: @Sendable (Int, Int) -> String
    public let noPrevious: String
    public let target: Text1
    public let needsPoints: Text1
    public let leadsBy: Text1
    public let noScore: Text1

    // Ranking chart
    public let rankingTitle: String
    public let rankingIntro: Text3
    public let computed: String
    public let published: String
    public let topCut: Text1
    public let barTitle: @Sendable (Int, String, String, RankedProvince.Source) -> String

    // Indicators against the top 10
    public let indicatorsTitle: String
    public let indicatorsIntro: Text2
    public let noTopComputed: String
    public let topAverage: String
    public let notMeasured: String
    public let metricName: @Sendable (Metric) -> String
    public let shareOfMax: String

    // Gap analysis
    public let gapTitle: String
    public let gapPosition: Text4
    public let gapNeed: Text4
    public let gapLead: Text3
    public let gapNoReference: Text1
    public let gapPublished: Text1
    public let indicator: String
    public let pointsColumn: String
    public let rate: String
    public let max: String
    public let headroom: String
    public let toReach: Text1
    public let noteColumn: String
    public let noteEmpty: String
    public let noteAtMaximum: String
    /// What moving dossiers into a metric's numerator means, e.g. "settled on time".
    public let gapAction: @Sendable (Metric) -> String
    public let noteAdditional: Text3
    public let noteCannotClose: String
    public let noteHeadroom: Text1

    // Units and procedures
    public let unitsTitle: String
    public let unitsIntro: String
    public let unit: String
    public let inScope: String
    public let overdue: String
    public let onTime: String
    public let unranked: String
    public let unknown: String
    public let noUnits: String
    public let proceduresTitle: String
    public let proceduresIntro: Text2
    public let procedure: String
    public let noProcedures: String

    // Data quality
    public let dataTitle: String
    public let reconciliation: String
    public let rowsRead: String
    public let accepted: String
    public let rejected: String
    public let duplicates: String
    public let balanced: String
    public let unbalanced: String
    public let rejectsTitle: String
    public let noRejects: String
    public let reason: String
    public let rows: String
    public let rejectReason: @Sendable (RejectReason) -> String
    public let inputsTitle: String
    public let file: String
    public let size: String
    public let unknownColumns: String
    public let noInputs: String
    public let gapsTitle: Text1
    public let noGaps: String
    public let noValues: String
    public let methodologyNote: Text3
    public let footer: String

    /// The strings of a language.
    public static func of(_ language: ReportLanguage) -> HTMLStrings {
        switch language {
        case .vi: vi
        case .en: en
        }
    }
}

extension HTMLStrings {
    /// Vietnamese, the default.
    public static let vi = HTMLStrings(
        language: .vi, numbers: .vi,
        period: PeriodStrings.vi.name,
        documentTitle: { "Chỉ số phục vụ \($1) — \($0)" },
        kicker: "Chỉ số phục vụ người dân, doanh nghiệp trong thực hiện TTHC, DVC (Quyết định 766/QĐ-TTg)",
        rank: "Xếp hạng", rankedOf: { "\($0) trên \($1) tỉnh, thành phố được xếp hạng" },
        total: "Tổng điểm", points: "điểm", basis: "Cơ sở đo",
        publishedBasis: "Điểm công bố, không tính từ hồ sơ",
        change: "So với kỳ trước",
        rankChange: { delta, previous in
            delta > 0
                ? "▲ tăng \(delta) bậc (kỳ trước: hạng \(previous))"
                : delta < 0
                    ? "▼ giảm \(-delta) bậc (kỳ trước: hạng \(previous))"
                    : "không đổi (kỳ trước: hạng \(previous))"
        },
        noPrevious: "chưa có thứ hạng kỳ trước",
        target: { "Mục tiêu: top \($0)" }, needsPoints: { "cần thêm \($0) điểm" },
        leadsBy: { "dẫn trước \($0) điểm" },
        noScore: { "\($0) chưa có điểm trong kỳ này: không có hồ sơ trong phạm vi và không có điểm công bố." },
        rankingTitle: "Bảng xếp hạng các tỉnh, thành phố",
        rankingIntro: { "\($0) trên \($1) tỉnh, thành phố được xếp hạng. Đường nét đứt đánh dấu ranh giới top \($2)." },
        computed: "Tính từ hồ sơ", published: "Điểm công bố", topCut: { "Top \($0)" },
        barTitle: { rank, name, points, source in
            "Hạng \(rank) · \(name) · \(points) điểm · \(source == .computed ? "tính từ hồ sơ" : "điểm công bố")"
        },
        indicatorsTitle: "Chỉ tiêu so với bình quân top 10",
        indicatorsIntro: {
            "Điểm từng chỉ tiêu của \($0) so với bình quân của \($1) tỉnh khác trong top 10 được tính từ hồ sơ. Thanh thể hiện tỉ lệ trên điểm tối đa của chỉ tiêu."
        },
        noTopComputed: "Không có tỉnh nào khác trong top 10 được tính từ hồ sơ, nên không có bình quân để so sánh.",
        topAverage: "Bình quân top 10", notMeasured: "chưa đo được",
        metricName: { metric in
            switch metric {
            case .syncRate: "Đồng bộ hồ sơ lên Cổng DVCQG"
            case .timelinessRate: "Giải quyết đúng hạn"
            case .onlineRate: "Nộp hồ sơ trực tuyến"
            case .paidOnlineRate: "Thanh toán trực tuyến"
            case .eResultRate: "Trả kết quả điện tử"
            case .digitizedRate: "Số hóa thành phần hồ sơ"
            case .reuseRate: "Tái sử dụng dữ liệu"
            case .satisfactionRate: "Đánh giá hài lòng"
            case .dossierSatisfaction: "Mức độ hài lòng theo hồ sơ"
            case .fullOnlineRate: "Hồ sơ trực tuyến toàn trình"
            }
        },
        shareOfMax: "% điểm tối đa",
        gapTitle: "Phân tích khoảng cách",
        gapPosition: { name, rank, ranked, total in
            "\(name) đứng hạng \(rank) trên \(ranked) tỉnh, thành phố được xếp hạng, với \(total) điểm."
        },
        gapNeed: { points, reference, referenceRank, target in
            "Cần thêm \(points) điểm để vượt \(reference) (hạng \(referenceRank)) và đạt hạng \(target)."
        },
        gapLead: { reference, target, lead in
            "Đang dẫn trước \(reference), tỉnh đầu tiên ngoài top \(target), \(lead) điểm."
        },
        gapNoReference: { "Không có tỉnh nào xếp ngoài top \($0) để so sánh." },
        gapPublished: { "\($0) được xếp hạng theo điểm công bố: không có hồ sơ để phân tích từng chỉ tiêu." },
        indicator: "Chỉ tiêu", pointsColumn: "Điểm", rate: "Tỉ lệ", max: "Tối đa", headroom: "Còn thiếu",
        toReach: { "Để đạt hạng \($0)" }, noteColumn: "Ghi chú",
        noteEmpty: "không có hồ sơ nào trong mẫu số: được 0 điểm, như Cổng chấm",
        noteAtMaximum: "đã đạt điểm tối đa",
        gapAction: { metric in
            switch metric {
            case .timelinessRate: "được giải quyết đúng hạn"
            case .dossierSatisfaction: "được giải quyết đúng hạn, không có phản ánh"
            case .onlineRate: "được nộp trực tuyến thay vì trực tiếp"
            case .paidOnlineRate: "được thanh toán trực tuyến"
            case .eResultRate: "được trả kết quả điện tử"
            case .digitizedRate: "có thành phần được số hóa"
            case .reuseRate: "được tái sử dụng dữ liệu đã có"
            case .syncRate: "được đồng bộ lên Cổng DVCQG"
            case .satisfactionRate: "được đánh giá hài lòng hoặc rất hài lòng"
            case .fullOnlineRate: "được nộp trực tuyến toàn trình"
            }
        },
        noteAdditional: { count, action, rank in "thêm \(count) hồ sơ \(action) thì đạt hạng \(rank)" },
        noteCannotClose: "chỉ tiêu này một mình không đủ bù khoảng cách",
        noteHeadroom: { "còn \($0) điểm có thể cải thiện" },
        unitsTitle: "Đơn vị: hồ sơ quá hạn",
        unitsIntro: "Các đơn vị của tỉnh, chấm điểm như cấp tỉnh; xếp theo số hồ sơ quá hạn giảm dần, rồi theo hạng.",
        unit: "Đơn vị", inScope: "Trong phạm vi", overdue: "Quá hạn", onTime: "Đúng hạn",
        unranked: "chưa xếp hạng", unknown: "(không rõ)",
        noUnits: "Không có đơn vị nào của tỉnh trong dữ liệu.",
        proceduresTitle: "Thủ tục có nhiều hồ sơ quá hạn nhất",
        proceduresIntro: { "\($0) trên \($1) thủ tục có hồ sơ trong phạm vi, theo số hồ sơ quá hạn giảm dần." },
        procedure: "Mã TTHC", noProcedures: "Không có thủ tục nào có hồ sơ trong phạm vi.",
        dataTitle: "Chất lượng dữ liệu", reconciliation: "Đối soát số dòng",
        rowsRead: "Dòng đã đọc", accepted: "Hồ sơ được nhận", rejected: "Dòng bị loại",
        duplicates: "Bản trùng đã bỏ", balanced: "khớp", unbalanced: "không khớp",
        rejectsTitle: "Dòng bị loại theo lý do", noRejects: "Không có dòng nào bị loại.",
        reason: "Lý do", rows: "Số dòng",
        rejectReason: { reason in
            switch reason {
            case .wrongFieldCount: "Sai số trường"
            case .missingValue: "Thiếu giá trị bắt buộc"
            case .badDatetime: "Ngày giờ không hợp lệ"
            case .badStatus: "Trạng thái không hợp lệ"
            case .badChannel: "Kênh nộp không hợp lệ"
            case .badFlag: "Cờ có/không không hợp lệ"
            case .badRating: "Mức độ hài lòng không hợp lệ"
            case .badNumber: "Số không hợp lệ"
            case .unknownProvince: "Không nhận ra tỉnh"
            case .finishedBeforeReceived: "Kết thúc trước khi tiếp nhận"
            case .dueBeforeReceived: "Hẹn trả trước khi tiếp nhận"
            case .invalidUTF8: "Không phải UTF-8"
            case .fieldTooLong: "Trường quá dài"
            }
        },
        inputsTitle: "Tệp đầu vào", file: "Tệp", size: "Dung lượng", unknownColumns: "Cột không sử dụng",
        noInputs: "Không có tệp đầu vào.",
        gapsTitle: { "Chỉ tiêu chưa đo được của \($0)" },
        noGaps: "Mọi chỉ tiêu đều đo được.",
        noValues: "dữ liệu xuất không có giá trị cho chỉ tiêu này",
        methodologyNote: { name, count, max in
            "Phương pháp \(name): \(count) chỉ tiêu, tối đa \(max) điểm. Điểm được làm tròn khi hiển thị (nửa lên, xa số 0); thứ hạng theo tổng điểm làm tròn 2 chữ số thập phân."
        },
        footer: "Báo cáo do service-index tạo từ dữ liệu xuất hồ sơ TTHC.")

    /// English.
    public static let en = HTMLStrings(
        language: .en, numbers: .en,
        period: PeriodStrings.en.name,
        documentTitle: { "Service index \($1) — \($0)" },
        kicker: "Index of service to citizens and businesses in administrative procedures (Decision 766/QĐ-TTg)",
        rank: "Rank", rankedOf: { "\($0) of \($1) ranked" },
        total: "Total points", points: "points", basis: "Measured basis",
        publishedBasis: "Published score, not computed from dossiers",
        change: "Change from previous period",
        rankChange: { delta, previous in
            delta > 0
                ? "▲ up \(delta) place\(delta == 1 ? "" : "s") (rank \(previous) last period)"
                : delta < 0
                    ? "▼ down \(-delta) place\(delta == -1 ? "" : "s") (rank \(previous) last period)"
                    : "unchanged (rank \(previous) last period)"
        },
        noPrevious: "no previous period ranking",
        target: { "Target: top \($0)" }, needsPoints: { "needs \($0) more points" },
        leadsBy: { "ahead by \($0) points" },
        noScore: { "\($0) has no score in this period: no in-scope dossier and no published score." },
        rankingTitle: "National ranking",
        rankingIntro: { "\($0) of \($1) provinces ranked. The dashed line marks the top-\($2) cut." },
        computed: "Computed from dossiers", published: "Published score", topCut: { "Top \($0)" },
        barTitle: { rank, name, points, source in
            "Rank \(rank) · \(name) · \(points) points · \(source == .computed ? "computed from dossiers" : "published score")"
        },
        indicatorsTitle: "Indicators against the top-10 average",
        indicatorsIntro: {
            "Points per indicator for \($0) against the average of the \($1) other computed provinces in the top 10. Bars show the share of each indicator’s maximum."
        },
        noTopComputed:
            "No other province in the top 10 was computed from dossiers, so there is no average to compare with.",
        topAverage: "Top-10 average", notMeasured: "not measured",
        metricName: { metric in
            switch metric {
            case .syncRate: "Synced to DVCQG"
            case .timelinessRate: "Settled on time"
            case .onlineRate: "Submitted online"
            case .paidOnlineRate: "Paid online"
            case .eResultRate: "Electronic results"
            case .digitizedRate: "Digitised components"
            case .reuseRate: "Data reused"
            case .satisfactionRate: "Rated satisfied"
            case .dossierSatisfaction: "Dossier satisfaction"
            case .fullOnlineRate: "Full-online dossiers"
            }
        },
        shareOfMax: "% of maximum",
        gapTitle: "Gap analysis",
        gapPosition: { name, rank, ranked, total in
            "\(name) ranks \(rank) of \(ranked) ranked, with \(total) points."
        },
        gapNeed: { points, reference, referenceRank, target in
            "It needs \(points) more points to pass \(reference) (rank \(referenceRank)) and reach rank \(target)."
        },
        gapLead: { reference, target, lead in
            "It leads \(reference), the first province outside the top \(target), by \(lead) points."
        },
        gapNoReference: { "No province is ranked outside the top \($0) to compare with." },
        gapPublished: { "\($0) is ranked on its published score: there are no dossiers to analyse by indicator." },
        indicator: "Indicator", pointsColumn: "Points", rate: "Rate", max: "Max", headroom: "Headroom",
        toReach: { "To reach rank \($0)" }, noteColumn: "Note",
        noteEmpty: "no dossier in its denominator: scores 0, as the portal scores it",
        noteAtMaximum: "at maximum",
        gapAction: { metric in
            switch metric {
            case .timelinessRate: "settled on time"
            case .dossierSatisfaction: "settled on time without a complaint"
            case .onlineRate: "submitted online instead of directly"
            case .paidOnlineRate: "paid online"
            case .eResultRate: "issued with an electronic result"
            case .digitizedRate: "with digitised components"
            case .reuseRate: "reusing existing data"
            case .syncRate: "synced to DVCQG"
            case .satisfactionRate: "rated satisfied or very satisfied"
            case .fullOnlineRate: "submitted full online"
            }
        },
        noteAdditional: { count, action, rank in
            "\(count) more dossier\(count == "1" ? "" : "s") \(action) would reach rank \(rank)"
        },
        noteCannotClose: "cannot close alone",
        noteHeadroom: { "headroom \($0) points" },
        unitsTitle: "Units: overdue dossiers",
        unitsIntro: "The province’s units, scored as provinces are; worst overdue first, then by rank.",
        unit: "Unit", inScope: "In scope", overdue: "Overdue", onTime: "On time",
        unranked: "unranked", unknown: "(unknown)",
        noUnits: "No unit of the province appears in the data.",
        proceduresTitle: "Procedures with the most overdue dossiers",
        proceduresIntro: { "\($0) of \($1) procedures with dossiers in scope, by overdue dossiers." },
        procedure: "Procedure", noProcedures: "No procedure has dossiers in scope.",
        dataTitle: "Data quality", reconciliation: "Reconciliation",
        rowsRead: "Rows read", accepted: "Accepted", rejected: "Rejected",
        duplicates: "Duplicates dropped", balanced: "balanced", unbalanced: "does not balance",
        rejectsTitle: "Rejected rows by reason", noRejects: "No row was rejected.",
        reason: "Reason", rows: "Rows",
        rejectReason: { reason in
            switch reason {
            case .wrongFieldCount: "Wrong number of fields"
            case .missingValue: "Required value missing"
            case .badDatetime: "Invalid date or time"
            case .badStatus: "Invalid status"
            case .badChannel: "Invalid channel"
            case .badFlag: "Invalid yes/no flag"
            case .badRating: "Invalid rating"
            case .badNumber: "Invalid number"
            case .unknownProvince: "Unknown province"
            case .finishedBeforeReceived: "Finished before received"
            case .dueBeforeReceived: "Due before received"
            case .invalidUTF8: "Not UTF-8"
            case .fieldTooLong: "Field too long"
            }
        },
        inputsTitle: "Input files", file: "File", size: "Size", unknownColumns: "Unused columns",
        noInputs: "No input files.",
        gapsTitle: { "Indicators not measured for \($0)" },
        noGaps: "Every indicator was measured.",
        noValues: "the exports hold no values for it",
        methodologyNote: { name, count, max in
            "Methodology \(name): \(count) indicators, at most \(max) points. Figures are rounded only when shown (half away from zero); ranks follow totals rounded to 2 decimals."
        },
        footer: "Report produced by service-index from administrative-procedure dossier exports.")
}
