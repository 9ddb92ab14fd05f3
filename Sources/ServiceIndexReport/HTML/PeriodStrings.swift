import ServiceIndexCore

/// The words `report.html` uses about the period: its name, the end it was judged at, the notice
/// of a running period, the dossiers at risk and the trend, in Vietnamese and English.
///
/// Like `HTMLStrings`, templates hold no markup characters; arguments are escaped text.
struct PeriodStrings: Sendable {
    typealias Text1 = @Sendable (String) -> String
    typealias Text2 = @Sendable (String, String) -> String

    let name: @Sendable (Period) -> String
    let calendarEnd: Text1
    let asOfEnd: Text1
    let running: Text2
    let atRiskTitle: String
    let atRiskIntro: Text2
    let atRiskTotals: Text2
    let atRisk: String
    let trendTitle: String
    let trendIntro: Text2
    let trendAlone: Text1
    let trendNone: String
    let period: String
    let rank: String
    let total: String
    let atTarget: Text1
    let groupsTitle: String
    /// Why some periods are partial, and where the chart starts.
    let partialNote: Text2

    static func of(_ language: ReportLanguage) -> PeriodStrings {
        switch language {
        case .vi: vi
        case .en: en
        }
    }

    static let vi = PeriodStrings(
        name: { period in
            switch period.kind {
            case .month: "Tháng \(period.description.suffix(2))/\(period.year)"
            case .quarter: "Quý \(period.description.suffix(1))/\(period.year)"
            case .year: "Năm \(period.year)"
            }
        },
        calendarEnd: { "tính đến hết kỳ (\($0))" },
        asOfEnd: { "tính đến thời điểm \($0) (--as-of)" },
        running: { latest, end in
            "Kỳ này chưa kết thúc: dữ liệu đến \(latest), nhưng hồ sơ đang giải quyết được đánh giá theo thời điểm kết thúc kỳ \(end). Dùng --as-of NGÀY-GIỜ để đánh giá đến một thời điểm."
        },
        atRiskTitle: "Hồ sơ còn quyết định kết quả kỳ",
        atRiskIntro: { count, end in
            "\(count) hồ sơ đang trong hạn nhưng đến hạn trước khi kỳ kết thúc (\(end)): nếu không giải quyết kịp, chúng chuyển thành quá hạn."
        },
        atRiskTotals: { now, ifOverdue in "Tổng điểm hiện tại \(now); nếu tất cả chuyển thành quá hạn: \(ifOverdue)." },
        atRisk: "Có nguy cơ",
        trendTitle: "Diễn biến qua các kỳ",
        trendIntro: { count, target in
            "Tổng điểm và thứ hạng qua \(count) kỳ, bên cạnh điểm của tỉnh đứng hạng \(target); sau đó là điểm từng nhóm."
        },
        trendAlone: { province in "Dữ liệu chỉ có \(province): điểm qua các kỳ, không xếp hạng." },
        trendNone: "Chưa có kỳ trước trong dữ liệu.",
        period: "Kỳ", rank: "Hạng", total: "Tổng điểm",
        atTarget: { "Điểm hạng \($0)" },
        groupsTitle: "Điểm theo nhóm",
        partialNote: { periods, first in
            "Kỳ chỉ có một phần dữ liệu (*): \(periods). Số hồ sơ tiếp nhận trong kỳ ít hơn một nửa trung vị của các kỳ, thường vì đó là kỳ trước tệp xuất đầu tiên, chỉ gồm các hồ sơ còn đang giải quyết khi xuất. Biểu đồ bắt đầu từ \(first)."
        })

    static let en = PeriodStrings(
        name: { period in
            switch period.kind {
            case .month: "Month \(period.description.suffix(2))/\(period.year)"
            case .quarter: "Q\(period.description.suffix(1)) \(period.year)"
            case .year: "Year \(period.year)"
            }
        },
        calendarEnd: { "judged at the calendar end (\($0))" },
        asOfEnd: { "judged as of \($0) (--as-of)" },
        running: { latest, end in
            "This period is still running: the data ends at \(latest), but open dossiers are judged against its calendar end \(end). Pass --as-of DATETIME to judge them against a moment."
        },
        atRiskTitle: "Dossiers that still decide the period",
        atRiskIntro: { count, end in
            "\(count) dossiers are open in time but due before the period ends (\(end)): unless settled in time, they turn overdue."
        },
        atRiskTotals: { now, ifOverdue in "Total as of now \(now); if every one turned overdue: \(ifOverdue)." },
        atRisk: "At risk",
        trendTitle: "Trend",
        trendIntro: { count, target in
            "Total and rank over \(count) periods, beside the score at rank \(target); then the score of each group."
        },
        trendAlone: { province in "The data holds only \(province): its scores over time, no rank." },
        trendNone: "No earlier period in the data.",
        period: "Period", rank: "Rank", total: "Total",
        atTarget: { "Score at rank \($0)" },
        groupsTitle: "Group scores",
        partialNote: { periods, first in
            "Partial periods (*): \(periods). Fewer dossiers were received in them than half the median of the trend’s periods, typically because the period comes before the first export and holds only the dossiers still open when it was taken. The chart starts at \(first)."
        })
}
