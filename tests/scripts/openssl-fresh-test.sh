#!/usr/bin/env bash
# Tests scripts/openssl-fresh.sh in a target directory of its own: an OpenSSL configured
# without scripts/openssl-configure.sh is removed (so cargo builds it again), one
# configured with it is kept, and no OpenSSL at all is nothing to do. Needs cargo.
# Last line: "openssl-fresh: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 1

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# shellcheck source=tests/scripts/expect.sh
. tests/scripts/expect.sh
export CARGO_TARGET_DIR="$work/target"
target=aarch64-unknown-linux-gnu

# openssl_built PROFILE_DIR LINE: an OpenSSL build whose configuration.h holds LINE.
openssl_built() {
  local dir="$CARGO_TARGET_DIR/$target/$1/build/openssl-sys-0123abcd/out/openssl-build/install/include/openssl"
  mkdir -p "$dir"
  printf '# ifndef OPENSSL_NO_DEPRECATED\n%s\n# endif\n' "$2" >"$dir/configuration.h"
}
# fresh_then THERE|GONE PROFILE_DIR PROFILE: runs the script, then checks the build's fate.
fresh_then() {
  local want=$1 dir="$CARGO_TARGET_DIR/$target/$2/build/openssl-sys-0123abcd"
  scripts/openssl-fresh.sh "$target" "$3" || return 1
  if [ "$want" = THERE ]; then [ -d "$dir" ]; else [ ! -e "$dir" ]; fi
}

openssl_built release "#  define OPENSSL_NO_EC"
expect "configured with the script: kept, nothing said" 0 -- fresh_then THERE release release
out=$(scripts/openssl-fresh.sh "$target" release 2>&1)
expect "configured with the script: the script says nothing" 0 -- test -z "$out"
openssl_built debug "#  define OPENSSL_NO_DEPRECATED"
expect "configured without it: removed and said" 0 "built again" -- fresh_then GONE debug dev
rm -rf "$CARGO_TARGET_DIR"
expect "no OpenSSL built: nothing to do" 0 -- fresh_then GONE debug dev

summary openssl-fresh
