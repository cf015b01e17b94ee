#!/usr/bin/env bash
# Compiles the generated plain-JVM Kotlin bindings with the Kotlin tests in tests/kotlin
# and runs them on the JVM against the debug cdylib (JNA). Kotlin, JUnit and JNA come
# from Maven Central. Needs scripts/generate-bindings.sh to have run.
# Ends with one line "kotlin-bindings: N passed, N failed"; fails if anything failed or
# nothing ran.
set -euo pipefail
cd "$(dirname "$0")/.."

target_dir=$(scripts/cargo-target-dir.sh)
[ -f build/bindings/kotlin-jvm/nl/signalenkaart/core/signalenkaart.kt ] || {
  echo "No generated Kotlin bindings: run scripts/generate-bindings.sh first." >&2
  exit 1
}

reports=tests/kotlin/target/surefire-reports
rm -rf "$reports"
# Test failures do not stop Maven (testFailureIgnore); the reports decide below.
mvn -B --no-transfer-progress -f tests/kotlin/pom.xml -Dffi.lib.dir="$target_dir/debug" test

read -r passed failed skipped < <(scripts/count-tests.sh "$reports")
[ "$skipped" -eq 0 ] || echo "($skipped skipped)"
echo "kotlin-bindings: $passed passed, $failed failed"
[ "$((passed + failed))" -gt 0 ] || { echo "No Kotlin tests ran." >&2; exit 1; }
[ "$failed" -eq 0 ]
