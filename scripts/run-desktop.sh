#!/usr/bin/env bash
# Runs the app: the real Android screens in a desktop window, over a vault in
# build/preview-data with the software key wrapper (NOT FOR PHONES). Installs what it
# needs on Debian/Ubuntu. Without $DISPLAY the window opens in a virtual X server
# (Xvfb): the app runs, but only screen capture can show it.
#   scripts/run-desktop.sh                      # Dutch, the system's light/dark
#   scripts/run-desktop.sh -Dsignalenkaart.lang=en -Dsignalenkaart.dark=true
#   scripts/run-desktop.sh -Dsignalenkaart.data=/some/folder
# Escape is the back gesture; minimising the window locks (as going to the background).
# Dial and share effects are printed and shown in a dialog.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { echo "== $*"; }

packages=(build-essential pkg-config libssl-dev
  openjdk-17-jdk-headless maven libgl1 libfontconfig1 fonts-dejavu-core)
[ -n "${DISPLAY:-}" ] || packages+=(openjdk-17-jre xvfb xauth)
step "Checking the system packages (installs what is missing)"
scripts/setup.sh "${packages[@]}"
target_dir=$(scripts/cargo-target-dir.sh)
if [ "${SKIP_BINDINGS:-0}" != 1 ]; then
  [ -f "$target_dir/debug/libsignalenkaart_ffi.so" ] \
    || step "First run: building the Rust core with SQLCipher takes a few minutes on a laptop"
  step "Building the Rust core and generating the Kotlin bindings (cargo)"
  # cargo's own progress goes to the terminal; the list of generated files does not.
  scripts/generate-bindings.sh >/dev/null
fi
[ -d android/desktop/target/classes ] \
  || step "First run: Maven downloads Kotlin and Compose from Maven Central, then compiles the screens"
step "Compiling the screens (Maven, Kotlin) and opening the window"

run=(mvn -B -Dstyle.color=never -f android/desktop/pom.xml
  -Dkotlin.compiler.daemon=false -Dcore.lib.dir="$target_dir/debug" compile exec:java "$@")
if [ -n "${DISPLAY:-}" ]; then
  exec "${run[@]}"
else
  echo "No DISPLAY: running in Xvfb (software rendering)."
  exec xvfb-run -a -s "-screen 0 1024x1000x24" "${run[@]}" -Dskiko.renderApi=SOFTWARE
fi
