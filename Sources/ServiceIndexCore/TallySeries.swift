/// Tallies for every period at once, kept as differences so that one pass serves any period.
///
/// Quarters below stand for the slots of the `PeriodGrid` the series is filled with (months,
/// quarters or years, the reported period cut at as-of); the arithmetic is the same for all.
/// A dossier counts in a run of consecutive quarters (in scope from the quarter it was received
/// until the quarter it ended, or for ever while open). The series stores `+weight` at the first
/// quarter of a run and `−weight` after its last one; the tally of quarter Q is the sum of all
/// differences at quarters ≤ Q. Adding with weight −1 removes a dossier exactly, which is how a
/// duplicate replaces the record counted before it.
///
/// Differences live in a dense window of quarters (flat counters, no hashing per dossier);
/// quarters far outside it (a typo'd year) go to a sparse table, so memory stays bounded
/// whatever the dates. Where a difference is stored never changes a tally.
///
/// ```swift
/// var series = TallySeries()
/// series.add(.inScope, from: 8100, through: nil, weight: 1)   // open: every quarter from 8100
/// series.tally(at: 8102)[.inScope]                             // 1
/// ```
public struct TallySeries: Equatable, Sendable {
    /// Quarters the dense window may span.
    static let windowLimit = 64
    static let width = Tally.Counter.allCases.count

    private var windowStart = 0
    private var windowCount = 0
    private var dense: [Int64] = []
    private var sparse: [Int: Tally] = [:]
    /// Processing-time histograms of dossiers ended in a quarter, in whole hours (a few
    /// quarters: a list searched from the end is faster than a dictionary).
    private var processingHours: [(quarter: Int, histogram: HourHistogram)] = []

    public init() {}

    /// Counts `counter` with `weight` in quarters `first...last` (`last` nil: no end).
    public mutating func add(_ counter: Tally.Counter, from first: Int, through last: Int?, weight: Int64) {
        Self.differences(from: first, through: last, weight: weight) { addDifference(counter, at: $0, $1) }
    }

    /// The differences that count `weight` in quarters `first...last` (`last` nil: no end):
    /// `+weight` at `first`, `−weight` after `last`; none for an empty run.
    @inline(__always)
    static func differences(from first: Int, through last: Int?, weight: Int64, _ body: (Int, Int64) -> Void) {
        if let last, last < first { return }
        body(first, weight)
        if let last { body(last + 1, -weight) }
    }

    /// Counts `counter` with `amount` in quarter `quarter` only.
    public mutating func add(_ counter: Tally.Counter, at quarter: Int, amount: Int64) {
        add(counter, from: quarter, through: quarter, weight: amount)
    }

    /// Records a processing time of `seconds` for a dossier ended in `quarter`: in the sum, and
    /// in the quarter's histogram unless `keepsHistogram` is false.
    public mutating func addProcessingTime(seconds: Int64, at quarter: Int, weight: Int64, keepsHistogram: Bool = true)
    {
        add(.processingSeconds, at: quarter, amount: seconds * weight)
        guard keepsHistogram else { return }
        let hours = seconds >= 0 ? seconds / 3600 : -((-seconds + 3599) / 3600)
        if let index = processingHours.lastIndex(where: { $0.quarter == quarter }) {
            processingHours[index].histogram.add(hours: hours, weight)
        } else {
            var histogram = HourHistogram()
            histogram.add(hours: hours, weight)
            processingHours.append((quarter, histogram))
        }
    }

    /// The tally of one quarter (by `Quarter.index`).
    public func tally(at quarter: Int) -> Tally {
        var result = Tally()
        let last = min(quarter - windowStart, windowCount - 1)
        if last >= 0 {
            for slot in 0...last {
                for counter in 0..<Self.width { result.values[counter] += dense[slot * Self.width + counter] }
            }
        }
        for (key, difference) in sparse where key <= quarter { result.add(difference) }
        return result
    }

    /// The processing-time histogram (hours → dossiers) of dossiers ended in a quarter.
    public func processingHistogram(at quarter: Int) -> [Int64: Int64] {
        processingHours.last { $0.quarter == quarter }?.histogram.counts ?? [:]
    }

    /// Adds another series (a worker's, a file's).
    public mutating func merge(_ other: TallySeries) {
        for slot in 0..<other.windowCount {
            for counter in Tally.Counter.allCases {
                let value = other.dense[slot * Self.width + counter.rawValue]
                if value != 0 { addDifference(counter, at: other.windowStart + slot, value) }
            }
        }
        for (key, difference) in other.sparse {
            for counter in Tally.Counter.allCases where difference[counter] != 0 {
                addDifference(counter, at: key, difference[counter])
            }
        }
        for (quarter, histogram) in other.processingHours {
            if let index = processingHours.lastIndex(where: { $0.quarter == quarter }) {
                processingHours[index].histogram.merge(histogram)
            } else {
                processingHours.append((quarter, histogram))
            }
        }
    }

    /// The quarters whose tally of `counter` is not zero (in the window and the sparse table).
    public func quartersWithCounts(_ counter: Tally.Counter) -> [Int] {
        quartersWithDifferences.filter { tally(at: $0)[counter] != 0 }
    }

    /// The quarters at which a difference is stored, sorted. A tally changes only at these, so
    /// their tallies are every tally the series holds (a quarter before the first is all zero; a
    /// quarter between two has the tally of the earlier).
    public var quartersWithDifferences: [Int] { Set(quarterKeys).sorted() }

    public static func == (lhs: TallySeries, rhs: TallySeries) -> Bool {
        let quarters = Set(lhs.quarterKeys + rhs.quarterKeys)
        return quarters.allSatisfy { lhs.tally(at: $0) == rhs.tally(at: $0) }
            && quarters.allSatisfy { lhs.processingHistogram(at: $0) == rhs.processingHistogram(at: $0) }
    }

    private var quarterKeys: [Int] {
        Array(windowStart..<(windowStart + windowCount)) + Array(sparse.keys) + processingHours.map(\.quarter)
    }

    @inline(__always)
    mutating func addDifference(_ counter: Tally.Counter, at quarter: Int, _ value: Int64) {
        var slot = quarter - windowStart
        if slot < 0 || slot >= windowCount {
            guard widenWindow(toInclude: quarter) else {
                sparse[quarter, default: Tally()][counter] += value
                return
            }
            slot = quarter - windowStart
        }
        dense[slot * Self.width + counter.rawValue] &+= value
    }

    /// Widens the dense window, where it may, to cover `first...last`, then runs `body` on it.
    mutating func withDenseWindow(covering first: Int, _ last: Int, _ body: (DenseWindow) -> Void) {
        if windowCount == 0 || first < windowStart { _ = widenWindow(toInclude: first) }
        if last >= windowStart + windowCount { _ = widenWindow(toInclude: last) }
        let start = windowStart
        let count = windowCount
        dense.withUnsafeMutableBufferPointer { buffer in
            body(DenseWindow(base: buffer.baseAddress, start: start, count: count))
        }
    }

    /// Grows the dense window to cover `quarter`, unless it would pass `windowLimit`.
    private mutating func widenWindow(toInclude quarter: Int) -> Bool {
        if windowCount == 0 {
            windowStart = quarter - 8
            windowCount = 16
            dense = Array(repeating: 0, count: windowCount * Self.width)
            return true
        }
        let newStart = min(windowStart, quarter - 4)
        let newEnd = max(windowStart + windowCount, quarter + 5)
        guard newEnd - newStart <= Self.windowLimit else { return false }
        var grown = Array(repeating: Int64(0), count: (newEnd - newStart) * Self.width)
        let offset = (windowStart - newStart) * Self.width
        for index in dense.indices { grown[offset + index] = dense[index] }
        dense = grown
        windowStart = newStart
        windowCount = newEnd - newStart
        return true
    }
}
