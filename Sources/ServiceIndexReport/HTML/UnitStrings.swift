import ServiceIndexCore

/// The words of the units section and the headline's line about units: the two levels, their
/// medians, percentiles and same-size peers (docs/methodology.md, Units and procedures). Same
/// rules as `HTMLStrings`: templates hold no markup characters.
struct UnitStrings: Sendable {
    typealias Text1 = HTMLStrings.Text1
    typealias Text2 = HTMLStrings.Text2
    typealias Text3 = HTMLStrings.Text3

    let levelTitle: @Sendable (UnitLevel) -> String
    let levelName: @Sendable (UnitLevel) -> String
    /// "24 ranked: median 48.12, P75 52.30" (count, median, P75).
    let levelSummary: Text3
    let unrankedCount: Text1
    /// Where units' totals come from.
    let basisNote: Text1
    let intro: String
    let median: String
    let p75: String
    let percentile: String
    /// Column heads: same-size peers, their median total, the unit's rank among them and itself.
    let peers: String
    let peerMedian: String
    let peerRank: String
    let weakestTitle: String
    /// "UBND xã Ea Kao: 41.20, 6.80 below its 4 same-size peers' median 48.00".
    let weakestItem: @Sendable (String, String, String, Int, String) -> String
    let noneBehind: String
    let chartNote: String

    static func of(_ language: ReportLanguage) -> UnitStrings {
        switch language {
        case .vi: vi
        case .en: en
        }
    }

    static let vi = UnitStrings(
        levelTitle: { $0 == .department ? "Sở, ban, ngành" : "UBND xã, phường, đặc khu" },
        levelName: { $0 == .department ? "sở, ban, ngành" : "xã, phường" },
        levelSummary: { count, median, p75 in "\(count) đơn vị được xếp hạng: trung vị \(median), P75 \(p75)." },
        unrankedCount: { "\($0) đơn vị không có hồ sơ trong phạm vi, không xếp hạng." },
        basisNote: {
            "Đơn vị chỉ được chấm từ hồ sơ (không có điểm công bố cho đơn vị): tổng điểm trên tối đa \($0) điểm của các chỉ tiêu đo được từ dữ liệu xuất."
        },
        intro:
            "Các đơn vị được xếp hạng trong từng cấp như Cổng xếp: sở, ban, ngành riêng; xã, phường, đặc khu riêng. Đơn vị cùng quy mô là các đơn vị cùng cấp có số hồ sơ tiếp nhận từ 80 % đến 120 % của đơn vị. Trong mỗi cấp, bảng xếp theo số hồ sơ quá hạn giảm dần.",
        median: "Trung vị", p75: "P75", percentile: "Bách phân vị", peers: "Cùng quy mô",
        peerMedian: "Trung vị nhóm", peerRank: "Hạng trong nhóm",
        weakestTitle: "Kém nhất so với đơn vị cùng quy mô",
        weakestItem: { name, total, gap, count, median in
            "\(name): \(total) điểm, kém \(gap) điểm so với trung vị \(median) của \(count) đơn vị cùng quy mô"
        },
        noneBehind: "không đơn vị nào kém hơn trung vị các đơn vị cùng quy mô",
        chartNote:
            "Mỗi chấm là một đơn vị được xếp hạng; vạch đứng là trung vị và P75 của cấp; các đơn vị kém nhất so với đơn vị cùng quy mô được ghi tên."
    )

    static let en = UnitStrings(
        levelTitle: { $0 == .department ? "Departments (sở, ban, ngành)" : "Communes (UBND xã, phường, đặc khu)" },
        levelName: { $0 == .department ? "departments" : "communes" },
        levelSummary: { count, median, p75 in "\(count) ranked: median \(median), P75 \(p75)." },
        unrankedCount: { "\($0) with nothing in scope, unranked." },
        basisNote: {
            "Units are scored from the exports only (the portal publishes no unit points): totals are out of the \($0) points the exports measure."
        },
        intro:
            "Units are ranked within their level, as the portal ranks them: departments apart from communes. A unit’s same-size peers are the units of its level that received 80–120 % as many dossiers. Within each level the table lists the most overdue first.",
        median: "Median", p75: "P75", percentile: "Percentile", peers: "Peers",
        peerMedian: "Peers’ median", peerRank: "Rank in peers",
        weakestTitle: "Furthest behind their same-size peers",
        weakestItem: { name, total, gap, count, median in
            "\(name): \(total) points, \(gap) below the median \(median) of its \(count) same-size peer\(count == 1 ? "" : "s")"
        },
        noneBehind: "no unit is below its same-size peers’ median",
        chartNote:
            "Each dot is a ranked unit; the vertical lines mark the level’s median and P75; the units furthest behind their same-size peers are named."
    )
}
