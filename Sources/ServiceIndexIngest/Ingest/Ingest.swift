import Dispatch
import Foundation
import ServiceIndexCSV
import ServiceIndexCore

/// Reads every input in one streaming pass on all cores: CSV records → validated dossiers (or
/// rejects) → duplicates resolved → counted into a `DossierAggregate`.
///
/// Files, and ranges of large files, are read by worker threads into partial results (tallies,
/// rejects) that are then summed in input order; the ids kept so far are shared by all workers
/// (`DuplicateResolver`). The result is the same, byte for byte, whatever the number of workers.
///
/// ```swift
/// let result = try Ingest.run(paths: ["exports/"], options: IngestOptions())
/// result.reconciliation.isBalanced   // always true
/// ```
public enum Ingest {
    /// Reads the files (directories expanded: docs/methodology.md, Inputs).
    /// - Parameter progress: called after every chunk (1 MiB) with the bytes read so far, the
    ///   bytes of all inputs and the rows read so far (from one thread at a time).
    /// - Throws: `IngestError` for the file-level problem of the first file (in input order)
    ///   that has one; nothing is returned then.
    public static func run(
        paths arguments: [String], options: IngestOptions,
        progress: ((_ bytesRead: Int64, _ totalBytes: Int64, _ rows: Int) -> Void)? = nil
    ) throws(IngestError) -> IngestResult {
        let paths = try InputExpansion.files(for: arguments)
        var files: [InputFile] = []
        for (index, path) in paths.enumerated() {
            files.append(try InputFile(index: index, path: path, options: options))
        }
        let meter = ProgressMeter(total: files.reduce(0) { $0 + $1.reader.size }, report: progress)
        let tasks = try IngestPlan.tasks(for: files, jobs: options.jobs, splitBytes: options.splitBytes)
        if let result = try attempt(tasks, files: files, workers: options.jobs, options: options, meter: meter) {
            return result
        }
        // A cut point fell inside a quoted field after all: read every file whole, in order.
        let wholeFiles = files.map { IngestTask.wholeFile(file: $0.index) }
        return try attempt(wholeFiles, files: files, workers: 1, options: options, meter: meter)!
    }

    /// Runs the tasks and merges their results; nil when a file read in ranges turns out to have
    /// been cut inside a record.
    static func attempt(
        _ tasks: [IngestTask], files: [InputFile], workers: Int, options: IngestOptions, meter: ProgressMeter
    ) throws(IngestError) -> IngestResult? {
        let focus = options.focus
        let grid = options.grid
        let resolver = DuplicateResolver()
        let runner = IngestTaskRunner(
            files: files, focus: focus, grid: grid, resolver: resolver, chunkRead: meter.add(_:rows:))
        let (results, workerAggregates) = runInParallel(
            tasks, workers: min(workers, max(1, tasks.count)), runner: runner)
        for file in files {
            guard let failed = results.first(where: { $0.task.file == file.index && $0.error != nil }) else { continue }
            guard failed.task.isRange && failed.isSyntaxError else { throw failed.error! }
            // The first syntax error a sequential read meets, or none: then the cut was wrong.
            let alone = IngestTaskRunner(files: files, focus: focus, grid: grid, resolver: DuplicateResolver()) {
                _, _ in
            }
            if let error = alone.run(.wholeFile(file: file.index), worker: IngestWorker(focus: focus, grid: grid)).error
            {
                throw error
            }
            return nil
        }
        if results.contains(where: { $0.task.isRange && !$0.endsAtRecordBoundary }) { return nil }
        var aggregate = DossierAggregate(focus: focus, grid: grid)
        for partial in workerAggregates { aggregate.merge(partial) }
        return merge(results, aggregate: aggregate, files: files, resolver: resolver)
    }

    /// Runs the tasks on `workers` threads; results come back in task order, with each
    /// worker's tallies.
    static func runInParallel(_ tasks: [IngestTask], workers: Int, runner: IngestTaskRunner)
        -> ([IngestTaskResult], [DossierAggregate])
    {
        let queue = TaskQueue(tasks)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            let worker = IngestWorker(focus: runner.focus, grid: runner.grid)
            while let (index, task) = queue.next() { queue.store(runner.run(task, worker: worker), at: index) }
            queue.finish(worker)
        }
        return (queue.results, queue.aggregates)
    }

    /// Adds up the task results, file by file in input order, range lines made absolute.
    static func merge(
        _ results: [IngestTaskResult], aggregate: DossierAggregate, files: [InputFile], resolver: DuplicateResolver
    ) -> IngestResult {
        var rejects: [Reject] = []
        var reconciliation = Reconciliation()
        var inputs: [InputSummary] = []
        for file in files {
            var rows = 0
            var digest = ""
            var line = file.dataStartLine
            for part in results where part.task.file == file.index {
                if part.task.isRange {
                    for index in part.rejects.indices { part.rejects[index].line += line - 1 }
                    line += part.lineFeeds
                }
                rows += part.rowsRead
                rejects += part.rejects
                reconciliation.duplicates += part.duplicates
                if let value = part.digest { digest = value }
            }
            reconciliation.rowsRead += rows
            inputs.append(
                InputSummary(
                    path: file.path, bytes: file.reader.size, sha256: digest, rows: rows,
                    delimiter: file.dialect.delimiter, encoding: file.encoding,
                    unknownColumns: file.header?.unknownColumns ?? []))
        }
        reconciliation.rejected = rejects.count
        reconciliation.accepted = resolver.count
        let pathLess: (String, String) -> Bool = { a, b in
            a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars) { $0.value < $1.value }
        }
        return IngestResult(
            aggregate: aggregate,
            rejects: rejects.sorted { $0.file != $1.file ? pathLess($0.file, $1.file) : $0.line < $1.line },
            reconciliation: reconciliation, inputs: inputs.sorted { pathLess($0.path, $1.path) })
    }
}

extension IngestTask {
    var file: Int {
        switch self {
        case .wholeFile(let file), .digest(let file), .range(let file, _, _, _): file
        }
    }

    var isRange: Bool {
        if case .range = self { return true }
        return false
    }
}

/// Hands tasks to workers and collects their results, under a lock.
final class TaskQueue: @unchecked Sendable {
    private let lock = NSLock()
    private let tasks: [IngestTask]
    private var nextIndex = 0
    private var collected: [IngestTaskResult?]

    init(_ tasks: [IngestTask]) {
        self.tasks = tasks
        collected = Array(repeating: nil, count: tasks.count)
    }

    func next() -> (Int, IngestTask)? {
        lock.lock()
        defer { lock.unlock() }
        guard nextIndex < tasks.count else { return nil }
        defer { nextIndex += 1 }
        return (nextIndex, tasks[nextIndex])
    }

    func store(_ result: IngestTaskResult, at index: Int) {
        lock.lock()
        collected[index] = result
        lock.unlock()
    }

    /// Takes a worker's tallies when it has no task left.
    func finish(_ worker: IngestWorker) {
        lock.lock()
        aggregates.append(worker.aggregate)
        lock.unlock()
    }

    var results: [IngestTaskResult] { collected.map { $0! } }
    private(set) var aggregates: [DossierAggregate] = []
}

/// Adds up the bytes and rows read by all workers and reports progress, one caller at a time.
final class ProgressMeter: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int64
    private let report: ((Int64, Int64, Int) -> Void)?
    private var bytes: Int64 = 0
    private var rows = 0

    init(total: Int64, report: ((Int64, Int64, Int) -> Void)?) {
        self.total = total
        self.report = report
    }

    /// Adds a chunk's bytes and rows.
    @Sendable func add(_ chunk: Int64, rows added: Int) {
        guard let report else { return }
        lock.lock()
        bytes += chunk
        rows += added
        report(bytes, total, rows)
        lock.unlock()
    }
}
