/// An index methodology as data: indicators, each scoring one metric against a threshold.
///
/// Points = max × min(1, rate / threshold), from the full-precision rate (docs/methodology.md, The index).
public struct Methodology: Sendable, Equatable {
    /// A short name, e.g. `qd766`, written into `run.json`.
    public var name: String
    public var indicators: [Indicator]

    /// The six indicator groups of the 766 index, in column order of `rankings.csv`.
    public static let groupCodes = ["ckmb", "tdgq", "dvctt", "tttt", "mdsh", "mdhl"]

    /// Creates a methodology, checking it.
    /// - Throws: `MethodologyError` for an empty list, a duplicate id, an unknown group, a
    ///   negative maximum or a threshold outside (0, 1].
    public init(name: String, indicators: [Indicator]) throws(MethodologyError) {
        guard !indicators.isEmpty else { throw MethodologyError(line: nil, message: "no indicators") }
        var seen = Set<String>()
        for indicator in indicators {
            guard seen.insert(indicator.id).inserted else {
                throw MethodologyError(line: indicator.line, message: "duplicate indicator '\(indicator.id)'")
            }
            guard Self.groupCodes.contains(indicator.group) else {
                throw MethodologyError(
                    line: indicator.line,
                    message:
                        "unknown group '\(indicator.group)' (expected one of \(Self.groupCodes.joined(separator: ", ")))"
                )
            }
            guard indicator.maxPoints >= 0, indicator.maxPoints.isFinite else {
                throw MethodologyError(
                    line: indicator.line, message: "max must be a number ≥ 0, found \(indicator.maxPoints)")
            }
            guard indicator.threshold > 0, indicator.threshold <= 1 else {
                throw MethodologyError(
                    line: indicator.line, message: "threshold must be in (0, 1], found \(indicator.threshold)")
            }
        }
        self.name = name
        self.indicators = indicators
    }

    /// The maximum of all indicators: 62 for `qd766`.
    public var maxPoints: Double { indicators.reduce(0) { $0 + $1.maxPoints } }
}

extension Methodology {
    /// The built-in default, following the portal's scoring as far as exports allow: the point
    /// formulas reverse-engineered from the portal's published scores, each indicator linear to
    /// its threshold. Of the payment group's 10 points (6 × A + min(2, 2.5 × B) + 2.5 × C) only
    /// A, the share of fee-bearing dossiers paid online, is in exports: 6 points. Digitisation
    /// scores linearly to 100 %. 62 of the index's 100 points (docs/methodology.md, Indicators).
    public static let qd766: Methodology = {
        func row(_ id: String, _ group: String, _ title: String, _ metric: Metric, _ max: Double, _ t: Double)
            -> Indicator
        {
            Indicator(id: id, group: group, groupTitle: title, metric: metric, maxPoints: max, threshold: t)
        }
        // The table of docs/methodology.md, Indicators; it is valid, so the initialiser cannot throw.
        return try! Methodology(
            name: "qd766",
            indicators: [
                row("ckmb.sync", "ckmb", "CKMB Công khai, minh bạch", .syncRate, 6, 1.0),
                row("tdgq.on_time", "tdgq", "TDGQ Tiến độ giải quyết", .timelinessRate, 20, 1.0),
                row("dvctt.online", "dvctt", "DVCTT Dịch vụ công trực tuyến", .onlineRate, 12, 0.5),
                row("tttt.payment", "tttt", "TTTT Thanh toán trực tuyến", .paidOnlineRate, 6, 1.0),
                row("mdsh.e_result", "mdsh", "MDSH Số hóa hồ sơ", .eResultRate, 6, 1.0),
                row("mdsh.digitized", "mdsh", "MDSH Số hóa hồ sơ", .digitizedRate, 4, 1.0),
                row("mdsh.reuse", "mdsh", "MDSH Số hóa hồ sơ", .reuseRate, 2, 0.8),
                row("mdhl.dossier", "mdhl", "MDHL Mức độ hài lòng", .dossierSatisfaction, 6, 0.9),
            ])
    }()
}
