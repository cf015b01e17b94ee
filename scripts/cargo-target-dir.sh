#!/usr/bin/env bash
# Prints cargo's target directory as cargo itself resolves it (CARGO_TARGET_DIR,
# .cargo/config.toml, or target/): every script takes the library from there.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo metadata --format-version 1 --no-deps --locked \
  | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p'
