#!/usr/bin/env bash
# Type-checks the Apple-only Swift (ios/Sources/SignalenkaartUI, ios/App) on Linux
# against the declaration-only stubs in ios/TypeCheck/AppleStubs (see ios/README.md).
# scripts/test-swift.sh runs it inside its Swift chroot after `swift test`, from a
# directory holding a copy of ios/; any compiler error fails it. Then it checks itself:
# a view that reads a field the view model does not have must fail.
#
# usage: ios/TypeCheck/typecheck.sh BUILT_MODULES FFI_MODULE_DIR WORK
#   BUILT_MODULES   SwiftPM's Modules/ with SignalenkaartCore and SignalenkaartStore
#   FFI_MODULE_DIR  the directory with the C module map of SignalenkaartCoreFFI
#   WORK            a scratch directory; the compiled stubs are kept there between runs
set -euo pipefail
[ $# -eq 3 ] || { sed -n '2,12p' "$0" >&2; exit 2; }
built=$1 ffi=$2 work=$3
stubs=ios/TypeCheck/AppleStubs ui=ios/Sources/SignalenkaartUI app=ios/App
for dir in "$stubs" "$ui" "$app"; do
  [ -d "$dir" ] || { echo "typecheck.sh: no $dir; run it from the directory that holds ios/" >&2; exit 2; }
done

# The same language mode as Package.swift; each module sees the stubs and the built ones.
swiftc_flags=(-swift-version 6 -parse-as-library
  -I "$work/modules" -I "$built" -I "$ffi" -Xcc "-fmodule-map-file=$ffi/module.modulemap"
  -module-cache-path "$work/module-cache")

swift_files() { # directory
  find "$1" -name '*.swift' -print0 | sort -z
}

# The stubs as modules named like Apple's (UIKit first: SwiftUI imports it). Rebuilt
# only when a stub or the compiler changed.
stamp=$( { swiftc --version 2>&1; cat "$stubs"/*.swift; } | sha256sum | cut -d' ' -f1)
if [ "$(cat "$work/modules/.stamp" 2>/dev/null)" != "$stamp" ]; then
  rm -rf "$work/modules"
  mkdir -p "$work/modules"
  for module in UIKit Security LocalAuthentication CryptoKit SwiftUI; do
    swiftc -emit-module -module-name "$module" -o "$work/modules/$module.swiftmodule" \
      "${swiftc_flags[@]}" "$stubs/$module.swift"
  done
  echo "$stamp" >"$work/modules/.stamp"
fi

# SignalenkaartUI as a module, for the app to import (emitting it type-checks the bodies).
swift_files "$ui" | xargs -0 swiftc -wmo -emit-module -module-name SignalenkaartUI \
  -o "$work/modules/SignalenkaartUI.swiftmodule" "${swiftc_flags[@]}" ||
  { echo "typecheck.sh: $ui does not type-check against the stubs" >&2; exit 1; }

# The app. Linux has no Objective-C runtime: in a copy, `#selector(m)` becomes
# `Selector(m)` (the stub's `Selector` takes the method itself, so its name is still
# checked) and `@objc` goes; errors still name the file in ios/App.
rm -rf "$work/app"
mkdir -p "$work/app"
while IFS= read -r -d '' file; do
  {
    printf '#sourceLocation(file: "%s", line: 1)\n' "$file"
    sed -e 's/#selector(/Selector(/g' -e 's/@objc //g' "$file"
  } >"$work/app/$(basename "$file")"
done < <(swift_files "$app")
swift_files "$work/app" | xargs -0 swiftc -wmo -typecheck -module-name Signalenkaart "${swiftc_flags[@]}" ||
  { echo "typecheck.sh: $app does not type-check against the stubs" >&2; exit 1; }

# The check checks: the bar's title read under a wrong name must fail to compile.
broken="$work/broken/$ui"
rm -rf "$work/broken"
mkdir -p "$(dirname "$broken")"
cp -r "$ui" "$broken"
sed -i 's/Text(view\.title)/Text(view.titel)/' "$broken/Chrome/TopBar.swift"
if ! grep -q 'Text(view\.titel)' "$broken/Chrome/TopBar.swift"; then
  echo "typecheck.sh: the self-test found no Text(view.title) in TopBar.swift to break" >&2
  exit 1
fi
if out=$(swift_files "$broken" | xargs -0 swiftc -wmo -typecheck -module-name SignalenkaartUI \
  "${swiftc_flags[@]}" 2>&1); then
  echo "typecheck.sh: a view reading view.titel type-checked; the stubs check nothing" >&2
  exit 1
fi
if ! grep -q "value of type 'ViewModel' has no member 'titel'" <<<"$out"; then
  echo "typecheck.sh: the broken view failed, but not for its wrong name:" >&2
  echo "$out" >&2
  exit 1
fi
echo "typecheck.sh: SignalenkaartUI and App type-check against the stubs; a wrong field name fails (self-test)"
