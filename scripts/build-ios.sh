#!/usr/bin/env bash
# Builds the Rust core for iOS and lays out what the Swift package in ios/ needs:
#
#   ios/Frameworks/SignalenkaartFFI.xcframework   static library (device; simulator arm64
#                                                 + x86_64) with the C header and module map
#   ios/Sources/SignalenkaartCore/*.swift         uniffi's generated Swift bindings
#
# Needs macOS with Xcode (xcodebuild, lipo, the iOS SDKs) and rustup. Neither output is
# committed: both are regenerated from the same Rust source so they cannot disagree.
set -euo pipefail

if [ "$(uname -s)" != "Darwin" ]; then
  echo "build-ios.sh: this builds for iOS and needs macOS with Xcode; this is $(uname -s)." >&2
  echo "On other machines, scripts/generate-bindings.sh produces the Swift bindings alone." >&2
  exit 1
fi
for tool in cargo rustup xcodebuild lipo xcrun; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "build-ios.sh: '$tool' is missing (install Xcode and rustup first)." >&2
    exit 1
  fi
done

cd "$(dirname "$0")/.."
root=$(pwd)
crate=signalenkaart-ffi
lib=libsignalenkaart_ffi.a
device=aarch64-apple-ios
simulators=(aarch64-apple-ios-sim x86_64-apple-ios)
framework="$root/ios/Frameworks/SignalenkaartFFI.xcframework"
swift_sources="$root/ios/Sources/SignalenkaartCore"
bindings="$root/build/bindings/swift"
work="$root/build/ios"

# Match the Swift package's platform, so the linker does not warn about objects built
# for a newer iOS than the app.
export IPHONEOS_DEPLOYMENT_TARGET=17.0
# SQLCipher must use CommonCrypto on Apple targets. libsqlite3-sys links OpenSSL's
# libcrypto instead as soon as OPENSSL_DIR, or OPENSSL_LIB_DIR with OPENSSL_INCLUDE_DIR,
# is set, also target-prefixed (AARCH64_APPLE_IOS_OPENSSL_DIR): common on Macs with
# Homebrew, and it would put a macOS libcrypto into an iOS library.
for variable in $(env | sed -n 's/^\([A-Z0-9_]*OPENSSL_[A-Z_]*\)=.*/\1/p'); do
  unset "$variable"
done

echo "==> Rust targets"
rustup target add "$device" "${simulators[@]}"

echo "==> Static libraries (release)"
# SQLCipher is built from source (bundled-sqlcipher) and uses CommonCrypto on Apple
# targets, so no OpenSSL is needed here.
for target in "$device" "${simulators[@]}"; do
  cargo build --locked -p "$crate" --release --target "$target"
done
target_dir=$(scripts/cargo-target-dir.sh)
for target in "$device" "${simulators[@]}"; do
  if [ ! -f "$target_dir/$target/release/$lib" ]; then
    echo "build-ios.sh: $target_dir/$target/release/$lib is missing;" \
      "the crate must list \"staticlib\" in its crate-type." >&2
    exit 1
  fi
done

echo "==> Swift bindings (library mode)"
scripts/generate-bindings.sh >/dev/null
shopt -s nullglob
generated_swift=("$bindings"/*.swift)
headers=("$bindings"/*.h)
modulemaps=("$bindings"/*.modulemap)
if [ "${#generated_swift[@]}" -eq 0 ] || [ "${#headers[@]}" -eq 0 ] || [ "${#modulemaps[@]}" -ne 1 ]; then
  echo "build-ios.sh: expected Swift, a header and one module map in $bindings." >&2
  exit 1
fi
# The C module's name is whatever the generated Swift imports (`SignalenkaartCoreFFI`
# with module_name = "SignalenkaartCore"); read it from the module map, never assume it.
ffi_module=$(sed -n 's/^ *\(framework \)\{0,1\}module \([A-Za-z0-9_]*\).*/\2/p' "${modulemaps[0]}" | head -n 1)
if [ -z "$ffi_module" ]; then
  echo "build-ios.sh: no module name in ${modulemaps[0]}." >&2
  exit 1
fi

echo "==> XCFramework ($ffi_module)"
rm -rf "$work"
# Headers in a folder named after the module: clang finds <dir>/<Module>/module.modulemap,
# and the module map cannot collide with another XCFramework's in the app's include path.
include="$work/include/$ffi_module"
mkdir -p "$include" "$work/simulator"
cp "${headers[@]}" "$include/"
# A static library's module map is a plain `module`, never a `framework module`.
sed 's/^ *framework module /module /' "${modulemaps[0]}" >"$include/module.modulemap"
lipo -create \
  "$target_dir/${simulators[0]}/release/$lib" \
  "$target_dir/${simulators[1]}/release/$lib" \
  -output "$work/simulator/$lib"
rm -rf "$framework"
mkdir -p "$(dirname "$framework")"
xcodebuild -create-xcframework \
  -library "$target_dir/$device/release/$lib" -headers "$work/include" \
  -library "$work/simulator/$lib" -headers "$work/include" \
  -output "$framework"

echo "==> Generated Swift into ios/Sources/SignalenkaartCore"
find "$swift_sources" -maxdepth 1 -name '*.swift' -delete
cp "${generated_swift[@]}" "$swift_sources/"

echo "Done. Open ios/Package.swift in Xcode, or generate the app project:"
echo "  (cd ios/App && xcodegen generate && open Signalenkaart.xcodeproj)"
