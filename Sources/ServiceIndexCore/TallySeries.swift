/// Tallies for every quarter at once, kept as differences so that one pass serves any quarter.
///
/// A dossier counts in a run of consecutive quarters (in scope from the quarter it was received
/// until the quarter it ended, or for ever while open). The series stores `+weight` at the first
/// quarter of a run and `−weight` after its last one; the tally of quarter Q is the sum of all
/// differences at quarters ≤ Q. Adding with weight −1 removes a dossier exactly, which is how a
/// duplicate replaces the record counted before it.
///
/// ```swift
/// var series = TallySeries()
/// series.add(.inScope, from: 8100, through: nil, weight: 1)   // open: every quarter from 8100
/// series.tally(at: 8102)[.inScope]                             // 1
/// ```
public struct TallySeries: Equatable, Sendable {
    private var differences: [Int: Tally] = [:]
    /// Processing-time histograms of dossiers ended in a quarter, in whole hours.
    public private(set) var processingHours: [Int: [Int64: Int64]] = [:]

    public init() {}

    /// Counts `counter` with `weight` in quarters `first...last` (`last` nil: no end).
    public mutating func add(_ counter: Tally.Counter, from first: Int, through last: Int?, weight: Int64) {
        if let last, last < first { return }
        differences[first, default: Tally()][counter] += weight
        if let last { differences[last + 1, default: Tally()][counter] -= weight }
    }

    /// Counts `counter` with `amount` in quarter `quarter` only.
    public mutating func add(_ counter: Tally.Counter, at quarter: Int, amount: Int64) {
        add(counter, from: quarter, through: quarter, weight: amount)
    }

    /// Records a processing time of `seconds` for a dossier ended in `quarter`.
    public mutating func addProcessingTime(seconds: Int64, at quarter: Int, weight: Int64) {
        add(.processingSeconds, at: quarter, amount: seconds * weight)
        let hours = seconds >= 0 ? seconds / 3600 : -((-seconds + 3599) / 3600)
        processingHours[quarter, default: [:]][hours, default: 0] += weight
        if processingHours[quarter]?[hours] == 0 {
            processingHours[quarter]?[hours] = nil
            if processingHours[quarter]?.isEmpty == true { processingHours[quarter] = nil }
        }
    }

    /// The tally of one quarter (by `Quarter.index`).
    public func tally(at quarter: Int) -> Tally {
        var result = Tally()
        for (key, difference) in differences where key <= quarter { result.add(difference) }
        return result
    }

    /// The processing-time histogram (hours → dossiers) of dossiers ended in a quarter.
    public func processingHistogram(at quarter: Int) -> [Int64: Int64] {
        processingHours[quarter] ?? [:]
    }

    /// Adds another series (a worker's, a file's).
    public mutating func merge(_ other: TallySeries) {
        for (key, difference) in other.differences { differences[key, default: Tally()].add(difference) }
        for (quarter, histogram) in other.processingHours {
            for (hours, count) in histogram { processingHours[quarter, default: [:]][hours, default: 0] += count }
        }
    }

    /// True when nothing was ever counted (or everything counted was removed again).
    public var isEmpty: Bool { differences.values.allSatisfy(\.isZero) }
}
