#!/usr/bin/env bash
# Every screen of a home visit as PNG, headless: nl and en, light and dark, normal and
# discreet, a few at 1.5x font size, and every screen at 2x (Android's largest font
# scale) on a small phone, into
#   build/screenshots/<screen>-<lang>-<light|dark>[-discreet|-font150|-font200].png
# and index.html, one row per variant. Phone-sized frames (412x915 dp at 2x; 360x800 dp
# for -font200), a fixed clock, fresh vaults: reproducible.
# SKIP_BINDINGS=1 reuses build/bindings and the cdylib from an earlier run.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh build-essential pkg-config libssl-dev \
  openjdk-17-jdk-headless maven libgl1 libfontconfig1 fonts-dejavu-core
[ "${SKIP_BINDINGS:-0}" = 1 ] || scripts/generate-bindings.sh >/dev/null
mvn -B -q -Dstyle.color=never -f android/desktop/pom.xml -Dkotlin.compiler.daemon=false \
  -Dcore.lib.dir="$(scripts/cargo-target-dir.sh)/debug" compile exec:java@screenshots
echo "open build/screenshots/index.html to see them all"
