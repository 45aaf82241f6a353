// swift-tools-version: 6.1
import PackageDescription

// Modules depend one way only (see docs/ARCHITECTURE.md):
// SlantText <- SlantMetrics <- SlantLanguage <- slant
let package = Package(
    name: "Slant",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "slant", targets: ["slant"]),
        .library(name: "SlantText", targets: ["SlantText"]),
        .library(name: "SlantMetrics", targets: ["SlantMetrics"]),
        .library(name: "SlantLanguage", targets: ["SlantLanguage"]),
        .library(name: "SlantReport", targets: ["SlantReport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]),
        .target(
            name: "SlantText",
            dependencies: ["CZlib", "SlantSeeds", .product(name: "CSV", package: "CSV.swift")],
            resources: [.copy("Resources/ap_tagger")]),
        // The top-level seeds/ folder is the single copy of the bundled corpus; this target
        // ships it as a resource (path "." so the resource can live outside Sources/).
        // Every other source folder must be excluded here, or SwiftPM warns of unhandled files.
        .target(
            name: "SlantSeeds",
            path: ".",
            exclude: [
                "Tests", "Sources/SlantText", "Sources/SlantMetrics", "Sources/SlantLanguage", "Sources/slant",
                "Sources/SlantReport",
                "README.md", "docs", "scripts", "Benchmarks",
            ],
            sources: ["Sources/SlantSeeds"],
            resources: [.copy("seeds")]),
        .target(
            name: "SlantMetrics",
            dependencies: ["SlantText"],
            resources: [.copy("Resources/vader"), .copy("Resources/countries"), .copy("Resources/tone"), .copy("Resources/quotes"), .copy("Resources/stance"), .copy("Resources/roles"), .copy("Resources/frames")]),
        // The report model and its renderers (terminal, Markdown, HTML, CSV, JSON); plain types
        // only, so it builds alongside the metrics.
        .target(name: "SlantReport"),
        .target(
            name: "SlantLanguage",
            dependencies: ["SlantText", "SlantMetrics", "SlantReport"]),
        .executableTarget(
            name: "slant",
            dependencies: [
                "SlantLanguage", "CEditLine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .testTarget(name: "SlantTextTests", dependencies: ["SlantText"], resources: [.copy("Fixtures")]),
        .testTarget(name: "SlantMetricsTests", dependencies: ["SlantMetrics"], resources: [.copy("Fixtures")]),
        .testTarget(name: "SlantLanguageTests", dependencies: ["SlantLanguage"]),
        .testTarget(name: "SlantReportTests", dependencies: ["SlantReport"], resources: [.copy("Golden")]),
        // Depends on the executable so `swift test` builds the `slant` binary the golden tests run.
        .testTarget(name: "SlantCLITests", dependencies: ["slant"], resources: [.copy("Golden")]),
    ],
    swiftLanguageModes: [.v6]
)
