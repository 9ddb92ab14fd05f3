// The ingest fuzz target. With `-DFUZZING` and SanitizerCoverage + ASan (`make fuzz`) it is a
// libFuzzer binary; without, a corpus replayer that `swift build` builds and CI can run:
//     ServiceIndexFuzz FILE_OR_DIRECTORY...
// The fuzzer traps on a broken property (`IngestProperties.check`); the replayer names the
// input and the property, and exits 1.
import ServiceIndexFuzzSupport
import ServiceIndexIngest

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One scratch path per process, reused for every input.
let properties = IngestProperties(scratch: ScratchFile(path: ScratchFile.processPath()))

#if FUZZING
    /// libFuzzer's entry point (also for drivers that bring their own `main`).
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
        properties.check(UnsafeRawBufferPointer(start: data, count: data == nil ? 0 : size))
        return 0
    }

    /// libFuzzer's driver, from `libclang_rt.fuzzer_no_main`.
    @_extern(c, "LLVMFuzzerRunDriver")
    func runFuzzerDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
        _ testOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    ) -> CInt

    /// SwiftPM links an executable's `main` to its module's entry point, so libFuzzer's own
    /// `main` cannot be used: this one runs the driver.
    @main
    enum Fuzzer {
        static func main() {
            var argc = CommandLine.argc
            var argv = CommandLine.unsafeArgv
            exit(runFuzzerDriver(&argc, &argv) { fuzzerTestOneInput($0, $1) })
        }
    }
#else
    @main
    enum CorpusReplayer {
        static func main() {
            let arguments = Array(CommandLine.arguments.dropFirst())
            guard !arguments.isEmpty, !arguments.contains(where: { $0.hasPrefix("-") }) else {
                printError("usage: ServiceIndexFuzz FILE_OR_DIRECTORY...")
                exit(64)
            }
            do {
                let paths = try CorpusFiles.paths(arguments)
                var failed = 0
                for path in paths {
                    let found = properties.violations(of: try CorpusFiles.bytes(of: path))
                    for violation in found { printError("\(path): \(violation)") }
                    if !found.isEmpty { failed += 1 }
                }
                guard failed == 0 else {
                    printError("\(failed) of \(paths.count) inputs broke a property")
                    exit(1)
                }
                print("replayed \(paths.count) inputs: every property held")
            } catch {
                printError("error: \(error)")
                exit(66)
            }
        }
    }
#endif

/// Writes one line to standard error.
private func printError(_ line: String) {
    let bytes = Array((line + "\n").utf8)
    _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
}
