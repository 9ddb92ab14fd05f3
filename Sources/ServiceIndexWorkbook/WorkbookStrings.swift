import ServiceIndexReport

/// The words of `report.xlsx` in the report's language: sheet names, column labels and the
/// summary sheet's labels. The sentences shared with `report.html` (gap notes, headline) come
/// from `HTMLStrings`.
///
/// A table's sheet is named from `sheetNames` and its header from `columnLabels`, both keyed by
/// the CSV's names; a table or column not listed keeps its CSV name.
struct WorkbookStrings: Sendable {
    let summarySheet: String
    let sheetNames: [String: String]
    let columnLabels: [String: String]
    let province: String
    let period: String
    let periodStart: String
    let periodEnd: String
    /// The label of the instant an as-of report ends at.
    let asOf: String
    let rank: String
    let rankedOf: @Sendable (Int) -> String
    let total: String
    let targetRank: String
    let pointsToTarget: String
    let leadOverNext: String
    let reference: String
    let unranked: String
    let indicatorCode: String
    let group: String
    let additionalDossiers: String
    let chartTitle: String
    let limitNote: @Sendable (_ all: Int, _ shown: Int, _ file: String) -> String
    let methodology: String

    /// The sheet name of a table.
    func sheetName(_ table: String) -> String { sheetNames[table] ?? table }

    /// The header label of a column.
    func label(_ column: String) -> String { columnLabels[column] ?? column }

    static func of(_ language: ReportLanguage) -> WorkbookStrings {
        switch language {
        case .vi: vi
        case .en: en
        }
    }

    /// The labels shared by both languages: the six groups by their codes.
    private static let groupLabels = Dictionary(
        uniqueKeysWithValues: ["ckmb", "tdgq", "dvctt", "tttt", "mdsh", "mdhl"].map { ($0, $0.uppercased()) })

    static let vi = WorkbookStrings(
        summarySheet: "Tổng quan",
        sheetNames: [
            "rankings": "Xếp hạng", "indicators": "Chỉ tiêu", "provinces": "Số liệu tỉnh", "units": "Đơn vị",
            "focus": "Phân tích khoảng cách", "procedures": "Thủ tục", "trend": "Xu hướng", "rejects": "Dòng bị loại",
            "reconciliation": "Đối soát với Cổng",
        ],
        columnLabels: groupLabels.merging(
            [
                "rank": "Hạng", "province_code": "Mã tỉnh", "province_name": "Tỉnh, thành phố", "source": "Nguồn điểm",
                "total": "Tổng điểm", "basis": "Trên số điểm", "published_points": "Điểm lấy từ công bố",
                "percentile": "Bách phân vị", "level": "Cấp", "peers": "Số đơn vị cùng quy mô",
                "peer_median_total": "Trung vị điểm đơn vị cùng quy mô", "peer_rank": "Hạng trong nhóm cùng quy mô",
                "full_online": "Trực tuyến toàn trình", "service_level_known": "Biết mức độ DVC",
                "full_online_rate": "Tỉ lệ trực tuyến toàn trình", "coverage": "Độ phủ dữ liệu", "median": "Trung vị",
                "p75": "P75",
                "computed_numerator": "Tử số tính từ hồ sơ", "computed_denominator": "Mẫu số tính từ hồ sơ",
                "computed_points": "Điểm tính từ hồ sơ", "published_numerator": "Tử số công bố",
                "published_denominator": "Mẫu số công bố", "points_difference": "Chênh lệch điểm",
                "numerator_difference": "Chênh lệch tử số", "denominator_difference": "Chênh lệch mẫu số",
                "at_risk": "Có nguy cơ quá hạn", "points_if_at_risk_overdue": "Điểm nếu hồ sơ nguy cơ quá hạn",
                "end": "Tính đến", "previous_rank": "Hạng kỳ trước",
                "rank_change": "Thay đổi hạng", "period": "Kỳ", "indicator": "Chỉ tiêu", "group": "Nhóm",
                "numerator": "Tử số", "denominator": "Mẫu số", "rate": "Tỉ lệ", "points": "Điểm", "max": "Tối đa",
                "status": "Trạng thái", "received": "Tiếp nhận", "in_scope": "Trong phạm vi", "ended": "Đã kết thúc",
                "with_due": "Có hạn trả", "no_due_date": "Không có hạn trả", "on_time": "Đúng hạn",
                "open_in_time": "Đang xử lý trong hạn", "overdue": "Quá hạn", "timeliness_rate": "Tỉ lệ đúng hạn",
                "processing_days_mean": "Số ngày xử lý bình quân", "processing_days_median": "Số ngày xử lý trung vị",
                "processing_days_p90": "Số ngày xử lý P90", "online": "Nộp trực tuyến",
                "online_rate": "Tỉ lệ nộp trực tuyến", "paid_online": "Thanh toán trực tuyến",
                "with_fee": "Có phí, lệ phí", "paid_online_rate": "Tỉ lệ thanh toán trực tuyến",
                "digitized": "Được số hóa", "digitized_known": "Biết số hóa", "digitized_rate": "Tỉ lệ số hóa",
                "reused": "Tái sử dụng", "reuse_known": "Biết tái sử dụng", "reuse_rate": "Tỉ lệ tái sử dụng",
                "e_result": "Kết quả điện tử", "e_result_known": "Biết kết quả điện tử",
                "e_result_rate": "Tỉ lệ kết quả điện tử", "synced": "Đã đồng bộ", "sync_known": "Biết đồng bộ",
                "sync_rate": "Tỉ lệ đồng bộ", "rated": "Được đánh giá", "rating_1": "Không hài lòng",
                "rating_2": "Hài lòng", "rating_3": "Rất hài lòng", "satisfaction_rate": "Tỉ lệ hài lòng",
                "complained": "Có phản ánh", "dossier_satisfaction": "Mức độ hài lòng theo hồ sơ",
                "unit_code": "Mã đơn vị", "unit_name": "Tên đơn vị", "headroom": "Còn thiếu",
                "movable": "Hồ sơ có thể chuyển", "additional_dossiers": "Hồ sơ cần thêm", "note": "Ghi chú",
                "target_rank": "Hạng mục tiêu", "points_to_target": "Điểm đến mục tiêu",
                "procedure_code": "Mã TTHC", "file": "Tệp", "line": "Dòng", "column": "Cột", "reason": "Lý do",
                "dossier_id": "Mã hồ sơ", "value": "Giá trị", "message": "Mô tả",
            ], uniquingKeysWith: { $1 }),
        province: "Tỉnh, thành phố", period: "Kỳ báo cáo", periodStart: "Từ ngày", periodEnd: "Đến hết ngày",
        asOf: "Tính đến",
        rank: "Hạng", rankedOf: { "trên \($0) tỉnh, thành phố được xếp hạng" }, total: "Tổng điểm",
        targetRank: "Hạng mục tiêu", pointsToTarget: "Điểm cần thêm để đạt hạng mục tiêu",
        leadOverNext: "Điểm dẫn trước tỉnh đầu tiên ngoài mục tiêu", reference: "Tỉnh so sánh",
        unranked: "chưa xếp hạng", indicatorCode: "Mã", group: "Nhóm", additionalDossiers: "Hồ sơ cần thêm",
        chartTitle: "Tổng điểm các tỉnh, thành phố",
        limitNote: { all, shown, file in
            all > shown
                ? "Tổng cộng \(all) dòng; trang này ghi \(shown) dòng đầu, \(file) có đủ."
                : "Tổng cộng \(all) dòng."
        },
        methodology: "Phương pháp")

    static let en = WorkbookStrings(
        summarySheet: "Summary",
        sheetNames: [
            "rankings": "Rankings", "indicators": "Indicators", "provinces": "Provinces", "units": "Units",
            "focus": "Gap analysis", "procedures": "Procedures", "trend": "Trend", "rejects": "Rejected rows",
            "reconciliation": "Portal reconciliation",
        ],
        columnLabels: groupLabels.merging(
            [
                "rank": "Rank", "province_code": "Code", "province_name": "Province", "source": "Source",
                "total": "Total", "basis": "Basis (points)", "published_points": "Published points",
                "percentile": "Percentile", "level": "Level", "peers": "Same-size peers",
                "peer_median_total": "Peers' median total", "peer_rank": "Rank among peers",
                "full_online": "Full online", "service_level_known": "Service level known",
                "full_online_rate": "Full-online rate", "coverage": "Coverage", "median": "Median", "p75": "P75",
                "computed_numerator": "Computed numerator", "computed_denominator": "Computed denominator",
                "computed_points": "Computed points", "published_numerator": "Published numerator",
                "published_denominator": "Published denominator", "points_difference": "Points difference",
                "numerator_difference": "Numerator difference", "denominator_difference": "Denominator difference",
                "at_risk": "At risk", "points_if_at_risk_overdue": "Points if at-risk turn overdue", "end": "End",
                "previous_rank": "Previous rank",
                "rank_change": "Rank change", "period": "Period", "indicator": "Indicator", "group": "Group",
                "numerator": "Numerator", "denominator": "Denominator", "rate": "Rate", "points": "Points",
                "max": "Max", "status": "Status", "received": "Received", "in_scope": "In scope", "ended": "Ended",
                "with_due": "With due date", "no_due_date": "No due date", "on_time": "On time",
                "open_in_time": "Open, in time", "overdue": "Overdue", "timeliness_rate": "Timeliness rate",
                "processing_days_mean": "Processing days, mean", "processing_days_median": "Processing days, median",
                "processing_days_p90": "Processing days, P90", "online": "Online", "online_rate": "Online rate",
                "paid_online": "Paid online", "with_fee": "With fee", "paid_online_rate": "Paid online rate",
                "digitized": "Digitised", "digitized_known": "Digitisation known", "digitized_rate": "Digitised rate",
                "reused": "Reused", "reuse_known": "Reuse known", "reuse_rate": "Reuse rate",
                "e_result": "E-result", "e_result_known": "E-result known", "e_result_rate": "E-result rate",
                "synced": "Synced", "sync_known": "Sync known", "sync_rate": "Sync rate", "rated": "Rated",
                "rating_1": "Dissatisfied", "rating_2": "Satisfied", "rating_3": "Very satisfied",
                "satisfaction_rate": "Satisfaction rate", "complained": "Complained",
                "dossier_satisfaction": "Dossier satisfaction", "unit_code": "Unit code", "unit_name": "Unit",
                "headroom": "Headroom", "movable": "Movable dossiers", "additional_dossiers": "Additional dossiers",
                "note": "Note", "target_rank": "Target rank", "points_to_target": "Points to target",
                "procedure_code": "Procedure", "file": "File", "line": "Line", "column": "Column",
                "reason": "Reason", "dossier_id": "Dossier id", "value": "Value", "message": "Message",
            ], uniquingKeysWith: { $1 }),
        province: "Province", period: "Period", periodStart: "From", periodEnd: "To the end of", asOf: "As of",
        rank: "Rank", rankedOf: { "of \($0) ranked" }, total: "Total points", targetRank: "Target rank",
        pointsToTarget: "Points needed to reach the target rank",
        leadOverNext: "Lead over the first province outside the target", reference: "Compared with",
        unranked: "unranked", indicatorCode: "Code", group: "Group", additionalDossiers: "Additional dossiers",
        chartTitle: "Total points by province",
        limitNote: { all, shown, file in
            all > shown
                ? "\(all) rows in all; this sheet lists the first \(shown), \(file) has them all."
                : "\(all) row\(all == 1 ? "" : "s") in all."
        },
        methodology: "Methodology")
}
