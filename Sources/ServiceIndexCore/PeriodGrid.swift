/// How one pass over the dossiers cuts time into the slots a `TallySeries` counts in: the
/// periods of one kind, one after the other, and, for a report cut at an as-of moment, the
/// reported period split in two at that moment.
///
/// Slots are consecutive integers for consecutive stretches of time, so "the last slot that ends
/// on or before a moment" is the slot containing it minus one, whatever the cut. Without a cut a
/// period's slot is its `Period.index`; with one, periods up to the cut period keep their index
/// (the cut period's slot is its part before as-of), the rest of the cut period is the next slot
/// and later periods move up by one.
///
/// ```swift
/// let grid = PeriodGrid(kind: .quarter, cutting: Period("2025-Q3")!, at: asOf)
/// grid.slot(of: Period("2025-Q3")!)   // the quarter up to as-of
/// grid.slot(of: Period("2025-Q2")!)   // the whole quarter before
/// ```
public struct PeriodGrid: Hashable, Sendable {
    /// The kind of every period in the grid.
    public let kind: Period.Kind
    /// The period cut short, and the moment it is cut at (strictly inside it).
    public let cut: Cut?
    /// The period whose processing-time histograms are kept (the trend scores earlier periods
    /// without them); nil keeps them for every period.
    public private(set) var reported: Period?

    /// A period cut at a moment strictly between its start and its calendar end.
    public struct Cut: Hashable, Sendable {
        public let period: Period
        public let asOf: Instant
    }

    /// Whole periods of one kind.
    public init(kind: Period.Kind) {
        self.kind = kind
        cut = nil
    }

    /// Periods of `period`'s kind, with `period` ending at `asOf` when that falls inside it
    /// (an as-of at or after its calendar end cuts nothing).
    public init(cutting period: Period, at asOf: Instant) {
        kind = period.kind
        cut = asOf > period.start && asOf < period.end ? Cut(period: period, asOf: asOf) : nil
    }

    /// Whole quarters.
    public static let quarters = PeriodGrid(kind: .quarter)

    /// The same grid, keeping processing-time histograms for `period` only (when known before
    /// the pass).
    public func keepingProcessingTimes(of period: Period?) -> PeriodGrid {
        var grid = self
        grid.reported = period
        return grid
    }

    /// Whether dossiers ended in a slot have their processing time kept in a histogram.
    @inline(__always)
    public func keepsProcessingTimes(ofSlot slot: Int) -> Bool {
        guard let reported else { return true }
        return slot == self.slot(of: reported)
    }

    /// The slot that contains a moment.
    @inline(__always)
    public func slot(containing instant: Instant) -> Int {
        let index = Period.floorDivide(MonthTable.monthIndex(containing: instant), kind.months)
        guard let cut else { return index }
        if index < cut.period.index { return index }
        if index == cut.period.index { return instant < cut.asOf ? index : index + 1 }
        return index + 1
    }

    /// The slot whose tallies are those of a period (the cut period: up to as-of).
    public func slot(of period: Period) -> Int {
        precondition(period.kind == kind, "a \(period.kind) in a grid of \(kind)s")
        guard let cut, period.index > cut.period.index else { return period.index }
        return period.index + 1
    }

    /// The period a slot belongs to (both slots of the cut period give the cut period).
    public func period(ofSlot slot: Int) -> Period {
        guard let cut, slot > cut.period.index else { return Period(kind, index: slot) }
        return Period(kind, index: slot - 1)
    }

    /// True for the slot that ends at as-of, before its period's calendar end.
    @inline(__always)
    public func endsEarly(_ slot: Int) -> Bool { cut.map { $0.period.index == slot } ?? false }
}
