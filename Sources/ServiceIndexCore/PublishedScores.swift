/// The scores the portal published for one period, by province (docs/methodology.md,
/// Published scores): the national summary (totals and six group scores) and any province's
/// detail (the points of each indicator).
public struct PublishedScores: Sendable, Equatable {
    /// One province's published figures.
    public struct Province: Sendable, Equatable {
        /// By methodology indicator id (a group of one indicator is that indicator's row).
        public var indicators: [String: PublishedValue] = [:]
        /// By group code.
        public var groups: [String: PublishedValue] = [:]
        public var total: PublishedValue?

        public init() {}

        /// Whether the file gives anything for the province.
        public var isEmpty: Bool { indicators.isEmpty && groups.isEmpty && total == nil }
    }

    public var provinces: [ProvinceCode: Province]

    public init(provinces: [ProvinceCode: Province] = [:]) { self.provinces = provinces }

    /// Nothing published.
    public static let none = PublishedScores()
}

/// A published file: its rows by the period they name, and the rows without a period, which
/// apply to the reported period.
public struct PublishedFile: Sendable, Equatable {
    public var dated: [Period: PublishedScores]
    public var undated: PublishedScores

    public init(dated: [Period: PublishedScores] = [:], undated: PublishedScores = .none) {
        self.dated = dated
        self.undated = undated
    }

    /// The scores for one period of a report on `reported`: the rows naming it, and for the
    /// reported period itself also the rows without a period.
    public func scores(for period: Period, reported: Period) -> PublishedScores {
        var scores = dated[period] ?? .none
        if period == reported {
            for (code, province) in undated.provinces { scores.provinces[code] = province }
        }
        return scores
    }
}
