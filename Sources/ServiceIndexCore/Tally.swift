/// The exact counts behind every metric for one population (a province, a unit or a
/// procedure) in one quarter. Counts only: tallies add and subtract exactly, so partial tallies
/// from workers, files or machines merge into the same result (docs/architecture.md, Mergeable aggregates).
public struct Tally: Equatable, Sendable {
    /// One count of the tally.
    public enum Counter: Int, CaseIterable, Sendable {
        /// Status ∉ {1, 3}, `received_at` in the quarter.
        case received
        /// Received in P or before, not ended before P.
        case inScope
        case withDue
        case noDueDate
        case onTime
        case openInTime
        case overdue
        /// In scope with an end time in P.
        case ended
        case online
        case paidOnline
        /// Received with `has_fee` yes and `paid_online` known.
        case feeDenominator
        /// Received with the payment values known (`has_fee` no, or yes with `paid_online` known).
        case feeKnown
        case digitized
        case digitizedKnown
        case reused
        case reusedKnown
        case synced
        case syncedKnown
        /// Received with `service_level` 4 (full online, toàn trình).
        case fullOnline
        /// Received with `service_level` known.
        case serviceLevelKnown
        case eResult
        case eResultKnown
        case rated
        case rating1
        case rating2
        case rating3
        case complained
        /// In scope with a due date, on time or open in time, and not complained (the numerator of
        /// dossier satisfaction).
        case uncomplainedInTime
        /// Sum over dossiers ended in P of (end time − `received_at`), in seconds.
        case processingSeconds
        /// Open in time as of as-of, with an effective due before the period's calendar end
        /// (only in a period cut at as-of).
        case atRisk
        /// At risk and not complained: the part of `atRisk` that dossier satisfaction counts.
        case atRiskUncomplained
    }

    public internal(set) var values: [Int64]

    public init() { values = Array(repeating: 0, count: Counter.allCases.count) }

    public subscript(counter: Counter) -> Int64 {
        get { values[counter.rawValue] }
        set { values[counter.rawValue] = newValue }
    }

    /// Adds another tally, counter by counter.
    public mutating func add(_ other: Tally, weight: Int64 = 1) {
        for index in values.indices { values[index] += other.values[index] * weight }
    }

    /// True when every counter is zero.
    public var isZero: Bool { values.allSatisfy { $0 == 0 } }
}
