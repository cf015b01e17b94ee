#!/usr/bin/env bash
# The Android app's platform glue (android/app/src/main/kotlin) compiled with the Android
# flavour of the bindings against the Android framework and androidx jars from Maven
# Central, and its JUnit tests (android/app/src/test/kotlin) run on the plain JVM
# (android/glue/pom.xml). Needs the shared screens compiled by the desktop build: that
# build runs here when its classes are missing or older than its sources. Last line:
#   android-glue: N passed, N failed
# SKIP_BINDINGS=1 reuses build/bindings from an earlier run.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh openjdk-17-jdk-headless maven
[ "${SKIP_BINDINGS:-0}" = 1 ] || scripts/generate-bindings.sh >/dev/null
[ -f build/bindings/kotlin-android/nl/signalenkaart/core/signalenkaart.kt ] || {
  echo "No generated Android bindings: run scripts/generate-bindings.sh first." >&2
  exit 1
}

reports=android/glue/target/surefire-reports
rm -rf "$reports"
set +e
# The shared screens come from the desktop build's output. Compiling them takes about a
# minute, so only when something it compiles is newer than its output (test.sh runs the
# desktop tests first, which leaves it fresh).
stamp=android/desktop/target/classes/META-INF/signalenkaart-desktop.kotlin_module
if [ ! -f "$stamp" ] || [ -n "$(find android/shared-ui/src android/desktop/src/main \
  android/desktop/pom.xml build/bindings/kotlin-jvm -newer "$stamp" -print -quit)" ]; then
  echo "(compiling the shared screens: android/desktop)"
  scripts/mvn-plain.sh android/desktop/pom.xml compile
  rc=$?
else
  rc=0
fi
# clean: the screens' classes are copied into the output, and a class removed upstream
# must not linger there.
if [ "$rc" -eq 0 ]; then
  scripts/mvn-plain.sh android/glue/pom.xml clean test
  rc=$?
fi
set -e

read -r passed failed _ < <(scripts/count-tests.sh "$reports")
# A build that fails before the tests run has no reports: count it as one failure.
if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "android-glue: $passed passed, $failed failed"
[ "$((passed + failed))" -gt 0 ] || { echo "No glue tests ran." >&2; exit 1; }
exit "$rc"
