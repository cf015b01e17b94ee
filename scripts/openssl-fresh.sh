#!/usr/bin/env bash
# Makes sure the next build of TARGET's PROFILE configures its vendored OpenSSL with
# scripts/openssl-configure.sh: openssl-src does not notice that script, so an OpenSSL
# built without it (before it existed) is removed here and built again by cargo.
#
#   scripts/openssl-fresh.sh TARGET PROFILE   # e.g. aarch64-unknown-linux-gnu release
set -euo pipefail
cd "$(dirname "$0")/.."
target=$1 profile=$2
dir="$(scripts/cargo-target-dir.sh)/$target/$([ "$profile" = dev ] && echo debug || echo "$profile")"
shopt -s nullglob
for config in "$dir"/build/openssl-sys-*/out/openssl-build/install/include/openssl/configuration.h; do
  if ! grep -q '^# *define OPENSSL_NO_EC$' "$config"; then
    echo "== an OpenSSL configured without scripts/openssl-configure.sh: it is built again"
    cargo clean --locked --profile "$profile" -p openssl-sys --target "$target"
    break
  fi
done
