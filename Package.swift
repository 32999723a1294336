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
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .target(name: "MarsadText"),
        .target(
            name: "MarsadCore",
            dependencies: ["MarsadText"],
            resources: [
                .copy("Resources/stems.tsv"), .copy("Resources/kb.tsv"),
                .copy("Resources/dates.tsv"), .copy("Resources/tone.tsv"),
                .copy("Resources/clusters.tsv"), .copy("Resources/ner.model"),
                .copy("Resources/triggers.tsv"), .copy("Resources/events.model"),
            ]
        ),
        .target(name: "MarsadExtract", dependencies: ["MarsadCore", "MarsadText"]),
        .target(name: "MarsadIngest", dependencies: ["MarsadCore"]),
        .executableTarget(
            name: "marsad",
            dependencies: [
                "MarsadText", "MarsadCore", "MarsadExtract", "MarsadIngest",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "MarsadTextTests", dependencies: ["MarsadText"]),
        .testTarget(name: "MarsadCoreTests", dependencies: ["MarsadCore", "MarsadText"]),
        .testTarget(name: "MarsadExtractTests", dependencies: ["MarsadExtract", "MarsadCore", "MarsadText"]),
        .testTarget(name: "MarsadIngestTests", dependencies: ["MarsadIngest"]),
        .testTarget(name: "MarsadCLITests", dependencies: ["marsad"]),
    ],
    swiftLanguageModes: [.v6]
)
