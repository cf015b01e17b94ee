#!/usr/bin/env bash
# Counts JUnit results in surefire report directories: prints "passed failed skipped".
# A directory without reports counts nothing; callers decide what that means.
set -euo pipefail
for dir in "$@"; do
  for report in "$dir"/TEST-*.xml; do
    [ -f "$report" ] && grep -o '<testsuite [^>]*>' "$report"
  done
done | awk '
  function attr(name) { return match($0, name "=\"[0-9]+\"") ? substr($0, RSTART + length(name) + 2, RLENGTH - length(name) - 3) : 0 }
  { t += attr("tests"); f += attr("failures"); e += attr("errors"); s += attr("skipped") }
  END { print t - f - e - s, f + e, s + 0 }'
