import ServiceIndexCore

/// `provinces.csv`: every metric of each computed province, with its counts.
public enum ProvincesTable {
    /// A column: its header and how to read it from a result.
    struct Column: Sendable {
        let name: String
        let value: @Sendable (PopulationResult) -> Cell
    }

    static func count(_ name: String, _ counter: Tally.Counter) -> Column {
        Column(name: name) { .count($0.tally[counter]) }
    }

    static func rate(_ name: String, _ metric: Metric) -> Column {
        Column(name: name) { result in
            let value = metric.measure(result.tally)
            return .rate(value.status == .ok ? value.rate : nil)
        }
    }

    static let columns: [Column] = [
        count("received", .received), count("in_scope", .inScope), count("ended", .ended),
        count("with_due", .withDue), count("no_due_date", .noDueDate), count("on_time", .onTime),
        count("open_in_time", .openInTime), count("overdue", .overdue), count("at_risk", .atRisk),
        rate("timeliness_rate", .timelinessRate),
        Column(name: "processing_days_mean") { .decimal($0.processing.meanDays, decimals: 2) },
        Column(name: "processing_days_median") { .decimal($0.processing.medianDays, decimals: 2) },
        Column(name: "processing_days_p90") { .decimal($0.processing.p90Days, decimals: 2) },
        count("online", .online), rate("online_rate", .onlineRate),
        count("full_online", .fullOnline), count("service_level_known", .serviceLevelKnown),
        rate("full_online_rate", .fullOnlineRate),
        count("paid_online", .paidOnline), count("with_fee", .feeDenominator),
        rate("paid_online_rate", .paidOnlineRate),
        count("digitized", .digitized), count("digitized_known", .digitizedKnown),
        rate("digitized_rate", .digitizedRate),
        count("reused", .reused), count("reuse_known", .reusedKnown), rate("reuse_rate", .reuseRate),
        count("e_result", .eResult), count("e_result_known", .eResultKnown),
        rate("e_result_rate", .eResultRate),
        count("synced", .synced), count("sync_known", .syncedKnown), rate("sync_rate", .syncRate),
        count("rated", .rated), count("rating_1", .rating1), count("rating_2", .rating2),
        count("rating_3", .rating3), rate("satisfaction_rate", .satisfactionRate),
        count("complained", .complained), rate("dossier_satisfaction", .dossierSatisfaction),
    ]

    public static var header: [String] { ["province_code", "province_name"] + columns.map(\.name) }

    public static func make(_ report: PeriodReport, registry: ProvinceRegistry = .standard) -> CSVTable {
        CSVTable(
            header: header,
            rows: report.provinces.keys.sorted().map { code in
                let result = report.provinces[code]!
                let name = registry.province(code: code)?.name ?? ""
                return [.text(code.description), .text(name)] + columns.map { $0.value(result) }
            })
    }
}
