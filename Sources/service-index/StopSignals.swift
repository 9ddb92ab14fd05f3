import Foundation
import ServiceIndexIngest
import ServiceIndexReport

/// How a run stops on SIGINT (Ctrl-C) or SIGTERM (a batch scheduler's time limit): it removes
/// the staging directory it was writing, leaves the previous report as it was, and exits with
/// 128 + the signal's number (130, 143).
///
/// Both signals are blocked in every thread (threads inherit the mask of the main thread, which
/// blocks them before any other starts) and taken by one thread that waits for them, so the
/// cleanup runs as ordinary code, not in a signal handler.
enum StopSignals {
    /// Blocks the signals and starts the thread that waits for them. Call first, before any
    /// other thread starts.
    static func install() {
        var signals = stopSignals
        pthread_sigmask(SIG_BLOCK, &signals, nil)
        let waiter = Thread {
            var signals = stopSignals
            var received: Int32 = 0
            while sigwait(&signals, &received) != 0 {}
            PendingOutputs.removeAllAndExit(status: 128 + received)
        }
        waiter.start()
    }

    private static var stopSignals: sigset_t {
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)
        return signals
    }

    /// Installs the test hook named by `SERVICE_INDEX_TEST_HOOK` (debug builds only: the tests
    /// run them); see `TestHook`.
    static func installTestHook() {
        #if DEBUG
            guard let text = ProcessInfo.processInfo.environment["SERVICE_INDEX_TEST_HOOK"] else { return }
            guard let hook = TestHook.parse(text) else {
                StandardStreams.printError("service-index: error: SERVICE_INDEX_TEST_HOOK: cannot read '\(text)'")
                exit(64)
            }
            TestHook.install(at: hook.point, hook.action)
        #endif
    }
}
