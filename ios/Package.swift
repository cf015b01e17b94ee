// swift-tools-version:5.9
// The iOS shell as a Swift package: the generated bindings over the Rust core, and the
// SwiftUI screens that render the core's view model. The app target (App/) adds only
// the platform glue. Run `scripts/build-ios.sh` on a Mac first: it produces the
// XCFramework and the generated Swift this package refers to.
import PackageDescription

let package = Package(
    name: "Signalenkaart",
    platforms: [.iOS(.v16)],
    products: [
        .library(name: "SignalenkaartCore", targets: ["SignalenkaartCore"]),
        .library(name: "SignalenkaartUI", targets: ["SignalenkaartUI"]),
    ],
    targets: [
        // The Rust static library for device and simulator, with its C header and
        // module map; built by scripts/build-ios.sh, not committed.
        .binaryTarget(
            name: "SignalenkaartFFI",
            path: "Frameworks/SignalenkaartFFI.xcframework"
        ),
        // uniffi's generated Swift (copied here by scripts/build-ios.sh, not committed).
        .target(
            name: "SignalenkaartCore",
            dependencies: ["SignalenkaartFFI"],
            path: "Sources/SignalenkaartCore",
            exclude: ["README.md"],
            linkerSettings: [
                // SQLCipher's CommonCrypto provider and the OS random generator.
                .linkedFramework("Security"),
            ]
        ),
        .target(
            name: "SignalenkaartUI",
            dependencies: ["SignalenkaartCore"],
            path: "Sources/SignalenkaartUI"
        ),
        .testTarget(
            name: "SignalenkaartUITests",
            dependencies: ["SignalenkaartUI", "SignalenkaartCore"],
            path: "Tests/SignalenkaartUITests"
        ),
    ]
)
