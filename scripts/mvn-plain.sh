#!/usr/bin/env bash
# Runs Maven quietly on one pom for the test scripts: batch mode, the in-process Kotlin
# compiler (no daemon left running), and Maven's stray colour codes stripped so their
# summary lines stay plain. Exits with Maven's status.
#   scripts/mvn-plain.sh POM [maven arguments...]
set -uo pipefail
pom=$1
shift
mvn -B -q -Dstyle.color=never -f "$pom" -Dkotlin.compiler.daemon=false "$@" 2>&1 \
  | sed 's/\x1b\[[0-9;]*m//g'
exit "${PIPESTATUS[0]}"
