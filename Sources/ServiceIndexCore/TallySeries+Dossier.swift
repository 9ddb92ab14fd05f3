extension TallySeries {
    /// Counts one dossier in every slot of a grid it belongs to (docs/methodology.md, Periods),
    /// with `weight` +1 to add it and −1 to remove it again.
    ///
    /// Dossiers with status 1 or 3 count in nothing. A dossier is received in the slot of its
    /// `received_at`; it is in scope from that slot through the slot of its timeliness end (for
    /// ever while it has none); while in scope and not yet settled it is open in time in the
    /// slots that end on or before its effective due, and overdue after; in the slot of its
    /// timeliness end it is on time (settled by the effective due with at most one supplement
    /// request) or overdue. The slot of its end time, the same slot when it has one, counts it
    /// as ended: e-result, rating, complaint and processing time. A dossier settled by a
    /// supplement request has no end time, so it counts in none of those. In a slot that ends at
    /// as-of, a dossier open in time whose effective due comes before the period's calendar end
    /// is also at risk.
    /// - Parameter tracksProcessingTime: whether to keep the processing-time histogram (only
    ///   provinces report it; units and procedures do not need its memory).
    public mutating func add(
        _ dossier: Dossier, weight: Int64, grid: PeriodGrid = .quarters, tracksProcessingTime: Bool = true
    ) {
        guard dossier.status.countsInMetrics else { return }
        let received = grid.slot(containing: dossier.receivedAt)
        let endQuarter = dossier.endTime.map { grid.slot(containing: $0) }
        // The timeliness end is the end time whenever there is one.
        let settledQuarter = endQuarter ?? dossier.timelinessEnd.map { grid.slot(containing: $0) }
        var sink = DifferenceSink()
        withDenseWindow(covering: received, (settledQuarter ?? received) + 1) { window in
            sink.window = window
            sink.addRuns(of: dossier, received: received, settledQuarter: settledQuarter, grid: grid, weight: weight)
        }
        for (counter, quarter, value) in sink.outside { addDifference(counter, at: quarter, value) }
        guard tracksProcessingTime, let end = dossier.endTime, let endQuarter, endQuarter >= received else { return }
        addProcessingTime(
            seconds: end.seconds - dossier.receivedAt.seconds, at: endQuarter, weight: weight,
            keepsHistogram: grid.keepsProcessingTimes(ofSlot: endQuarter))
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

    /// The rules of docs/methodology.md, Periods, for one dossier (status counted in metrics), as
    /// differences. `settledQuarter` is the slot of its timeliness end, nil while it has none.
    mutating func addRuns(of dossier: Dossier, received: Int, settledQuarter: Int?, grid: PeriodGrid, weight: Int64) {
        addReceived(dossier, at: received, weight: weight)

        if let settledQuarter, settledQuarter < received { return }  // settled before it was received
        add(.inScope, from: received, through: settledQuarter, weight: weight)

        let due = dossier.effectiveDue
        if let due {
            add(.withDue, from: received, through: settledQuarter, weight: weight)
            // The last slot whose end is on or before the effective due.
            let lastInTime = grid.slot(containing: due) - 1
            let lastOpen = settledQuarter.map { $0 - 1 }
            let lastOpenInTime = min(lastInTime, lastOpen ?? lastInTime)
            add(.openInTime, from: received, through: lastOpenInTime, weight: weight)
            if !dossier.hasComplained {
                add(.uncomplainedInTime, from: received, through: lastOpenInTime, weight: weight)
            }
            // Open in time in a slot ending at as-of, due before the calendar end: at risk.
            if grid.endsEarly(lastInTime), received <= lastInTime, lastInTime <= lastOpen ?? lastInTime {
                add(.atRisk, at: lastInTime, amount: weight)
                if !dossier.hasComplained { add(.atRiskUncomplained, at: lastInTime, amount: weight) }
            }
            add(.overdue, from: max(received, lastInTime + 1), through: lastOpen, weight: weight)
        } else {
            add(.noDueDate, from: received, through: settledQuarter, weight: weight)
        }

        guard let settledQuarter, let settled = dossier.timelinessEnd else { return }
        if let due {
            let isOnTime = settled <= due && dossier.supplementCount <= 1
            add(isOnTime ? .onTime : .overdue, at: settledQuarter, amount: weight)
            if isOnTime && !dossier.hasComplained { add(.uncomplainedInTime, at: settledQuarter, amount: weight) }
        }
        // Ended: only an end time (then in the same quarter as the timeliness end).
        guard dossier.endTime != nil else { return }
        add(.ended, at: settledQuarter, amount: weight)
        if let eResult = dossier.eResult {
            add(.eResultKnown, at: settledQuarter, amount: weight)
            if eResult { add(.eResult, at: settledQuarter, amount: weight) }
        }
        if let rating = dossier.rating {
            add(.rated, at: settledQuarter, amount: weight)
            let level: Tally.Counter = rating == 1 ? .rating1 : rating == 2 ? .rating2 : .rating3
            add(level, at: settledQuarter, amount: weight)
        }
        if dossier.hasComplained { add(.complained, at: settledQuarter, amount: weight) }
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
        addFlag(dossier.serviceLevel.map { $0 == 4 }, .fullOnline, .serviceLevelKnown, at: quarter, weight: weight)
    }

    private mutating func addFlag(
        _ flag: Bool?, _ yes: Tally.Counter, _ known: Tally.Counter, at quarter: Int, weight: Int64
    ) {
        guard let flag else { return }
        add(known, at: quarter, amount: weight)
        if flag { add(yes, at: quarter, amount: weight) }
    }
}
