import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A point of a run where an end-to-end test steps in: it changes an input while the input is
/// read, or stops the run, at a moment the test chooses instead of one it waits for.
///
/// The command line installs it from the environment variable `SERVICE_INDEX_TEST_HOOK`, in
/// debug builds only (the ones the tests run); otherwise `reach` does nothing. The variable
/// holds a point, an action and its argument, separated by spaces:
///
/// ```
/// SERVICE_INDEX_TEST_HOOK='range-read run truncate -s 1000 export.csv'
/// SERVICE_INDEX_TEST_HOOK='staging-written signal TERM'
/// ```
///
/// `run` runs the rest as a `/bin/sh` command and waits for it; `signal` sends `INT`, `TERM` or
/// `KILL` to the run itself, and the thread that reached the point goes no further, so the run
/// ends the way that signal ends it. The hook fires once, the first time its point is reached.
public enum TestHook {
    /// Where a run can be stopped.
    public enum Point: String, Sendable {
        /// A task has read and parsed the first chunk (1 MiB) of its part of an input.
        case chunkRead = "chunk-read"
        /// A task has read and parsed all of its range of an input, before checking the input.
        case rangeRead = "range-read"
        /// A kept record is about to be read again, to compare a repeated id.
        case reread
        /// Every output file is in the staging directory, which is not yet moved into place.
        case stagingWritten = "staging-written"
    }

    /// What happens at the point.
    public enum Action: Equatable, Sendable {
        /// A shell command, waited for.
        case run(String)
        /// A signal sent to the run itself; the thread at the point then waits for the end.
        case signal(Int32)
    }

    private static let armed = Atomic<Bool>(false)
    private static let installed = Mutex<(point: Point, action: Action)?>(nil)

    /// Parses a hook as `SERVICE_INDEX_TEST_HOOK` holds it; nil when it is not one.
    public static func parse(_ text: String) -> (point: Point, action: Action)? {
        let parts = text.split(separator: " ", maxSplits: 2).map(String.init)
        guard parts.count == 3, let point = Point(rawValue: parts[0]) else { return nil }
        switch parts[1] {
        case "run": return (point, .run(parts[2]))
        case "signal":
            let signals = ["INT": SIGINT, "TERM": SIGTERM, "KILL": SIGKILL]
            guard let number = signals[parts[2]] else { return nil }
            return (point, .signal(number))
        default: return nil
        }
    }

    /// Installs the hook: `action` runs the first time `point` is reached.
    public static func install(at point: Point, _ action: Action) {
        installed.withLock { $0 = (point, action) }
        armed.store(true, ordering: .releasing)
    }

    /// Marks that the run has reached `point`: runs the installed action if it is for this point
    /// and has not run yet. Costs one atomic load when no hook is installed.
    @inline(__always)
    public static func reach(_ point: Point) {
        guard armed.load(ordering: .acquiring) else { return }
        fire(point)
    }

    @inline(never)
    private static func fire(_ point: Point) {
        let action = installed.withLock { hook -> Action? in
            guard let current = hook, current.point == point else { return nil }
            hook = nil
            return current.action
        }
        switch action {
        case nil: return
        case .run(let command)?: runShell(command)
        case .signal(let number)?:
            kill(getpid(), number)
            // The signal ends the run (its handler removes the staging directory and exits);
            // until then this thread must not go on.
            while true { pause() }
        }
    }

    /// Runs `/bin/sh -c command` with default signal handling and waits for it.
    private static func runShell(_ command: String) {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var stops = sigset_t()
        sigemptyset(&stops)
        sigaddset(&stops, SIGINT)
        sigaddset(&stops, SIGTERM)
        posix_spawnattr_setsigdefault(&attributes, &stops)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let words: [String] = ["/bin/sh", "-c", command]
        let arguments = words.map { strdup($0) }
        defer {
            for argument in arguments { free(argument) }
        }
        var argv = arguments + [nil]
        var child: pid_t = 0
        guard posix_spawn(&child, "/bin/sh", nil, &attributes, &argv, environ) == 0 else { return }
        var status: Int32 = 0
        while waitpid(child, &status, 0) == -1 && errno == EINTR {}
    }
}
