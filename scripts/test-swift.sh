#!/usr/bin/env bash
# Runs the Swift tests of ios/: the binding tests against the real core and the store
# tests with a fake core (`swift test`, XCTest). On Linux it then type-checks the
# Apple-only code (SwiftUI screens, app glue) against declaration-only stubs of Apple's
# frameworks (ios/TypeCheck): names and types, not layout or behaviour.
#
# macOS: with the system Swift, over the host cdylib.
# Linux: this machine kind has no Swift package, but Debian 13 ("trixie") has swiftlang
# 6.0.3. It is installed once into a debootstrap chroot, kept outside the repository
# between runs (SIGNALENKAART_SWIFT_ROOT, default ~/.cache/signalenkaart/swift-trixie);
# the package, the cdylib and the generated Swift are copied in for each run. The
# mirror is the one the machine's apt already uses, read at run time.
# Needs root on Linux (debootstrap, chroot, mount), or sudo.
#
# SKIP_BINDINGS=1 skips scripts/generate-bindings.sh when the caller just ran it.
set -euo pipefail
cd "$(dirname "$0")/.."
root_dir=$(pwd)

if [ "${SKIP_BINDINGS:-0}" != 1 ]; then
  scripts/generate-bindings.sh >/dev/null
fi
target_dir=$(scripts/cargo-target-dir.sh)
work="$root_dir/build/swift-host"

# The package as `swift test` sees it in a host-test build: ios/ with the generated
# bindings (the test-exports flavour: the binding tests bring a Swift clock) and the
# host library where Package.swift expects them. `cp -p` keeps modification times, so
# SwiftPM rebuilds only what changed.
stage_package() { # destination library-file
  local dest=$1 library=$2 bindings=build/bindings/swift-tests
  rm -rf "$dest/Sources" "$dest/Tests" "$dest/Generated" "$dest/Library"
  mkdir -p "$dest/Generated/SignalenkaartCoreFFI" "$dest/Library"
  cp -rp ios/Package.swift ios/Sources ios/Tests "$dest/"
  cp -p "$bindings/SignalenkaartCore.swift" "$dest/Sources/SignalenkaartCore/"
  cp -p "$bindings/SignalenkaartCoreFFI.h" "$dest/Generated/SignalenkaartCoreFFI/"
  cat >"$dest/Generated/SignalenkaartCoreFFI/module.modulemap" <<'MODULEMAP'
module SignalenkaartCoreFFI {
    header "SignalenkaartCoreFFI.h"
    link "signalenkaart_ffi"
    export *
}
MODULEMAP
  cp -p "$library" "$dest/Library/"
}

if [ "$(uname -s)" = Darwin ]; then
  stage_package "$work" "$target_dir/debug/libsignalenkaart_ffi.dylib"
  (cd "$work" && SIGNALENKAART_HOST_TESTS=1 swift test)
  exit 0
fi

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
chroot_dir="${SIGNALENKAART_SWIFT_ROOT:-${XDG_CACHE_HOME:-$HOME/.cache}/signalenkaart/swift-trixie}"
ready_mark="$chroot_dir/.signalenkaart-swift-ready"

# The mirror the machine already uses (deb822 sources first, then the classic list).
apt_mirror() {
  local uri
  uri=$(sed -n 's/^URIs: *\([^ ]*\).*/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null \
    | grep -v security | head -n 1 || true)
  if [ -z "$uri" ] && [ -f /etc/apt/sources.list ]; then
    uri=$(sed -n 's/^deb \(\[[^]]*\] \)\{0,1\}\([^ ]*\) .*/\2/p' /etc/apt/sources.list \
      | grep -v security | head -n 1 || true)
  fi
  [ -n "$uri" ] || { echo "test-swift.sh: no Debian mirror in the machine's apt sources" >&2; return 1; }
  echo "$uri"
}

log="$root_dir/build/swift-setup.log"
mkdir -p "$root_dir/build"
mounted=""
cleanup() {
  if [ -n "$mounted" ]; then
    $sudo umount "$mounted" 2>/dev/null || $sudo umount -l "$mounted" 2>/dev/null || true
  fi
}
trap cleanup EXIT
mount_proc() { # root
  if ! mountpoint -q "$1/proc"; then
    $sudo mount -t proc proc "$1/proc"
    mounted="$1/proc"
  fi
}
# Shows the tail of the set-up log when a step fails.
quietly() {
  "$@" >>"$log" 2>&1 || {
    echo "test-swift.sh: '$*' failed; the end of $log:" >&2
    tail -n 30 "$log" >&2
    return 1
  }
}

$sudo mkdir -p "$(dirname "$chroot_dir")"
# One run at a time per chroot: the package and the build directory inside are shared.
exec 9>"$chroot_dir.lock"
flock 9

if [ ! -f "$ready_mark" ]; then
  echo "== Swift toolchain: first run, installing Debian 13's swiftlang into $chroot_dir"
  echo "   (about 3 minutes and 3.2 GB, once; later runs reuse it; log: $log)"
  : >"$log"
  command -v debootstrap >/dev/null 2>&1 || scripts/setup.sh debootstrap
  mirror=$(apt_mirror)
  partial="$chroot_dir.partial"
  $sudo rm -rf "$partial"
  $sudo mkdir -p "$partial"
  quietly $sudo debootstrap --variant=minbase trixie "$partial" "$mirror"
  $sudo cp /etc/resolv.conf "$partial/etc/resolv.conf"
  mount_proc "$partial"
  # libc6-dev: without it Dispatch's C module does not build.
  quietly $sudo chroot "$partial" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y --no-install-recommends swiftlang libc6-dev
  $sudo umount "$partial/proc"
  mounted=""
  $sudo rm -rf "$chroot_dir"
  $sudo mv "$partial" "$chroot_dir"
  $sudo touch "$ready_mark"
fi

stage_package "$work" "$target_dir/debug/libsignalenkaart_ffi.so"
$sudo rm -rf "$chroot_dir/pkg"
$sudo cp -rp "$work" "$chroot_dir/pkg"
mount_proc "$chroot_dir"
echo "== swift test ($($sudo chroot "$chroot_dir" swift --version 2>/dev/null | head -n 1))"
# The build directory stays in the chroot between runs (incremental builds).
$sudo chroot "$chroot_dir" env HOME=/root bash -c 'cd /pkg && swift test --scratch-path /swift-build 2>&1'

# SwiftUI, UIKit, Security, LocalAuthentication and CryptoKit are Apple's only: the
# screens and the app glue are type-checked against stubs of them, over the modules
# `swift test` just built. The stubs' compiled modules stay in the chroot between runs.
echo "== type-check of the Apple-only Swift (SignalenkaartUI, App) against ios/TypeCheck's stubs"
$sudo rm -rf "$chroot_dir/apple-only"
$sudo mkdir -p "$chroot_dir/apple-only/ios/Sources"
$sudo cp -rp ios/TypeCheck ios/App "$chroot_dir/apple-only/ios/"
$sudo cp -rp ios/Sources/SignalenkaartUI "$chroot_dir/apple-only/ios/Sources/"
# shellcheck disable=SC2016 # expanded inside the chroot
$sudo chroot "$chroot_dir" env HOME=/root bash -c '
  set -euo pipefail
  bin=$(cd /pkg && swift build --scratch-path /swift-build --show-bin-path)
  modules=$bin/Modules
  [ -d "$modules" ] || modules=$bin # older SwiftPM kept them beside the products
  cd /apple-only
  ios/TypeCheck/typecheck.sh "$modules" /pkg/Generated/SignalenkaartCoreFFI /typecheck-work 2>&1'
