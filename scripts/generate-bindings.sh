#!/usr/bin/env bash
# Generates the Kotlin (plain JVM and Android) and Swift bindings in library mode from
# the debug cdylib, into build/bindings/{kotlin-jvm,kotlin-android,swift,swift-tests}.
# Generated code is not committed: this script is the source of truth.
#
# Two flavours of the library: the phone one (kotlin-android, swift) without the test
# exports, as cargo-ndk and build-ios.sh build it; then the one for the JVM and Swift
# tests and the desktop preview, with `insecure-test-exports` (the software key wrapper,
# the clock constructor). The second is left in target/debug for them to load.
set -euo pipefail
cd "$(dirname "$0")/.."

# Two cargo invocations on purpose: built together, the bindgen's `cli` feature would be
# unified into the library.
cargo build --locked -p signalenkaart-uniffi-bindgen
cargo build --locked -p signalenkaart-ffi

target_dir=$(scripts/cargo-target-dir.sh)
case "$(uname -s)" in
  Darwin) lib="$target_dir/debug/libsignalenkaart_ffi.dylib" ;;
  *) lib="$target_dir/debug/libsignalenkaart_ffi.so" ;;
esac
bindgen="$target_dir/debug/signalenkaart-uniffi-bindgen"
out=build/bindings

# core/uniffi.toml (package, Swift module) is found through cargo metadata;
# --config layers a global config over it.
generate() { # out-dir language [bindgen options]
  local dir=$1 language=$2
  shift 2
  rm -rf "${out:?}/$dir"
  "$bindgen" generate --library "$lib" --language "$language" --out-dir "$out/$dir" --no-format "$@"
}
generate kotlin-android kotlin --config bindings/uniffi-android.toml
generate swift swift
if grep -rq "insecure_software_key_wrapper\|insecureSoftwareKeyWrapper\|withClock" "$out/kotlin-android" "$out/swift"; then
  echo "test-only exports leaked into the phone bindings" >&2
  exit 1
fi
cargo build --locked -p signalenkaart-ffi --features insecure-test-exports
generate kotlin-jvm kotlin
generate swift-tests swift
# A call on a closed Core throws CoreException.Closed, not IllegalStateException.
scripts/closed-core-error.py "$out"/kotlin-*/nl/signalenkaart/core/signalenkaart.kt

find "$out" -type f | sort
