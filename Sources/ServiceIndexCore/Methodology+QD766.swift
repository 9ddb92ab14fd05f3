extension Methodology {
    /// The built-in default: the portal's own list of 19 indicators, 100 points, with the point
    /// formulas reverse-engineered from its published scores (docs/methodology.md, Indicators).
    ///
    /// Eight indicators (62 points) are measured from the exports; `dvctt.online` takes the
    /// portal's published points first and is otherwise approximated by the online share; the
    /// other eleven are the portal's own. Payment, 6 × A + min(2, 2.5 × B) + 2.5 × C on the
    /// portal, is three indicators: A from the exports, B and C (procedure-level shares) published.
    public static let qd766: Methodology = {
        let titles = [
            "ckmb": "CKMB Công khai, minh bạch", "tdgq": "TDGQ Tiến độ giải quyết",
            "dvctt": "DVCTT Dịch vụ công trực tuyến", "tttt": "TTTT Thanh toán trực tuyến",
            "mdsh": "MDSH Số hóa hồ sơ", "mdhl": "MDHL Mức độ hài lòng",
        ]
        func row(
            _ id: String, _ code: String?, _ max: Double, _ t: Double, _ metric: Metric? = nil,
            _ source: IndicatorSource? = nil
        ) -> Indicator {
            let group = String(id.prefix { $0 != "." })
            return Indicator(
                id: id, group: group, groupTitle: titles[group]!, metric: metric, maxPoints: max, threshold: t,
                source: source, portalCode: code)
        }
        // The table of docs/methodology.md, Indicators; it is valid, so the initialiser cannot throw.
        return try! Methodology(
            name: "qd766",
            indicators: [
                row("ckmb.publish_on_time", "PUBLISH_ON_TIME", 6, 1),
                row("ckmb.update_on_time", "PUBLIC_UPDATE_ON_TIME", 4, 1),
                row("ckmb.content_full", "PUBLIC_CONTENT_FULL", 2, 1),
                row("ckmb.sync", "DOSSIER_SYNC", 6, 1, .syncRate),
                row("tdgq.on_time", "ON_TIME_RATE", 20, 1, .timelinessRate),
                row("dvctt.online", nil, 12, 0.5, .onlineRate, .publishedFirst),
                row("tttt.payment", nil, 6, 1, .paidOnlineRate),
                row("tttt.procedures_paid", nil, 2, 0.8),
                row("tttt.procedures_fee", nil, 2, 0.8),
                row("mdsh.e_result", "ORIGINAL_RESULT_AVAILABLE", 6, 1, .eResultRate),
                row("mdsh.digitized", "SO_HOA_GIAY_TO_GIAI_QUYET", 4, 1, .digitizedRate),
                row("mdsh.reuse", "REUSED_DIGITIZED_DATA", 2, 0.8, .reuseRate),
                row("mdsh.personal_storage", "SYNCED_WITH_DVCQG_PERSONAL_STORAGE", 4, 1),
                row("mdsh.citizen_data_dossier", "CITIZEN_DATA_CONNECTED_DOSSIER", 2, 1),
                row("mdsh.citizen_data_procedure", "CITIZEN_DATA_CONNECTED_FORMALITY", 2, 1),
                row("mdsh.certified_copy", "ELECTRONIC_CERTIFIED_COPY", 2, 1),
                row("mdhl.petition_on_time", "PETITION_PROCESSING_ON_TIME", 6, 1),
                row("mdhl.petition_satisfaction", "PETITION_HANDLING_SATISFACTION", 6, 1),
                row("mdhl.dossier", "DOSSIER_RECEIVING_SATISFACTION", 6, 0.9, .dossierSatisfaction),
            ])
    }()
}
