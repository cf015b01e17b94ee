#!/usr/bin/env bash
# Runs every test of the project on a fresh machine: installs what is missing, checks
# formatting and lints, runs the Rust tests.
set -euo pipefail
cd "$(dirname "$0")/.."

# SQLCipher links the system's libcrypto on desktop builds.
scripts/setup.sh build-essential pkg-config libssl-dev

echo "== cargo fmt --check"
cargo fmt --all --check
echo "== cargo clippy"
cargo clippy --workspace --all-targets --locked -- -D warnings
echo "== cargo test"
cargo test --workspace --locked
echo "== benchmarks compile"
cargo bench --workspace --locked --no-run
