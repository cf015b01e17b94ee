// swift-tools-version:6.0
// The iOS shell as a Swift package, in layers that show what runs where:
//
//   SignalenkaartCore   uniffi's generated Swift over the Rust core (not committed)
//   SignalenkaartStore  Foundation + Observation only: the store, the launcher, the
//                       effect and dispatch protocols, the text-field rule. Compiled and
//                       tested on Linux too (scripts/test-swift.sh).
//   SignalenkaartUI     SwiftUI screens (Apple only)
//   App/                the app target: UIKit and Keychain glue (project.yml, Apple only)
//
// Two ways to build it:
// - for iOS (the app, Xcode): over Frameworks/SignalenkaartFFI.xcframework, which
//   scripts/build-ios.sh makes together with the generated Swift;
// - host tests (always on Linux; on a Mac with SIGNALENKAART_HOST_TESTS=1): over the
//   core built for this machine, a shared library in Library/ with its C header in
//   Generated/, both staged by scripts/test-swift.sh. Only this build has the binding
//   tests: they need the test exports (a Swift clock), which phone builds leave out.
import PackageDescription

#if os(Linux)
let hostTests = true
#else
let hostTests = Context.environment["SIGNALENKAART_HOST_TESTS"] == "1"
#endif

let library = Context.packageDirectory + "/Library"

// Debian's Observation 6.0.3 leaves `swift::threading::fatal` undefined; it is reached
// only on a fatal error, so the link may leave it open. Linux only.
let observationOnLinux: [LinkerSetting] = hostTests
    ? [.unsafeFlags(["-Xlinker", "--allow-shlib-undefined"], .when(platforms: [.linux]))]
    : []

var targets: [Target] = []
var products: [Product] = [
    .library(name: "SignalenkaartCore", targets: ["SignalenkaartCore"]),
    .library(name: "SignalenkaartStore", targets: ["SignalenkaartStore"]),
]

if hostTests {
    targets += [
        // The generated C header with a module map that links the host library.
        .systemLibrary(name: "SignalenkaartCoreFFI", path: "Generated/SignalenkaartCoreFFI"),
        .target(
            name: "SignalenkaartCore",
            dependencies: ["SignalenkaartCoreFFI"],
            path: "Sources/SignalenkaartCore",
            exclude: ["README.md"],
            linkerSettings: [
                .unsafeFlags(["-L\(library)", "-Xlinker", "-rpath", "-Xlinker", library]),
            ]
        ),
    ]
} else {
    targets += [
        // The Rust static library for device and simulator, with its C header and
        // module map; built by scripts/build-ios.sh, not committed.
        .binaryTarget(name: "SignalenkaartFFI", path: "Frameworks/SignalenkaartFFI.xcframework"),
        .target(
            name: "SignalenkaartCore",
            dependencies: ["SignalenkaartFFI"],
            path: "Sources/SignalenkaartCore",
            exclude: ["README.md"],
            // SQLCipher's CommonCrypto provider and the OS random generator.
            linkerSettings: [.linkedFramework("Security")]
        ),
    ]
}

targets += [
    .target(
        name: "SignalenkaartStore",
        dependencies: ["SignalenkaartCore"],
        path: "Sources/SignalenkaartStore",
        linkerSettings: observationOnLinux
    ),
    // The platform services in Swift that both test targets hand the real core: the
    // key wrapper and the biometric key. Only the phone build's API, so the store tests
    // still build for the simulator.
    .target(
        name: "SignalenkaartTestSupport",
        dependencies: ["SignalenkaartCore"],
        path: "Tests/SignalenkaartTestSupport"
    ),
    .testTarget(
        name: "SignalenkaartStoreTests",
        dependencies: ["SignalenkaartStore", "SignalenkaartCore", "SignalenkaartTestSupport"],
        path: "Tests/SignalenkaartStoreTests",
        linkerSettings: observationOnLinux
    ),
]

#if !os(Linux)
targets.append(
    .target(
        name: "SignalenkaartUI",
        dependencies: ["SignalenkaartStore", "SignalenkaartCore"],
        path: "Sources/SignalenkaartUI"
    )
)
products.append(.library(name: "SignalenkaartUI", targets: ["SignalenkaartUI"]))
#endif

if hostTests {
    targets.append(
        .testTarget(
            name: "SignalenkaartCoreTests",
            dependencies: ["SignalenkaartCore", "SignalenkaartStore", "SignalenkaartTestSupport"],
            path: "Tests/SignalenkaartCoreTests",
            linkerSettings: observationOnLinux
        )
    )
}

let package = Package(
    name: "Signalenkaart",
    platforms: [.iOS(.v17), .macOS(.v14)],
    products: products,
    targets: targets
)
