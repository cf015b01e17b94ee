#!/usr/bin/env bash
# Runs every test of the project on a fresh machine: installs what is missing, checks
# formatting and lints, runs the Rust tests, generates the Kotlin and Swift bindings and
# runs the Kotlin binding tests on the JVM.
set -euo pipefail
cd "$(dirname "$0")/.."

# SQLCipher links the system's libcrypto on desktop builds; the Kotlin binding tests
# need a JDK and Maven (Kotlin, JUnit and JNA then come from Maven Central).
scripts/setup.sh build-essential pkg-config libssl-dev openjdk-17-jdk-headless maven

echo "== cargo fmt --check"
cargo fmt --all --check
echo "== cargo clippy"
cargo clippy --workspace --all-targets --locked -- -D warnings
# The bindgen binary is left out of the test and bench builds: built together with the
# library, its `cli` feature would be unified into it (it has no tests).
echo "== cargo test"
cargo test --workspace --locked --exclude signalenkaart-uniffi-bindgen
echo "== benchmarks compile"
cargo bench --workspace --locked --exclude signalenkaart-uniffi-bindgen --no-run
echo "== bindings: Kotlin (JVM, Android), Swift"
scripts/generate-bindings.sh
# Last, so the run ends with its line "N passed, N failed".
echo "== Kotlin binding tests (JVM)"
scripts/test-kotlin.sh
