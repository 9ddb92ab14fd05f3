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
        // The thin CSV layer: the only Swift code that touches C.
        .target(
            name: "ServiceIndexCSV",
            dependencies: ["CLibCSV"]
        ),
        // Pure core: model, registry, metrics, methodology, ranking. No I/O, no printing.
        .target(
            name: "ServiceIndexCore"
        ),
        // Ingest, renderers, atomic output.
        .target(
            name: "ServiceIndexIO",
            dependencies: [
                "ServiceIndexCSV", "ServiceIndexCore", .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .executableTarget(
            name: "service-index",
            dependencies: [
                "ServiceIndexIO", "ServiceIndexCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The ingest's fuzz properties, shared by the fuzz target and the seed-replay test.
        .target(
            name: "ServiceIndexFuzzSupport",
            dependencies: ["ServiceIndexIO", "ServiceIndexCSV", "ServiceIndexCore"]
        ),
        // libFuzzer target with -DFUZZING -sanitize=fuzzer,address (`make fuzz`); a corpus
        // replayer otherwise.
        .executableTarget(
            name: "ServiceIndexFuzz",
            dependencies: ["ServiceIndexFuzzSupport", "ServiceIndexIO", "ServiceIndexCSV", "ServiceIndexCore"]
        ),
        .testTarget(name: "ServiceIndexCSVTests", dependencies: ["ServiceIndexCSV"]),
        .testTarget(name: "ServiceIndexCoreTests", dependencies: ["ServiceIndexCore"]),
        .testTarget(
            name: "ServiceIndexIOTests",
            dependencies: ["ServiceIndexIO", "ServiceIndexCore", "ServiceIndexCSV", "ServiceIndexFuzzSupport"]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["service-index"]
        ),
    ]
)
