#!/usr/bin/env bash
# Tests scripts/library-size.py on a library built here: a tiny shared library linked by
# gcc from a C archive, measured against a budget it fits and one it does not. Needs gcc,
# binutils and python3. Last line: "library-size: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 1

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# shellcheck source=tests/scripts/expect.sh
. tests/scripts/expect.sh

# measure BUDGET: the size table of the test library against BUDGET.
measure() {
  scripts/library-size.py "$work/libprobe.so" "$work/libprobe.stripped.so" "$1" nm \
    "$work/libtable.a=the table library"
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

expect "under the budget: ok, with the archive's table counted under its name" 0 \
  "stripped size: $grouped bytes" "ok:" "the table library" ".rodata" \
  -- measure "$((size + 1))"
expect "at the budget: ok" 0 "ok: 0 bytes under the budget" -- measure "$size"
expect "one byte over the budget: fails, saying by how much" nonzero "FAIL:" "is 1 over the budget" \
  -- measure "$((size - 1))"

summary library-size
