#!/usr/bin/env bash
# Builds the phone library for arm64 as the phones get it, measures it and fails above
# its size budget: `signalenkaart-ffi` without test exports, OpenSSL compiled from
# source (as on Android), the release profile, for aarch64-unknown-linux-gnu with
# Debian's cross toolchain (the closest build to Android's arm64-v8a without an NDK).
# Prints the stripped size (what an APK carries per ABI: the Android build strips its
# libraries) with a table of what takes it, and runs the 16 KB page-alignment check.
#
#   scripts/phone-library.sh   # budget: 6,000,000 bytes stripped
set -euo pipefail
cd "$(dirname "$0")/.."
budget=6000000
target=aarch64-unknown-linux-gnu

scripts/setup.sh gcc-aarch64-linux-gnu libc6-dev-arm64-cross binutils-aarch64-linux-gnu lld
rustup target add "$target" >/dev/null

# Linked by LLVM's lld, as the NDK links Android's: it packs the relative relocations
# (DT_RELR), as the NDK's clang does for the app's minSdk 28 (API 28+), which Debian's
# GNU ld 2.40 does not do for arm64; and 16 KB pages, as the NDK (r27+) lays them out.
# Only the cdylib: the APK carries nothing else.
lld_dir=$(dirname "$(command -v ld.lld)")
target_dir=$(scripts/cargo-target-dir.sh)
built="$target_dir/$target/release"
scripts/openssl-fresh.sh "$target" release
cargo rustc --locked --release -p signalenkaart-ffi --features vendored-openssl \
  --target "$target" --crate-type cdylib -- \
  -C link-arg=-fuse-ld=lld -C "link-arg=-B$lld_dir/" -C link-arg=-Wl,--pack-dyn-relocs=relr \
  -C link-arg=-Wl,-z,max-page-size=16384
out=build/phone-library/arm64
mkdir -p "$out"
aarch64-linux-gnu-strip -o "$out/libsignalenkaart_ffi.so" "$built/libsignalenkaart_ffi.so"

# The C libraries the build compiled, so their symbols are counted under their names.
# shellcheck disable=SC2012 # cargo's build directories: hashed names, no spaces
newest() { ls -t "$@" 2>/dev/null | head -n 1; }
sqlite=$(newest "$built"/build/libsqlite3-sys-*/out/libsqlcipher.a)
openssl=$(newest "$built"/build/openssl-sys-*/out/openssl-build/install/lib/libcrypto.a)
if [ -z "$sqlite" ] || [ -z "$openssl" ]; then
  echo "the C libraries of the build are missing" >&2
  exit 1
fi

status=0
scripts/library-size.py "$built/libsignalenkaart_ffi.so" "$out/libsignalenkaart_ffi.so" \
  "$budget" aarch64-linux-gnu-nm "$sqlite=SQLite (SQLCipher)" "$openssl=OpenSSL (libcrypto)" \
  || status=1
echo "alignment:"
scripts/check-so-alignment.sh "$out/libsignalenkaart_ffi.so" || status=1
exit "$status"
