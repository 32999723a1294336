// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Marsad",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "marsad", targets: ["marsad"]),
        .library(name: "MarsadText", targets: ["MarsadText"]),
        .library(name: "MarsadCore", targets: ["MarsadCore"]),
        .library(name: "MarsadExtract", targets: ["MarsadExtract"]),
        .library(name: "MarsadIngest", targets: ["MarsadIngest"]),
        .library(name: "MarsadStore", targets: ["MarsadStore"]),
        .library(name: "MarsadCorpus", targets: ["MarsadCorpus"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .target(name: "MarsadText"),
        .systemLibrary(name: "CLibCrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),
        .target(
            name: "MarsadCore",
            dependencies: ["MarsadText", "CLibCrypto"],
            resources: [
                .copy("Resources/stems.tsv"), .copy("Resources/kb.tsv"),
                .copy("Resources/dates.tsv"), .copy("Resources/tone.tsv"),
                .copy("Resources/clusters.tsv"), .copy("Resources/ner.model"),
                .copy("Resources/stances.tsv"), .copy("Resources/actors.tsv"),
                .copy("Resources/triggers.tsv"), .copy("Resources/events.model"),
            ]
        ),
        .systemLibrary(name: "CPrefetch"),
        .target(name: "MarsadExtract", dependencies: ["MarsadCore", "MarsadText", "CPrefetch"]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(name: "MarsadIngest", dependencies: ["MarsadCore", "CLibXML2", "CZlib"]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(
            name: "MarsadStore",
            dependencies: [
                "MarsadCore", "CZlib",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .target(name: "MarsadCorpus", dependencies: ["MarsadCore", "MarsadStore"]),
        .executableTarget(
            name: "marsad",
            dependencies: [
                "MarsadText", "MarsadCore", "MarsadExtract", "MarsadIngest", "MarsadStore", "MarsadCorpus",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "MarsadTestSupport", dependencies: ["MarsadCore"], path: "Tests/MarsadTestSupport"),
        .testTarget(name: "MarsadTextTests", dependencies: ["MarsadText"]),
        .testTarget(name: "MarsadCoreTests", dependencies: ["MarsadCore", "MarsadText"]),
        .testTarget(name: "MarsadExtractTests", dependencies: ["MarsadExtract", "MarsadCore", "MarsadText"]),
        .testTarget(name: "MarsadIngestTests", dependencies: ["MarsadIngest", "MarsadStore", "CZlib", "MarsadTestSupport"]),
        .testTarget(name: "MarsadCLITests", dependencies: ["marsad", "MarsadStore", "MarsadExtract", "MarsadTestSupport"]),
        .testTarget(
            name: "MarsadStoreTests",
            dependencies: ["MarsadStore", "MarsadIngest", "MarsadCore", "MarsadExtract", "MarsadTestSupport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
