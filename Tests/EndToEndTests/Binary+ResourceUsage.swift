import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Binary {
    /// The outcome of a run with the child's own resource usage.
    struct MeasuredOutcome {
        /// The exit code; meaningful only when `signal` is nil.
        let status: Int32
        /// The signal that ended the process (a crash or a Swift trap), or nil when it exited.
        let signal: Int32?
        let stdout: String
        let stderr: String
        /// The child's peak resident set size in bytes (`ru_maxrss` from `wait4`): an upper bound,
        /// see `runMeasured`.
        let maxResidentBytes: Int
    }

    /// Runs the binary like `run(_:environment:in:)`, and measures its peak memory.
    ///
    /// Foundation's `Process` cannot report a child's resource usage, and `getrusage(RUSAGE_CHILDREN)`
    /// mixes in every other child the test process has waited for (tests run in parallel), so this
    /// spawns the child itself (`posix_spawn`) and reaps it with `wait4`, which returns that child's
    /// usage alone. `/bin/sh` changes directory and then `exec`s the binary, so the measured process
    /// is the binary. Standard output and error go to files in `scratch`.
    ///
    /// The figure is an upper bound: `posix_spawn` starts the child in this process's memory (a
    /// vfork), and Linux keeps the larger of that memory's peak and the child's own across `exec`.
    /// So a run is measured at least as large as the test process has ever been; a limit the
    /// figure stays under holds for the binary too. Keep big test data out of this process.
    /// `launcher`, when given, is a command that runs the binary (e.g. `setpriv` with options).
    static func runMeasured(_ arguments: [String], in directory: URL, scratch: URL, launcher: [String] = [])
        throws -> MeasuredOutcome
    {
        let outPath = scratch.appendingPathComponent(".stdout").path
        let errPath = scratch.appendingPathComponent(".stderr").path
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        // `$0` is the directory, `"$@"` the binary and its arguments: no quoting needed.
        let argv = ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", directory.path] + launcher + [url.path] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["SOURCE_DATE_EPOCH"] = "1767225600"
        let envp = environment.map { "\($0.key)=\($0.value)" }
        let cArguments = argv.map { strdup($0) } + [nil]
        let cEnvironment = envp.map { strdup($0) } + [nil]
        defer {
            for pointer in cArguments + cEnvironment { free(pointer) }
        }

        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/sh", &actions, nil, cArguments, cEnvironment)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .ECHILD) }
        }
        // The <sys/wait.h> macros, which Swift does not import: low 7 bits the signal, next byte the exit code.
        let signal = status & 0x7F
        let outData = try Data(contentsOf: URL(fileURLWithPath: outPath))
        let errData = try Data(contentsOf: URL(fileURLWithPath: errPath))
        #if os(Linux)
            let unit = 1024  // Linux reports kilobytes, macOS bytes.
        #else
            let unit = 1
        #endif
        return MeasuredOutcome(
            status: (status >> 8) & 0xFF, signal: signal == 0 ? nil : signal,
            stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self),
            maxResidentBytes: Int(usage.ru_maxrss) * unit)
    }
}
