import ServiceIndexCore
import ServiceIndexIngest

/// The properties the ingest path must keep for any bytes at all, checked by the fuzz target
/// (`make fuzz`) and by the seed-replay test.
///
/// One input is written to a scratch file and read by `Ingest.run` (tokenizer, header mapping,
/// value parsing, row rules, duplicates, aggregate) under each of `optionSets`, then the latest
/// quarter is run through `PeriodReport` (metrics, scoring, ranking). Nothing may trap. A
/// file-level `IngestError` of kind `data` is a valid outcome; otherwise the result must hold:
///
/// - the reconciliation balances, and its counts match the rejects and the input summary;
/// - every reject's line, and an error's line, lies in `1...(LF bytes + 1)`;
/// - rejects are sorted by line;
/// - for every population (province, unit, procedure) and every quarter with data, every
///   counter is ≥ 0, in scope = with a due date + without, with a due date = on time + open in
///   time + overdue, and ended ≤ in scope;
/// - every rate the report scores lies in [0, 1].
///
/// ```swift
/// let check = IngestProperties(scratch: ScratchFile(path: "/tmp/x.csv"))
/// check.violations(of: Array("MaHoSo,MaTinh\n".utf8))   // [] (a missing-column error is fine)
/// ```
public struct IngestProperties: Sendable {
    /// Where inputs are written for the ingest to read.
    public let scratch: ScratchFile

    /// The settings every input is read with: the defaults, then a fallback province (files
    /// without a province column are read) with a tiny field limit (`field_too_long` is reached
    /// by short inputs), then the input transcoded from Windows-1258 and from UTF-16.
    public static let optionSets: [IngestOptions] = [
        IngestOptions(),
        IngestOptions(fallbackProvince: ProvinceRegistry.defaultFocus, maxFieldBytes: 16),
        IngestOptions(encoding: .windows1258),
        IngestOptions(encoding: .utf16),
    ]

    /// The defaults on 3 workers with the file cut every 64 bytes: its result must equal the
    /// one-worker result of `optionSets[0]` (or fail with the same error).
    public static let parallelOptions = IngestOptions(jobs: 3, splitBytes: 64)

    public init(scratch: ScratchFile) { self.scratch = scratch }

    /// Checks one input and traps, naming the first broken property, when one is broken.
    public func check(_ bytes: UnsafeRawBufferPointer) {
        let found = violations(of: bytes)
        if let first = found.first { fatalError("ingest property violated: \(first)") }
    }

    /// The properties one input breaks, described; empty when it keeps them all.
    public func violations(of bytes: [UInt8]) -> [String] {
        bytes.withUnsafeBytes { violations(of: $0) }
    }

    /// The properties one input breaks, described; empty when it keeps them all.
    ///
    /// The scratch file exists only during the call (libFuzzer ends the process with `exit`,
    /// past any cleanup of the caller's).
    public func violations(of bytes: UnsafeRawBufferPointer) -> [String] {
        scratch.write(bytes)
        defer { scratch.remove() }
        let lastLine = bytes.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        var found: [String] = []
        for (number, options) in Self.optionSets.enumerated() {
            let problems = violations(options: options, lastLine: lastLine)
            found += problems.map { "options #\(number): \($0)" }
        }
        found += parallelDifferences()
        return found
    }

    /// Differences between reading the scratch file on one worker and on several.
    private func parallelDifferences() -> [String] {
        let one = Result { () throws(IngestError) in try Ingest.run(paths: [scratch.path], options: Self.optionSets[0])
        }
        let many = Result { () throws(IngestError) in
            try Ingest.run(paths: [scratch.path], options: Self.parallelOptions)
        }
        switch (one, many) {
        case (.failure(let a), .failure(let b)):
            return a == b ? [] : ["--jobs 3 failed with \(b), --jobs 1 with \(a)"]
        case (.success(let a), .success(let b)):
            var found: [String] = []
            if a.reconciliation != b.reconciliation {
                found.append("--jobs 3 reconciled \(b.reconciliation), --jobs 1 \(a.reconciliation)")
            }
            if a.rejects != b.rejects { found.append("--jobs 3 rejects differ from --jobs 1") }
            if a.aggregate != b.aggregate { found.append("--jobs 3 tallies differ from --jobs 1") }
            if a.inputs != b.inputs { found.append("--jobs 3 input summary differs from --jobs 1") }
            return found
        default:
            return ["--jobs 1 and --jobs 3 disagree on failing: \(one), \(many)"]
        }
    }

    /// Reads the scratch file with one option set and checks the outcome.
    private func violations(options: IngestOptions, lastLine: Int) -> [String] {
        let result: IngestResult
        do {
            result = try Ingest.run(paths: [scratch.path], options: options)
        } catch {
            var found: [String] = []
            if error.kind != .data { found.append("a readable, unchanging file failed with \(error.kind): \(error)") }
            if !(1...lastLine).contains(error.line) {
                found.append("error line \(error.line) outside 1...\(lastLine): \(error)")
            }
            if error.column < 1 { found.append("error column \(error.column) < 1: \(error)") }
            return found
        }
        return Self.violations(of: result, lastLine: lastLine)
    }

    /// The properties an ingest result of one file with `lastLine` physical lines breaks.
    public static func violations(of result: IngestResult, lastLine: Int) -> [String] {
        var found: [String] = []
        let counts = result.reconciliation
        if !counts.isBalanced {
            found.append(
                "unbalanced: read \(counts.rowsRead) ≠ accepted \(counts.accepted) + rejected \(counts.rejected)"
                    + " + duplicates \(counts.duplicates)")
        }
        if counts.rejected != result.rejects.count {
            found.append("reconciliation says \(counts.rejected) rejects, the list holds \(result.rejects.count)")
        }
        if result.inputs.map(\.rows) != [counts.rowsRead] {
            found.append("input rows \(result.inputs.map(\.rows)) ≠ rows read \(counts.rowsRead)")
        }
        for reject in result.rejects where !(1...lastLine).contains(reject.line) {
            found.append("reject line \(reject.line) outside 1...\(lastLine): \(reject.message)")
        }
        for (earlier, later) in zip(result.rejects, result.rejects.dropFirst()) where later.line < earlier.line {
            found.append("rejects out of order: line \(earlier.line) before line \(later.line)")
        }
        let aggregate = result.aggregate
        for (code, series) in aggregate.provinces.sorted(by: { $0.key.value < $1.key.value }) {
            found += violations(of: series, population: "province \(code.value)")
        }
        for (unit, series) in aggregate.units.sorted(by: { $0.key < $1.key }) {
            found += violations(of: series, population: "unit \(unit)")
        }
        for (procedure, series) in aggregate.procedures.sorted(by: { $0.key < $1.key }) {
            found += violations(of: series, population: "procedure \(procedure)")
        }
        if let quarter = aggregate.latestPeriod {
            found += violations(of: report(aggregate, quarter: quarter))
        }
        return found
    }

    /// The report on the latest quarter, as `service-index report` computes it.
    static func report(_ aggregate: DossierAggregate, quarter: Period) -> PeriodReport {
        let focus = ProvinceRegistry.standard.province(code: aggregate.focus)!
        // Without published scores no province reaches the portal's 100 points: the ranking
        // cannot refuse to mix bases.
        return try! PeriodReport(
            aggregate: aggregate, period: quarter, methodology: .qd766, focus: focus, targetRank: 10)
    }

    /// Tally invariants of one population in every quarter where a difference is stored (a
    /// tally changes only there, so these quarters cover every quarter).
    static func violations(of series: TallySeries, population: String) -> [String] {
        var found: [String] = []
        for quarter in series.quartersWithDifferences {
            let tally = series.tally(at: quarter)
            func report(_ problem: String) {
                found.append("\(population), \(Period(.quarter, index: quarter)): \(problem)")
            }
            // Every count is ≥ 0; the sum of processing seconds may be negative: a refusal or
            // return dated before the receipt, in the same quarter, ends in scope (docs/methodology.md,
            // Dossier timeline) with a negative processing time.
            for counter in Tally.Counter.allCases where tally[counter] < 0 && counter != .processingSeconds {
                report("\(counter) = \(tally[counter]) < 0")
            }
            if tally[.inScope] != tally[.withDue] + tally[.noDueDate] {
                report("in scope \(tally[.inScope]) ≠ with due \(tally[.withDue]) + no due \(tally[.noDueDate])")
            }
            if tally[.withDue] != tally[.onTime] + tally[.openInTime] + tally[.overdue] {
                report(
                    "with due \(tally[.withDue]) ≠ on time \(tally[.onTime]) + open in time"
                        + " \(tally[.openInTime]) + overdue \(tally[.overdue])")
            }
            if tally[.uncomplainedInTime] > tally[.onTime] + tally[.openInTime] {
                report("uncomplained in time \(tally[.uncomplainedInTime]) > on time + open in time")
            }
            if tally[.ended] > tally[.inScope] { report("ended \(tally[.ended]) > in scope \(tally[.inScope])") }
        }
        return found
    }

    /// Every scored rate of the report lies in [0, 1].
    static func violations(of report: PeriodReport) -> [String] {
        var found: [String] = []
        for (code, result) in report.provinces.sorted(by: { $0.key.value < $1.key.value }) {
            for score in result.scorecard.scores {
                guard let rate = score.value.rate, !(0...1).contains(rate) else { continue }
                found.append("province \(code.value), \(report.period): \(score.indicator.id) = \(rate)")
            }
        }
        return found
    }
}
