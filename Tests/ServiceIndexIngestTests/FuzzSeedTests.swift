import Foundation
import ServiceIndexFuzzSupport
import Testing

/// The fuzz seeds (fixtures/fuzz-seeds), replayed through the fuzz target's property checks so
/// that every run of the suite covers them without libFuzzer: hand-made edge cases and every
/// input a fuzzing run ever broke the ingest with.
enum FuzzSeeds {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("fixtures/fuzz-seeds").path

    /// The seed files' names, sorted.
    static let names: [String] = ((try? CorpusFiles.paths([directory])) ?? []).map {
        URL(fileURLWithPath: $0).lastPathComponent
    }
}

@Test func fuzzSeedsArePresent() {
    #expect(FuzzSeeds.names.count >= 10)
}

@Test(arguments: FuzzSeeds.names)
func fuzzSeedKeepsEveryIngestProperty(_ name: String) throws {
    let bytes = try CorpusFiles.bytes(of: FuzzSeeds.directory + "/" + name)
    // Swift Testing runs the arguments in parallel: each seed gets its own scratch file.
    let scratch = ScratchFile(path: ScratchFile.processPath(suffix: "-" + name))
    #expect(IngestProperties(scratch: scratch).violations(of: bytes) == [])
}
