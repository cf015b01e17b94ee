#!/usr/bin/env bash
# The Android shell's screens on the desktop JVM: builds the Rust cdylib and the Kotlin
# bindings, compiles android/shared-ui + the bindings against Compose Multiplatform
# desktop (Maven), and runs the UI tests headless. Last line, from surefire's reports:
#   android-desktop: N passed, N failed
# SKIP_BINDINGS=1 reuses build/bindings and the cdylib from an earlier run.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh build-essential pkg-config libssl-dev \
  openjdk-17-jdk-headless maven libgl1 libfontconfig1 fonts-dejavu-core
[ "${SKIP_BINDINGS:-0}" = 1 ] || scripts/generate-bindings.sh >/dev/null

reports=android/desktop/target/surefire-reports
rm -rf "$reports"
set +e
scripts/mvn-plain.sh android/desktop/pom.xml -Dcore.lib.dir="$(scripts/cargo-target-dir.sh)/debug" test
rc=$?
set -e

read -r passed failed _ < <(scripts/count-tests.sh "$reports")
# A build that fails before the tests run has no reports: count it as one failure.
if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "android-desktop: $passed passed, $failed failed"
exit "$rc"
