#!/usr/bin/env bash
# Runs every test of the project on a fresh machine: installs what is missing, checks
# that both stores have the same scenario tests, formatting and lints (also of the core
# without its ffi feature), runs the Rust tests (view-model snapshots included), builds
# the phone library for arm64 and checks its size and page alignment, runs the core's
# tests as arm64 binaries under qemu, generates the Kotlin and Swift bindings and checks
# that the contract's docs reached them, runs the Kotlin binding tests, the Android
# screens' UI tests and the Android glue's compile check and tests on the JVM, and the
# Swift binding and store tests (on Linux in a Debian 13 chroot with Swift 6.0, set up
# on the first run, which also type-checks the SwiftUI screens and the app glue against
# stubs of Apple's API; see scripts/test-swift.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

# SQLCipher links the system's libcrypto on desktop builds; the Kotlin binding tests
# need a JDK and Maven (Kotlin, JUnit and JNA then come from Maven Central); the docs
# check of the generated Kotlin is a Python script.
scripts/setup.sh build-essential pkg-config libssl-dev openjdk-17-jdk-headless maven \
  libgl1 libfontconfig1 fonts-dejavu-core python3

echo "== the stores' scenario tests: the same names in Kotlin and Swift"
scripts/check-store-scenarios.py
echo "== cargo fmt --check"
cargo fmt --all --check
echo "== cargo clippy"
cargo clippy --workspace --all-targets --locked -- -D warnings
# The core alone, as a Rust library: no ffi feature, so no uniffi anywhere in its tree.
echo "== the core without its ffi feature"
cargo clippy -p signalenkaart-core --all-targets --locked -- -D warnings
core_tree=$(cargo tree -p signalenkaart-core -e normal --prefix none --locked)
if grep -q '^uniffi' <<<"$core_tree"; then
  echo "uniffi is in the core's dependency tree without the ffi feature" >&2
  exit 1
fi
# The library as the phones build it: no test-only exports.
echo "== the phone library (no insecure-test-exports)"
cargo clippy -p signalenkaart-ffi --all-targets --locked -- -D warnings
# The bindgen binary is left out of the test and bench builds: built together with the
# library, its `cli` feature would be unified into it (it has no tests).
echo "== cargo test"
cargo test --workspace --locked --exclude signalenkaart-uniffi-bindgen
echo "== the 16 KB page-alignment check of the Android libraries (scripts/check-so-alignment.sh)"
tests/scripts/so-alignment-test.sh
echo "== the size table's own test (scripts/library-size.py)"
tests/scripts/library-size-test.sh
echo "== the stale-OpenSSL guard's own test (scripts/openssl-fresh.sh)"
tests/scripts/openssl-fresh-test.sh
echo "== the phone library for arm64: its size against the budget, its alignment (scripts/phone-library.sh)"
scripts/phone-library.sh
echo "== the core's tests as arm64 binaries under qemu-aarch64 (scripts/test-arm64.sh)"
scripts/test-arm64.sh
echo "== benchmarks compile"
cargo bench --workspace --locked --exclude signalenkaart-uniffi-bindgen --no-run
echo "== bindings: Kotlin (JVM, Android), Swift"
scripts/generate-bindings.sh
echo "== the contract's docs in the generated Kotlin"
scripts/check-kdoc.py build/bindings/kotlin-jvm/nl/signalenkaart/core/signalenkaart.kt 95
# The shell suites (JVM, Swift) run to the end even if one fails; the last line sums them.
status=0
echo "== Kotlin binding tests (JVM, JNA)"
scripts/test-kotlin.sh || status=1
echo "== Android screens on the desktop JVM (Compose UI tests)"
SKIP_BINDINGS=1 scripts/test-android-desktop.sh || status=1
echo "== Android glue on the JVM (android-all, androidx from Maven Central)"
SKIP_BINDINGS=1 scripts/test-android-glue.sh || status=1
jvm_status=$status
echo "== Swift binding and store tests (XCTest); on Linux the Apple-only code's type-check"
mkdir -p build
swift_log=build/swift-tests.log
swift_status=0
SKIP_BINDINGS=1 scripts/test-swift.sh 2>&1 | tee "$swift_log" || swift_status=1
read -r jvm_passed jvm_failed _ < <(scripts/count-tests.sh tests/kotlin/target/surefire-reports \
  android/desktop/target/surefire-reports android/glue/target/surefire-reports)
[ "$jvm_status" -eq 0 ] || [ "$jvm_failed" -gt 0 ] || jvm_failed=1
# XCTest's last line covers every suite: "Executed N tests, with F failures (…)".
summary=$(sed -n 's/.*Executed \([0-9]*\) tests\{0,1\}, with \([0-9]*\) failures\{0,1\}.*/\1 \2/p' \
  "$swift_log" | tail -n 1)
read -r swift_run swift_failed <<<"${summary:-0 0}"
# A failed run without a failed test (a compile error, no toolchain) counts as one.
if [ "$swift_status" -ne 0 ]; then
  status=1
  [ "$swift_failed" -gt 0 ] || swift_failed=1
fi
swift_passed=$((swift_run > swift_failed ? swift_run - swift_failed : 0))
echo "shell tests: $((jvm_passed + swift_passed)) passed, $((jvm_failed + swift_failed)) failed" \
  "(JVM $jvm_passed passed, $jvm_failed failed; Swift $swift_passed passed, $swift_failed failed)"
exit "$status"
