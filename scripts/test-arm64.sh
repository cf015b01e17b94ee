#!/usr/bin/env bash
# The core's tests as arm64 binaries under emulation: built for aarch64-unknown-linux-gnu
# (the closest target to Android's arm64-v8a this machine can build; no NDK here) with
# OpenSSL compiled from source as on Android, and run by qemu-aarch64. The subset covers
# what differs by CPU: the vault (Argon2id, the header MAC, the key wraps, SQLCipher's
# AES pages with their HMAC-SHA256, the WAL check), and the app's home visit through the
# whole core. Last line: "arm64 tests: N passed, F failed under qemu-aarch64 in S s"
# (the time of running them; the build before it prints its own).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh gcc-aarch64-linux-gnu libc6-dev-arm64-cross qemu-user
rustup target add aarch64-unknown-linux-gnu >/dev/null
# The linker is set in .cargo/config.toml; qemu finds the arm64 loader and libc in
# Debian's cross sysroot.
export CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_RUNNER=qemu-aarch64
export QEMU_LD_PREFIX=/usr/aarch64-linux-gnu

# The library's own unit tests (header MAC, WAL check, key wraps, page format, rules)
# and these integration suites. Left out: the crash and fault matrices, which start the
# test binary again as a child process (an arm64 program the host kernel cannot exec
# without binfmt_misc, which a fresh machine does not have), and the memory scan, which
# reads the process's own memory (under emulation, qemu's).
suites=(vault_lifecycle vault_integrity vault_files vault_casework vault_biometric
  app_home_visit)
args=(--lib)
for suite in "${suites[@]}"; do args+=(--test "$suite"); done

echo "== build (arm64, OpenSSL from source)"
built_at=$SECONDS
scripts/openssl-fresh.sh aarch64-unknown-linux-gnu dev
cargo test --locked --no-run -p signalenkaart-core --features testing,vendored-openssl \
  --target aarch64-unknown-linux-gnu "${args[@]}"
echo "built in $((SECONDS - built_at)) s"
echo "== run under qemu-aarch64"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
start=$SECONDS
status=0
cargo test --locked -p signalenkaart-core --features testing,vendored-openssl \
  --target aarch64-unknown-linux-gnu "${args[@]}" 2>&1 | tee "$log" || status=1
seconds=$((SECONDS - start))
sum() { awk '{ s += $1 } END { print s + 0 }'; }
passed=$(sed -n 's/^test result: .*\. \([0-9]*\) passed.*/\1/p' "$log" | sum)
failed=$(sed -n 's/^test result: .* \([0-9]*\) failed.*/\1/p' "$log" | sum)
# Every binary that ran was an arm64 one: cargo ran it through the runner.
if ! grep -q "aarch64-unknown-linux-gnu/debug/deps" "$log"; then
  echo "no arm64 test binary ran" >&2
  status=1
fi
echo "arm64 tests: $passed passed, $failed failed under qemu-aarch64 in ${seconds} s"
exit "$status"
