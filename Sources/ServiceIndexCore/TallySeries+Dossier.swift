extension TallySeries {
    /// Counts one dossier in every quarter it belongs to (docs/methodology.md, Metrics), with `weight` +1 to add it
    /// and −1 to remove it again.
    ///
    /// Dossiers with status 1 or 3 count in nothing. A dossier is received in the quarter of its
    /// `received_at`; it is in scope from that quarter through the quarter of its end time (for
    /// ever while open); while in scope and not yet ended it is open in time in the quarters that
    /// end on or before its effective due, and overdue after; in the quarter it ends it is on time
    /// (ended by the effective due with at most one supplement request) or overdue.
    /// - Parameter tracksProcessingTime: whether to keep the processing-time histogram (only
    ///   provinces report it; units and procedures do not need its memory).
    public mutating func add(_ dossier: Dossier, weight: Int64, tracksProcessingTime: Bool = true) {
        guard dossier.status.countsInMetrics else { return }
        let received = Quarter(containing: dossier.receivedAt).index
        let endQuarter = dossier.endTime.map { Quarter(containing: $0).index }
        var sink = DifferenceSink()
        withDenseWindow(covering: received, (endQuarter ?? received) + 1) { window in
            sink.window = window
            sink.addRuns(of: dossier, received: received, endQuarter: endQuarter, weight: weight)
        }
        for (counter, quarter, value) in sink.outside { addDifference(counter, at: quarter, value) }
        guard tracksProcessingTime, let end = dossier.endTime, let endQuarter, endQuarter >= received else { return }
        addProcessingTime(seconds: end.seconds - dossier.receivedAt.seconds, at: endQuarter, weight: weight)
    }
}

/// Where one dossier's differences go: straight into a series' dense window (no uniqueness or
/// bounds check per difference on the array), or, for a quarter outside it, into a list the
/// series adds afterwards.
struct DifferenceSink {
    var window = DenseWindow(base: nil, start: 0, count: 0)
    private(set) var outside: [(Tally.Counter, Int, Int64)] = []

    /// Counts `counter` with `weight` in quarters `first...last` (`last` nil: no end).
    @inline(__always)
    mutating func add(_ counter: Tally.Counter, from first: Int, through last: Int?, weight: Int64) {
        TallySeries.differences(from: first, through: last, weight: weight) { difference(counter, at: $0, $1) }
    }

    /// Counts `counter` with `amount` in quarter `quarter` only.
    @inline(__always)
    mutating func add(_ counter: Tally.Counter, at quarter: Int, amount: Int64) {
        add(counter, from: quarter, through: quarter, weight: amount)
    }

    @inline(__always)
    private mutating func difference(_ counter: Tally.Counter, at quarter: Int, _ value: Int64) {
        if !window.add(counter, at: quarter, value) { outside.append((counter, quarter, value)) }
    }

    /// The rules of docs/methodology.md, Metrics, for one dossier (status counted in metrics), as differences.
    mutating func addRuns(of dossier: Dossier, received: Int, endQuarter: Int?, weight: Int64) {
        addReceived(dossier, at: received, weight: weight)

        let end = dossier.endTime
        if let endQuarter, endQuarter < received { return }  // ended before it was received
        add(.inScope, from: received, through: endQuarter, weight: weight)

        let due = dossier.effectiveDue
        if let due {
            add(.withDue, from: received, through: endQuarter, weight: weight)
            // The last quarter whose end is on or before the effective due.
            let lastInTime = Quarter(containing: due).index - 1
            let lastOpen = endQuarter.map { $0 - 1 }
            add(.openInTime, from: received, through: min(lastInTime, lastOpen ?? lastInTime), weight: weight)
            add(.overdue, from: max(received, lastInTime + 1), through: lastOpen, weight: weight)
        } else {
            add(.noDueDate, from: received, through: endQuarter, weight: weight)
        }

        guard let end, let endQuarter else { return }
        add(.ended, at: endQuarter, amount: weight)
        if let due {
            let isOnTime = end <= due && dossier.supplementCount <= 1
            add(isOnTime ? .onTime : .overdue, at: endQuarter, amount: weight)
        }
        if let eResult = dossier.eResult {
            add(.eResultKnown, at: endQuarter, amount: weight)
            if eResult { add(.eResult, at: endQuarter, amount: weight) }
        }
        if let rating = dossier.rating {
            add(.rated, at: endQuarter, amount: weight)
            let level: Tally.Counter = rating == 1 ? .rating1 : rating == 2 ? .rating2 : .rating3
            add(level, at: endQuarter, amount: weight)
        }
        if dossier.hasComplained { add(.complained, at: endQuarter, amount: weight) }
    }

    private mutating func addReceived(_ dossier: Dossier, at quarter: Int, weight: Int64) {
        add(.received, at: quarter, amount: weight)
        if dossier.channel == .online { add(.online, at: quarter, amount: weight) }
        switch (dossier.hasFee, dossier.paidOnline) {
        case (false?, _):
            add(.feeKnown, at: quarter, amount: weight)
        case (true?, let paid?):
            add(.feeKnown, at: quarter, amount: weight)
            add(.feeDenominator, at: quarter, amount: weight)
            if paid == 1 || paid == 2 { add(.paidOnline, at: quarter, amount: weight) }
        default:
            break
        }
        addFlag(dossier.digitized, .digitized, .digitizedKnown, at: quarter, weight: weight)
        addFlag(dossier.reusedData, .reused, .reusedKnown, at: quarter, weight: weight)
        addFlag(dossier.synced, .synced, .syncedKnown, at: quarter, weight: weight)
    }

    private mutating func addFlag(
        _ flag: Bool?, _ yes: Tally.Counter, _ known: Tally.Counter, at quarter: Int, weight: Int64
    ) {
        guard let flag else { return }
        add(known, at: quarter, amount: weight)
        if flag { add(yes, at: quarter, amount: weight) }
    }
}
