// swift-tools-version: 6.1
import PackageDescription

// Layers (see docs/ARCHITECTURE.md): each target imports only the ones listed as its dependencies.
let package = Package(
    name: "VillageBoard",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "village-board", targets: ["village-board"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // SHA-256 for the journals' hash chain and scrypt for PIN hashes (Crypto, _CryptoExtras).
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // Zipping .xlsx workbooks for `village-board export --format xlsx`.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // Domain: org units, households, checklist, tasks, operations, the board and its roll-ups.
        .target(name: "VillageBoardCore"),
        // Every user-visible word in Chinese and English: one `Language`, one `Catalog` for screens, sheets and messages.
        .target(name: "VillageBoardText", dependencies: ["VillageBoardCore"]),
        // On-disk format: snapshot + per-laptop journals, locking, recovery, migration, sync, PINs.
        .target(name: "VillageBoardStore", dependencies: [
            "VillageBoardCore",
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "_CryptoExtras", package: "swift-crypto"),
        ]),
        // Spreadsheets in (CSV in UTF-8/GB18030) and out (CSV, JSON, .xlsx), printable sheets.
        .target(name: "VillageBoardExchange", dependencies: [
            "VillageBoardCore", "VillageBoardStore", "VillageBoardText",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        // The Baishan demo board and the synthetic generator (boards of any size for tests and benchmarks).
        .target(name: "VillageBoardDemo", dependencies: [
            "VillageBoardCore",
            // Each demo user's signing key, made from their id and sealed under the demo PIN.
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // The C boundary over libncursesw.
        .target(name: "CNcursesw", linkerSettings: [.linkedLibrary("ncursesw")]),
        // Canvas, display width, keys, themes, terminal backends (ncurses and in-memory).
        .target(name: "TerminalKit", dependencies: ["CNcursesw"]),
        // Screens as state + update + render; widgets; key tables.
        .target(name: "VillageBoardUI", dependencies: ["VillageBoardCore", "VillageBoardText", "TerminalKit"]),
        // Command line, wiring, signals.
        .executableTarget(
            name: "village-board",
            dependencies: [
                "VillageBoardCore", "VillageBoardText", "VillageBoardStore", "VillageBoardExchange", "VillageBoardDemo",
                "TerminalKit", "VillageBoardUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmarks on synthetic stores: `swift run -c release village-board-bench` (docs/PERFORMANCE.md).
        .executableTarget(name: "village-board-bench", dependencies: [
            "VillageBoardCore", "VillageBoardText", "VillageBoardStore", "VillageBoardDemo", "TerminalKit", "VillageBoardUI",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "VillageBoardCoreTests", dependencies: ["VillageBoardCore"]),
        .testTarget(name: "VillageBoardTextTests", dependencies: ["VillageBoardText", "VillageBoardCore"]),
        // Store, exchange and demo tests share one set of fixtures (StoreFixtures), so they stay one target.
        .testTarget(name: "VillageBoardStoreTests", dependencies: [
            "VillageBoardStore", "VillageBoardCore", "VillageBoardText", "VillageBoardExchange", "VillageBoardDemo",
        ]),
        .testTarget(name: "TerminalKitTests", dependencies: ["TerminalKit", "CNcursesw"]),
        .testTarget(name: "VillageBoardUITests",
                    dependencies: ["VillageBoardUI", "VillageBoardCore", "VillageBoardText", "TerminalKit", "VillageBoardStore",
                                   "VillageBoardDemo"],
                    exclude: ["Snapshots"]),
        .testTarget(name: "EndToEndTests", dependencies: [
            "VillageBoardCore", "VillageBoardStore", "VillageBoardDemo", "village-board", "village-board-bench",
        ]),
    ]
)

// libFuzzer targets (Tests/Fuzz), only when scripts/fuzz.sh builds them with VILLAGE_BOARD_FUZZ=1: they link
// against libFuzzer's own main (-sanitize=fuzzer), so an ordinary build must not see them.
if Context.environment["VILLAGE_BOARD_FUZZ"] == "1" {
    let fuzzTargets: [(name: String, folder: String, dependencies: [Target.Dependency])] = [
        ("fuzz-journal-line", "JournalLine", ["VillageBoardCore", "VillageBoardStore"]),
        ("fuzz-snapshot-line", "SnapshotLine", ["VillageBoardCore", "VillageBoardStore"]),
        ("fuzz-import-row", "ImportRow", ["VillageBoardCore", "VillageBoardDemo", "VillageBoardExchange"]),
        ("fuzz-theme-file", "ThemeFile", ["TerminalKit"]),
        ("fuzz-bundle-header", "BundleHeader", ["VillageBoardStore"]),
    ]
    package.targets.append(.target(name: "CFuzzDriver", path: "Tests/Fuzz/CFuzzDriver"))
    for target in fuzzTargets {
        package.targets.append(.executableTarget(name: target.name, dependencies: target.dependencies + ["CFuzzDriver"],
                                                 path: "Tests/Fuzz/" + target.folder))
        package.products.append(.executable(name: target.name, targets: [target.name]))
    }
}
