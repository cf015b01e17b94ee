#!/usr/bin/env bash
# Generates the Kotlin (plain JVM and Android) and Swift bindings in library mode from
# the debug cdylib, into build/bindings/{kotlin-jvm,kotlin-android,swift}.
# Generated code is not committed: this script is the source of truth.
set -euo pipefail
cd "$(dirname "$0")/.."

# Two cargo invocations on purpose: built together, the bindgen's `cli` feature would be
# unified into the library.
cargo build --locked -p signalenkaart-ffi
cargo build --locked -p signalenkaart-uniffi-bindgen

target_dir=$(cargo metadata --format-version 1 --no-deps | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')
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
generate kotlin-jvm kotlin
generate kotlin-android kotlin --config bindings/uniffi-android.toml
generate swift swift

find "$out" -type f | sort
