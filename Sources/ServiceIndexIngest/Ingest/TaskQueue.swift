import Foundation
import ServiceIndexCore

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
