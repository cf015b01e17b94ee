# shellcheck shell=bash
# Sourced by the script tests in this folder. `expect NAME WANT GREP... -- COMMAND [ARG...]`
# runs COMMAND, checks its exit status (WANT: 0 or nonzero) and that its output has each
# GREP (a fixed string), and counts the result; `summary NAME` prints the last line,
# "NAME: N passed, N failed", and fails if any did.
passed=0
failed=0

expect() {
  local name=$1 want=$2
  shift 2
  local greps=()
  while [ "$1" != "--" ]; do greps+=("$1"); shift; done
  shift
  local out status ok=1
  out=$("$@" 2>&1)
  status=$?
  if [ "$want" = 0 ] && [ "$status" -ne 0 ]; then ok=0; fi
  if [ "$want" = nonzero ] && [ "$status" -eq 0 ]; then ok=0; fi
  for g in ${greps[@]+"${greps[@]}"}; do
    grep -qF -- "$g" <<<"$out" || ok=0
  done
  if [ "$ok" = 1 ]; then
    passed=$((passed + 1))
    echo "PASS $name"
  else
    failed=$((failed + 1))
    echo "FAIL $name (exit $status, want $want; expected: ${greps[*]-})"
    printf '    %s\n' "${out//$'\n'/$'\n'    }"
  fi
}

summary() {
  echo "$1: $passed passed, $failed failed"
  [ "$failed" -eq 0 ]
}
