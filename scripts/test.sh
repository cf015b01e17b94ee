#!/usr/bin/env bash
# Runs every test of the project on a fresh machine: installs what is missing, checks
# formatting and lints (also of the core without its ffi feature), runs the Rust tests
# (view-model snapshots included), generates the Kotlin and Swift bindings and checks
# that the contract's docs reached them, runs the Kotlin binding tests and the Android
# screens' UI tests on the JVM.
set -euo pipefail
cd "$(dirname "$0")/.."

# SQLCipher links the system's libcrypto on desktop builds; the Kotlin binding tests
# need a JDK and Maven (Kotlin, JUnit and JNA then come from Maven Central); the docs
# check of the generated Kotlin is a Python script.
scripts/setup.sh build-essential pkg-config libssl-dev openjdk-17-jdk-headless maven \
  libgl1 libfontconfig1 fonts-dejavu-core python3

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
echo "== benchmarks compile"
cargo bench --workspace --locked --exclude signalenkaart-uniffi-bindgen --no-run
echo "== bindings: Kotlin (JVM, Android), Swift"
scripts/generate-bindings.sh
echo "== the contract's docs in the generated Kotlin"
scripts/check-kdoc.py build/bindings/kotlin-jvm/nl/signalenkaart/core/signalenkaart.kt 95
# The JVM suites run to the end even if one fails; the last line sums them.
status=0
echo "== Kotlin binding tests (JVM, JNA)"
scripts/test-kotlin.sh || status=1
echo "== Android screens on the desktop JVM (Compose UI tests)"
SKIP_BINDINGS=1 scripts/test-android-desktop.sh || status=1
read -r passed failed _ < <(scripts/count-tests.sh tests/kotlin/target/surefire-reports \
  android/desktop/target/surefire-reports)
[ "$status" -eq 0 ] || [ "$failed" -gt 0 ] || failed=1
echo "jvm: $passed passed, $failed failed"
exit "$status"
