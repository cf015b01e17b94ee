#!/usr/bin/env bash
# Type-checks the Apple-only Swift (SignalenkaartUI, App/) on Linux against the
# declaration-only stubs in AppleStubs/ (see README.md). Run by scripts/test-swift.sh
# inside its Swift chroot after `swift build`; exits non-zero on any compiler error.
#
# usage: typecheck.sh STUBS BUILT_MODULES FFI_MODULE_DIR UI_SOURCES APP_SOURCES WORK
#   STUBS           AppleStubs/ (one file per framework, compiled as that module)
#   BUILT_MODULES   SwiftPM's Modules/ with SignalenkaartCore and SignalenkaartStore
#   FFI_MODULE_DIR  the directory with the C module map of SignalenkaartCoreFFI
#   UI_SOURCES      Sources/SignalenkaartUI
#   APP_SOURCES     App/
#   WORK            an empty scratch directory
set -euo pipefail
[ $# -eq 6 ] || { sed -n '2,13p' "$0" >&2; exit 2; }
stubs=$1 built=$2 ffi=$3 ui=$4 app=$5 work=$6

mkdir -p "$work/modules" "$work/app"
# The same language mode as Package.swift; every module may see the others.
common=(-swift-version 6 -parse-as-library -I "$work/modules" -I "$built" -I "$ffi"
  -Xcc -fmodule-map-file="$ffi/module.modulemap" -module-cache-path "$work/module-cache")

stub() { # module-name (the stubs it imports are built before it)
  swiftc -emit-module -module-name "$1" -o "$work/modules/$1.swiftmodule" \
    "${common[@]}" "$stubs/$1.swift"
}
for module in UIKit Security LocalAuthentication CryptoKit SwiftUI; do
  stub "$module"
done

# SignalenkaartUI as a module (the app imports it); -emit-module type-checks the bodies.
find "$ui" -name '*.swift' -print0 | sort -z | xargs -0 \
  swiftc -emit-module -module-name SignalenkaartUI -o "$work/modules/SignalenkaartUI.swiftmodule" \
  "${common[@]}"

# Linux has no Objective-C runtime: `#selector(m)` becomes `Selector(m)` (the stub's
# `Selector` takes the method, so its name is still checked) and `@objc` goes.
while IFS= read -r -d '' file; do
  sed -e 's/#selector(/Selector(/g' -e 's/@objc //g' "$file" >"$work/app/$(basename "$file")"
done < <(find "$app" -name '*.swift' -print0)
find "$work/app" -name '*.swift' -print0 | sort -z | xargs -0 \
  swiftc -typecheck -module-name Signalenkaart "${common[@]}"
