import ServiceIndexCore

/// The words of `report.html` about where points come from: the indicators' names, the basis of
/// a total, the published scores and the reconciliation with the portal (docs/methodology.md,
/// Sources; One basis; Reconciliation with the portal). Same rules as `HTMLStrings`: templates
/// hold no markup characters.
public struct PublishedStrings: Sendable {
    public typealias Text1 = HTMLStrings.Text1
    public typealias Text2 = HTMLStrings.Text2
    public typealias Text3 = HTMLStrings.Text3

    /// The names of the portal's indicators that exports cannot measure, by id.
    public let portalNames: [String: String]
    /// "62 of 100 points".
    public let basisOf: Text2
    /// The basis line under the focus province's total.
    public let basisFromExports: Text2
    public let basisWithPublished: Text2
    /// The ranking's note: all totals out of 100, or all on the exports' basis.
    public let rankingFull: Text1
    public let rankingPartial: Text2
    /// Where the points come from, in one paragraph.
    public let sources: Text2
    public let notePublished: String
    public let noteMissing: String
    public let noteApproximation: String
    /// "full online (toàn trình): 41.2 % (123 of 298 with a known service level)".
    public let fullOnlineLine: Text3
    public let sourcePublished: String
    public let reconciliationTitle: String
    public let reconciliationIntro: String
    public let reconciliationNone: String
    /// "the portal published 17.35 for timeliness; your exports give 17.81".
    public let reconciliationLine: Text3
    /// "1,021 more dossiers settled on time" / "fewer", with the action of `HTMLStrings.gapAction`.
    public let moreCounted: Text2
    public let fewerCounted: Text2
    public let sameCounted: String
    public let howToPublish: String

    public static func of(_ language: ReportLanguage) -> PublishedStrings {
        switch language {
        case .vi: vi
        case .en: en
        }
    }

    /// What the ranking's totals are out of: all of the portal's points, or the exports' part
    /// (docs/methodology.md, One basis).
    public func rankingNote(_ report: PeriodReport, numbers: LocalizedNumberFormat) -> String {
        let full = Methodology.portalPoints
        let bases = report.ranking.map(\.basis)
        if !bases.isEmpty, bases.allSatisfy({ Rounding.cents($0) == Rounding.cents(full) }) {
            return rankingFull(HeadlineSection.compact(full, numbers))
        }
        return rankingPartial(
            HeadlineSection.compact(bases.max() ?? report.methodology.exportsPoints, numbers),
            HeadlineSection.compact(full, numbers))
    }

    /// Where a methodology's points come from: the exports' part and the portal's.
    public func sourcesNote(_ methodology: Methodology, numbers: LocalizedNumberFormat) -> String {
        sources(
            HeadlineSection.compact(methodology.exportsPoints, numbers),
            HeadlineSection.compact(methodology.maxPoints, numbers))
    }

    /// An indicator's name in the report: the portal's name for one it publishes (DVCTT
    /// included), else its metric's name, else its id.
    public func name(_ indicator: Indicator, strings: HTMLStrings) -> String {
        if indicator.source != .exports || indicator.metric == nil, let name = portalNames[indicator.id] {
            return name
        }
        return indicator.metric.map(strings.metricName) ?? indicator.id
    }
}

extension PublishedStrings {
    public static let vi = PublishedStrings(
        portalNames: [
            "ckmb.publish_on_time": "Công khai TTHC đúng hạn",
            "dvctt.online": "Dịch vụ công trực tuyến (DVCTT)",
            "ckmb.update_on_time": "Cập nhật TTHC đúng hạn",
            "ckmb.content_full": "Nội dung công khai đầy đủ",
            "tttt.procedures_paid": "TTHC có thanh toán trực tuyến",
            "tttt.procedures_fee": "TTHC có hồ sơ thu phí, lệ phí",
            "mdsh.personal_storage": "Đồng bộ kho dữ liệu cá nhân trên Cổng DVCQG",
            "mdsh.citizen_data_dossier": "Hồ sơ kết nối dữ liệu dân cư",
            "mdsh.citizen_data_procedure": "TTHC kết nối dữ liệu dân cư",
            "mdsh.certified_copy": "Chứng thực bản sao điện tử",
            "mdhl.petition_on_time": "Xử lý phản ánh, kiến nghị đúng hạn",
            "mdhl.petition_satisfaction": "Hài lòng về xử lý phản ánh, kiến nghị",
        ],
        basisOf: { "\($0) trên \($1) điểm" },
        basisFromExports: { "\($0) trên \($1) điểm, tính từ hồ sơ" },
        basisWithPublished: { "trên \($0) điểm, trong đó \($1) điểm lấy từ số liệu công bố" },
        rankingFull: {
            "Mọi tổng điểm đều trên \($0) điểm: chỉ tiêu đo được từ hồ sơ tính từ dữ liệu xuất, các chỉ tiêu còn lại lấy từ số liệu Cổng DVCQG công bố."
        },
        rankingPartial: {
            "Chỉ số chưa đầy đủ: \($0) trên \($1) điểm, tính từ hồ sơ. Các tỉnh được xếp hạng trên cùng các chỉ tiêu đo được từ dữ liệu xuất; mỗi dòng ghi rõ cơ sở đo."
        },
        sources: { exports, full in
            "Dữ liệu xuất đo được \(exports) trên \(full) điểm (tiến độ, trực tuyến, thanh toán, số hóa, đồng bộ, hài lòng theo hồ sơ). Các chỉ tiêu còn lại (công khai TTHC, thanh toán theo thủ tục, kho dữ liệu cá nhân, dữ liệu dân cư, chứng thực điện tử, phản ánh kiến nghị) chỉ Cổng DVCQG biết: lấy từ tệp điểm công bố (--published). Tổng điểm trên các cơ sở khác nhau không bao giờ được xếp hạng chung."
        },
        notePublished: "điểm công bố: hồ sơ không thay đổi được chỉ tiêu này",
        noteMissing: "chỉ Cổng DVCQG công bố: chưa có trong tệp điểm công bố",
        noteApproximation: "ước tính từ tỉ lệ nộp trực tuyến (Cổng công bố điểm DVCTT riêng)",
        fullOnlineLine: { "trực tuyến toàn trình: \($0) (\($1) trên \($2) hồ sơ có mức độ DVC)" },
        sourcePublished: "công bố",
        reconciliationTitle: "Đối soát với số liệu Cổng DVCQG công bố",
        reconciliationIntro:
            "Từng chỉ tiêu đo được từ hồ sơ, đặt cạnh số liệu Cổng công bố cho cùng kỳ. Tổng điểm dùng số tính từ hồ sơ (nguồn mới hơn), trừ DVCTT lấy điểm công bố. Chênh lệch cho biết hệ thống của tỉnh và Cổng đếm khác nhau ở đâu.",
        reconciliationNone: "Tệp điểm công bố không có số liệu chỉ tiêu nào đo được từ hồ sơ cho tỉnh trong kỳ này.",
        reconciliationLine: { indicator, published, computed in
            "Cổng công bố \(published) điểm cho \(indicator); dữ liệu xuất cho \(computed)"
        },
        moreCounted: { "nhiều hơn \($0) hồ sơ \($1)" }, fewerCounted: { "ít hơn \($0) hồ sơ \($1)" },
        sameCounted: "cùng tử số",
        howToPublish:
            "Cách đưa số liệu Cổng vào tệp: xem docs/methodology.md, mục Published scores, và mẫu fixtures/published/template.csv."
    )

    public static let en = PublishedStrings(
        portalNames: [
            "ckmb.publish_on_time": "Procedures published on time",
            "dvctt.online": "Online public services (DVCTT)",
            "ckmb.update_on_time": "Procedures updated on time",
            "ckmb.content_full": "Full published content",
            "tttt.procedures_paid": "Procedures with online payments",
            "tttt.procedures_fee": "Procedures with fee dossiers",
            "mdsh.personal_storage": "Synced to DVCQG personal storage",
            "mdsh.citizen_data_dossier": "Dossiers connected to citizen data",
            "mdsh.citizen_data_procedure": "Procedures connected to citizen data",
            "mdsh.certified_copy": "Electronic certified copies",
            "mdhl.petition_on_time": "Petitions handled on time",
            "mdhl.petition_satisfaction": "Petition handling satisfaction",
        ],
        basisOf: { "\($0) of \($1) points" },
        basisFromExports: { "\($0) of \($1) points, from the exports" },
        basisWithPublished: { "out of \($0) points, \($1) of them from the published scores" },
        rankingFull: {
            "Every total is out of \($0) points: what exports measure comes from the exports, the rest from the scores the portal published."
        },
        rankingPartial: {
            "The index is partial: \($0) of \($1) points, from exports. Provinces are ranked on the indicators the exports measure; each row states its basis."
        },
        sources: { exports, full in
            "Exports measure \(exports) of the \(full) points (timeliness, online, payment, digitisation, sync, dossier satisfaction). The rest (publication of procedures, procedure-level payment, personal storage, citizen data, certified copies, petitions) only the portal knows: they come from the published scores file (--published). Totals on different bases are never ranked together."
        },
        notePublished: "published: dossiers cannot move it",
        noteMissing: "published by the portal only: not in the published file",
        noteApproximation: "approximated by the online share (the portal publishes its own DVCTT points)",
        fullOnlineLine: { "full online (toàn trình): \($0) (\($1) of \($2) with a known service level)" },
        sourcePublished: "published",
        reconciliationTitle: "Reconciliation with the portal",
        reconciliationIntro:
            "Each indicator the exports measure, beside what the portal published for the same period. The total uses the exports’ figure (the fresher source), except DVCTT, which takes the published points. The differences show where the province’s system and the portal count differently.",
        reconciliationNone:
            "The published file gives no figure for an indicator the exports measure, for this province and period.",
        reconciliationLine: { indicator, published, computed in
            "the portal published \(published) for \(indicator); your exports give \(computed)"
        },
        moreCounted: { "\($0) more dossiers \($1)" }, fewerCounted: { "\($0) fewer dossiers \($1)" },
        sameCounted: "the same numerator",
        howToPublish:
            "How to get the portal’s figures into the file: docs/methodology.md, Published scores, and the template fixtures/published/template.csv."
    )
}
