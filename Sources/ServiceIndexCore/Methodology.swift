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
            guard indicator.source == .published || indicator.metric != nil else {
                throw MethodologyError(
                    line: indicator.line,
                    message: "source \(indicator.source.rawValue) needs a metric the exports measure")
            }
        }
        self.name = name
        self.indicators = indicators
    }

    /// The maximum of all indicators: 100 for `qd766`.
    public var maxPoints: Double { indicators.reduce(0) { $0 + $1.maxPoints } }

    /// The points of the portal's index, which every published total is out of.
    public static let portalPoints: Double = 100

    /// The maximum of the indicators the exports can score (62 for `qd766`: 8 of its 19).
    public var exportsPoints: Double {
        indicators.filter(\.isMeasuredFromExports).reduce(0) { $0 + $1.maxPoints }
    }

    /// The indicators of one group, in order.
    public func indicators(inGroup group: String) -> [Indicator] { indicators.filter { $0.group == group } }

    /// The indicator a published row names: an id, a portal metric code, or the id of a group
    /// that holds exactly one indicator (`tdgq`, `dvctt`); names are compared without case.
    public func indicator(named name: String) -> Indicator? {
        let folded = name.lowercased()
        if let match = indicators.first(where: { $0.id.lowercased() == folded || $0.portalCode?.lowercased() == folded }
        ) {
            return match
        }
        let members = indicators(inGroup: folded)
        return members.count == 1 ? members[0] : nil
    }
}
