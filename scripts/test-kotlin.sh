#!/usr/bin/env bash
# Compiles the generated plain-JVM Kotlin bindings with the Kotlin tests in tests/kotlin
# and runs them on the JVM against the debug cdylib (JNA). Kotlin, JUnit and JNA come
# from Maven Central. Needs scripts/generate-bindings.sh to have run.
# Ends with one line "N passed, N failed"; fails if anything failed or nothing ran.
set -euo pipefail
cd "$(dirname "$0")/.."

target_dir=$(cargo metadata --format-version 1 --no-deps | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')
[ -f build/bindings/kotlin-jvm/nl/signalenkaart/core/signalenkaart_ffi.kt ] || {
  echo "No generated Kotlin bindings: run scripts/generate-bindings.sh first." >&2
  exit 1
}

reports=tests/kotlin/target/surefire-reports
rm -rf "$reports"
# Test failures do not stop Maven (testFailureIgnore); the reports decide below.
mvn -B --no-transfer-progress -f tests/kotlin/pom.xml -Dffi.lib.dir="$target_dir/debug" test

# Each report's root element: <testsuite ... tests="3" errors="0" skipped="0" failures="0">
read -r tests failures errors skipped < <(
  cat "$reports"/TEST-*.xml 2>/dev/null | grep -o '<testsuite [^>]*>' | awk '
    function attr(name) { return match($0, name "=\"[0-9]+\"") ? substr($0, RSTART + length(name) + 2, RLENGTH - length(name) - 3) : 0 }
    { t += attr("tests"); f += attr("failures"); e += attr("errors"); s += attr("skipped") }
    END { print t + 0, f + 0, e + 0, s + 0 }')
failed=$((failures + errors))
passed=$((tests - failed - skipped))
[ "$skipped" -eq 0 ] || echo "($skipped skipped)"
echo "$passed passed, $failed failed"
[ "$tests" -gt 0 ] || { echo "No Kotlin tests ran." >&2; exit 1; }
[ "$failed" -eq 0 ]
