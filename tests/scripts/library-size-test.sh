#!/usr/bin/env bash
# Tests scripts/library-size.py on a library built here: a tiny shared library linked by
# gcc from a C archive, measured against a budget it fits and one it does not. Needs gcc,
# binutils and python3. Last line: "library-size: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 1

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0

# check NAME WANT_STATUS(0|nonzero) GREP... -- BUDGET: runs the script on the library.
check() {
  local name=$1 want=$2
  shift 2
  local greps=()
  while [ "$1" != "--" ]; do greps+=("$1"); shift; done
  local budget=$2 out status ok=1
  out=$(scripts/library-size.py "$work/libprobe.so" "$work/libprobe.stripped.so" "$budget" nm \
    "$work/libtable.a=the table library" 2>&1)
  status=$?
  if [ "$want" = 0 ] && [ "$status" -ne 0 ]; then ok=0; fi
  if [ "$want" = nonzero ] && [ "$status" -eq 0 ]; then ok=0; fi
  for g in "${greps[@]}"; do grep -qF -- "$g" <<<"$out" || ok=0; done
  if [ "$ok" = 1 ]; then
    passed=$((passed + 1))
    echo "PASS $name"
  else
    failed=$((failed + 1))
    echo "FAIL $name (exit $status, want $want; expected: ${greps[*]})"
    printf '    %s\n' "${out//$'\n'/$'\n'    }"
  fi
}

# A 64 KiB table in an archive (counted under the archive's name) and code beside it.
echo 'const unsigned char probe_table[65536] = {1}; int probe_read(int i) { return probe_table[i]; }' \
  >"$work/table.c"
echo 'int probe_read(int); int probe_entry(int i) { return probe_read(i) + 1; }' >"$work/entry.c"
if ! { gcc -c -fPIC -o "$work/table.o" "$work/table.c" && ar rcs "$work/libtable.a" "$work/table.o" &&
  gcc -shared -fPIC -o "$work/libprobe.so" "$work/entry.c" "$work/libtable.a" &&
  strip -o "$work/libprobe.stripped.so" "$work/libprobe.so"; }; then
  echo "library-size: 0 passed, 1 failed (gcc could not build the test library)"
  exit 1
fi
size=$(stat -c %s "$work/libprobe.stripped.so")
grouped=$(python3 -c "print(f'{$size:,}')")

check "under the budget: ok, with the archive's table counted under its name" 0 \
  "stripped size: $grouped bytes" "ok:" "the table library" ".rodata" \
  -- "$((size + 1))"
check "at the budget: ok" 0 "ok: 0 bytes under the budget" -- "$size"
check "one byte over the budget: fails, saying by how much" nonzero "FAIL:" "is 1 over the budget" \
  -- "$((size - 1))"

echo "library-size: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
