#!/usr/bin/env bash
# The Kotlin dispatch benchmark: 10,000 dispatch round trips from Kotlin over JNA
# against the release cdylib (DESIGN budget: ≤ 2 s). Prints total and per-call time.
# Optional arguments: rounds of 10,000 calls (default 5), warm-up calls (default 20,000).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/generate-bindings.sh >/dev/null
cargo build --locked --release -p signalenkaart-ffi --features insecure-test-exports
target_dir=$(scripts/cargo-target-dir.sh)
mvn -B -q --no-transfer-progress -f tests/kotlin/pom.xml -Dffi.lib.dir="$target_dir/release" \
  compile exec:java -Dexec.args="${1:-5} ${2:-20000}"
