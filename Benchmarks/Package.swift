// swift-tools-version: 6.1
import Foundation
import PackageDescription

// A path dependency is identified by its folder name, which is whatever the clone is called.
let slantPackage = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().lastPathComponent

// Benchmarks live in their own package so the main build stays small.
// Run from this folder: `swift package --disable-sandbox benchmark`
let package = Package(
    name: "SlantBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "SlantBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "SlantText", package: slantPackage),
                .product(name: "SlantMetrics", package: slantPackage),
                .product(name: "SlantLanguage", package: slantPackage),
            ],
            path: "Benchmarks/SlantBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]),
    ]
)
