import Foundation
import Synchronization

/// The staging paths a run is writing and has not yet moved into place, so that a run stopped
/// by SIGINT or SIGTERM removes them before it exits and leaves the previous report as it was.
///
/// A path is added under the lock as it is created, and moved into place under the same lock:
/// `removeAllAndExit` takes the lock and never gives it back, so a stop and a move into place
/// never overlap, and nothing is moved into place once the stop has begun.
///
/// ```swift
/// try PendingOutputs.create(staging) { mkdir($0, 0o755) == 0 }
/// // … write into it …
/// try PendingOutputs.publish(staging) { /* rename into place */ }
/// ```
public enum PendingOutputs {
    private static let paths = Mutex<Set<String>>([])

    /// Creates `path` with `make` (true when it was created) and records it as pending.
    static func create(_ path: String, _ make: (String) -> Bool) -> Bool {
        paths.withLock { paths in
            guard make(path) else { return false }
            paths.insert(path)
            return true
        }
    }

    /// Moves a pending path into place with `move`, then forgets it (whether `move` succeeded or
    /// not: on failure the caller removes it).
    static func publish<Failure: Error>(_ path: String, _ move: () throws(Failure) -> Void) throws(Failure) {
        try paths.withLock { (paths: inout Set<String>) throws(Failure) in
            defer { paths.remove(path) }
            try move()
        }
    }

    /// Removes a pending path that will not be published.
    static func discard(_ path: String) {
        paths.withLock { paths in
            try? FileManager.default.removeItem(atPath: path)
            paths.remove(path)
        }
    }

    /// Removes every pending path and ends the process with `status`, without running exit
    /// handlers (other threads are still at work).
    public static func removeAllAndExit(status: Int32) -> Never {
        paths.withLock { paths in
            for path in paths { try? FileManager.default.removeItem(atPath: path) }
            _exit(status)
        }
    }
}
