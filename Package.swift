// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "service-index",
    // macOS 15: Synchronization's Atomic (the id index publishes its table address with it).
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "service-index", targets: ["service-index"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // SHA-256 of every input for run.json, computed in the ingest pass: BoringSSL's SHA-NI
        // code runs several times faster than a portable Swift implementation.
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
    ],
    targets: [
        // libcsv, the C parser every byte of input goes through. Debian's libcsv-dev ships no
        // pkg-config file, so the module map names the library itself.
        .systemLibrary(
            name: "CLibCSV",
            providers: [.apt(["libcsv-dev"])]
        ),
        // libxlsxwriter, which writes report.xlsx (zip container, sheets, styles, the chart).
        .systemLibrary(
            name: "CLibXLSXWriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        // The thin CSV layer: the only Swift code that touches C.
        .target(
            name: "ServiceIndexCSV",
            dependencies: ["CLibCSV"]
        ),
        // One inline C function, a cache prefetch for the id index (Swift has no intrinsic for it).
        .target(name: "CPrefetch"),
        // Pure core: model, registry, metrics, methodology, ranking. No I/O, no printing.
        .target(
            name: "ServiceIndexCore"
        ),
        // Files → header mapping, values, rejects, duplicates → one aggregate.
        .target(
            name: "ServiceIndexIngest",
            dependencies: [
                "ServiceIndexCSV", "ServiceIndexCore", "CPrefetch", .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // A computed report → CSV, HTML and workbook bytes; the atomic report directory.
        .target(
            name: "ServiceIndexReport",
            dependencies: ["ServiceIndexIngest", "ServiceIndexCSV", "ServiceIndexCore"]
        ),
        // The report's tables → report.xlsx, through libxlsxwriter.
        .target(
            name: "ServiceIndexWorkbook",
            dependencies: ["ServiceIndexReport", "ServiceIndexCore", "CLibXLSXWriter"]
        ),
        // The synthetic export generator behind `make report`.
        .target(
            name: "ServiceIndexDemoData",
            dependencies: ["ServiceIndexCore"]
        ),
        // Inputs → ingest → period report → outputs, in one file the command line calls.
        .target(
            name: "ServiceIndexPipeline",
            dependencies: ["ServiceIndexIngest", "ServiceIndexReport", "ServiceIndexWorkbook", "ServiceIndexCore"]
        ),
        .executableTarget(
            name: "service-index",
            dependencies: [
                "ServiceIndexPipeline", "ServiceIndexIngest", "ServiceIndexReport", "ServiceIndexDemoData",
                "ServiceIndexCSV",
                "ServiceIndexCore", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The ingest's fuzz properties, shared by the fuzz target and the seed-replay test.
        .target(
            name: "ServiceIndexFuzzSupport",
            dependencies: ["ServiceIndexIngest", "ServiceIndexCSV", "ServiceIndexCore"]
        ),
        // libFuzzer target with -DFUZZING -sanitize=fuzzer,address (`make fuzz`); a corpus
        // replayer otherwise.
        .executableTarget(
            name: "ServiceIndexFuzz",
            dependencies: ["ServiceIndexFuzzSupport", "ServiceIndexIngest", "ServiceIndexCSV", "ServiceIndexCore"]
        ),
        // What several test targets share (a seeded random generator).
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "ServiceIndexCSVTests", dependencies: ["ServiceIndexCSV", "TestSupport"]),
        .testTarget(name: "ServiceIndexCoreTests", dependencies: ["ServiceIndexCore", "TestSupport"]),
        .testTarget(
            name: "ServiceIndexIngestTests",
            dependencies: [
                "ServiceIndexIngest", "ServiceIndexCore", "ServiceIndexCSV", "ServiceIndexFuzzSupport", "TestSupport",
            ]
        ),
        .testTarget(
            name: "ServiceIndexReportTests",
            dependencies: ["ServiceIndexReport", "ServiceIndexIngest", "ServiceIndexCore"]),
        .testTarget(
            name: "ServiceIndexWorkbookTests",
            dependencies: ["ServiceIndexWorkbook", "ServiceIndexReport", "ServiceIndexCore"]),
        .testTarget(
            name: "ServiceIndexDemoDataTests",
            dependencies: ["ServiceIndexDemoData", "ServiceIndexCSV", "ServiceIndexCore"]),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["service-index", "TestSupport"]
        ),
    ]
)
