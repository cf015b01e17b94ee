#!/usr/bin/env bash
# Runs the app: the real Android screens in a desktop window, over a vault in
# build/preview-data with the software key wrapper (NOT FOR PHONES). Installs what it
# needs on Debian/Ubuntu. Without $DISPLAY the window opens on a virtual X display
# (Xvfb): the script says which one and how to capture it, and the app says when the
# window is open.
#   scripts/run-desktop.sh                      # Dutch, the system's light/dark
#   scripts/run-desktop.sh -Dsignalenkaart.lang=en -Dsignalenkaart.dark=true
#   scripts/run-desktop.sh -Dsignalenkaart.data=/some/folder
# Escape is the back gesture (where the screen has a back button); on the PIN screen
# the keyboard's digits, Backspace and Enter press the pad's keys. Minimising the
# window locks (as going to the background). Dial and share effects are printed and
# shown in a dialog.
# The Rust core is built only when its sources changed since the last build, the
# screens are compiled only when theirs did (FORCE_BUILD=1 does both anyway).
set -euo pipefail
cd "$(dirname "$0")/.."

step() { echo "== $*"; }
# Plain text only: no colour codes from cargo, Maven or its plugins.
export CARGO_TERM_COLOR=never NO_COLOR=1
plain() { sed -u 's/\x1b\[[0-9;]*[A-Za-z]//g'; }
# Whether anything under the given paths is newer than $stamp (or $stamp is missing).
changed_since() { # stamp path...
  local stamp=$1
  shift
  [ -e "$stamp" ] || return 0
  [ -n "$(find "$@" -newer "$stamp" -type f -print -quit 2>/dev/null)" ]
}

packages=(build-essential pkg-config libssl-dev
  openjdk-17-jdk-headless maven libgl1 libfontconfig1 fonts-dejavu-core)
[ -n "${DISPLAY:-}" ] || packages+=(openjdk-17-jre xvfb xauth x11-apps)
step "Checking the system packages (installs what is missing)"
scripts/setup.sh "${packages[@]}"
target_dir=$(scripts/cargo-target-dir.sh)
force=${FORCE_BUILD:-0}

# The bindings and the library the window loads, as generate-bindings.sh leaves them.
bindings=build/bindings/kotlin-jvm/nl/signalenkaart/core/signalenkaart.kt
rust_sources=(core bindings Cargo.toml Cargo.lock scripts/generate-bindings.sh)
if [ "${SKIP_BINDINGS:-0}" = 1 ]; then
  :
elif [ "$force" = 1 ] || [ ! -f "$target_dir/debug/libsignalenkaart_ffi.so" ] \
  || changed_since "$bindings" "${rust_sources[@]}"; then
  [ -f "$target_dir/debug/libsignalenkaart_ffi.so" ] \
    || step "First run: building the Rust core with SQLCipher takes a few minutes on a laptop"
  step "Building the Rust core and generating the Kotlin bindings (cargo)"
  # cargo's own progress goes to the terminal; the list of generated files does not.
  scripts/generate-bindings.sh 2>&1 >/dev/null | plain
else
  step "The Rust core and its bindings are up to date (no cargo build)"
fi

maven=(mvn -B -q -Dstyle.color=never -f android/desktop/pom.xml
  -Dkotlin.compiler.daemon=false -Dcore.lib.dir="$target_dir/debug")
classes=android/desktop/target/classes
stamp=$classes/.compiled
if [ "$force" = 1 ] || changed_since "$stamp" android/shared-ui/src android/desktop/src/main \
  android/desktop/pom.xml build/bindings/kotlin-jvm; then
  [ -d "$classes" ] \
    || step "First run: Maven downloads Kotlin and Compose from Maven Central, then compiles the screens"
  step "Compiling the screens (Maven, Kotlin)"
  rm -f "$stamp"
  "${maven[@]}" compile 2>&1 | plain
  [ "${PIPESTATUS[0]}" -eq 0 ] || exit 1
  touch "$stamp"
else
  step "The screens are compiled and up to date (no Kotlin build)"
fi

run=("${maven[@]}" exec:java "$@")
if [ -n "${DISPLAY:-}" ]; then
  step "Opening the window on display $DISPLAY"
  "${run[@]}" 2>&1 | plain
  exit "${PIPESTATUS[0]}"
fi

# No display: a virtual one, on the first free number from 99, its key in build/xvfb.
display=99
while [ -e "/tmp/.X$display-lock" ] || [ -e "/tmp/.X11-unix/X$display" ]; do display=$((display + 1)); done
mkdir -p build/xvfb
auth=$(pwd)/build/xvfb/Xauthority
step "No DISPLAY: the window opens on the virtual display :$display (Xvfb, 1024x1000, software rendering)."
echo "   To see it once it is open, capture the display from another terminal:"
echo "     XAUTHORITY=$auth xwd -root -silent -display :$display > window.xwd"
echo "   and convert it to PNG with ImageMagick: convert window.xwd window.png"
echo "   (or: XAUTHORITY=$auth import -display :$display -window root window.png)."
echo "   Stop with Ctrl+C."
xvfb-run -n "$display" -f "$auth" -s "-screen 0 1024x1000x24 -nolisten tcp" \
  "${run[@]}" -Dskiko.renderApi=SOFTWARE 2>&1 | plain
exit "${PIPESTATUS[0]}"
