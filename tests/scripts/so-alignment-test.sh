#!/usr/bin/env bash
# Tests scripts/check-so-alignment.sh on libraries built here: two tiny shared libraries
# linked by gcc with 16 KB and with 4 KB pages, the two in a zip laid out as an APK, a
# hand-made ELF32 (the 32-bit ABIs' format, which gcc here may not produce), and an
# empty directory. Needs gcc and python3. Last line: "so-alignment: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 1
check=scripts/check-so-alignment.sh

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# shellcheck source=tests/scripts/expect.sh
. tests/scripts/expect.sh

echo 'int signalenkaart_probe(void) { return 16; }' >"$work/probe.c"
mkdir -p "$work/aligned" "$work/unaligned" "$work/empty"
if ! gcc -shared -fPIC -Wl,-z,max-page-size=16384 -Wl,-z,common-page-size=16384 \
  -o "$work/aligned/lib16k.so" "$work/probe.c" ||
  ! gcc -shared -fPIC -Wl,-z,max-page-size=4096 -Wl,-z,common-page-size=4096 \
    -o "$work/unaligned/lib4k.so" "$work/probe.c"; then
  echo "so-alignment: 0 passed, 1 failed (gcc could not build the test libraries)"
  exit 1
fi

# An APK-like zip with both, an AAR-like one with the aligned library only, and two
# minimal ELF32 little-endian libraries (header + one PT_LOAD) aligned to 16 KB / 4 KB.
python3 - "$work" <<'PY'
import struct, sys, zipfile
work = sys.argv[1]
with zipfile.ZipFile(f"{work}/app.apk", "w") as z:
    z.write(f"{work}/aligned/lib16k.so", "lib/arm64-v8a/lib16k.so")
    z.write(f"{work}/unaligned/lib4k.so", "lib/x86_64/lib4k.so")
    z.writestr("classes.dex", b"dex\n")
with zipfile.ZipFile(f"{work}/core.aar", "w") as z:
    z.write(f"{work}/aligned/lib16k.so", "jni/arm64-v8a/lib16k.so")

def elf32(align):
    ident = b"\x7fELF" + bytes([1, 1, 1]) + bytes(9)  # ELFCLASS32, little-endian
    header = ident + struct.pack("<HHIIIIIHHHHHH", 3, 40, 1, 0, 52, 0, 0, 52, 32, 1, 0, 0, 0)
    load = struct.pack("<IIIIIIII", 1, 0, 0, 0, 84, 84, 5, align)
    return header + load

for name, align in (("elf32-16k", 0x4000), ("elf32-4k", 0x1000)):
    with open(f"{work}/{name}.so", "wb") as f:
        f.write(elf32(align))
PY

expect "16 KB-aligned library passes" 0 "ok 16384" "lib16k.so" -- "$check" "$work/aligned"
expect "4 KB-aligned library fails and is named" nonzero "FAIL 4096" "lib4k.so" -- "$check" "$work/unaligned"
expect "zip: each entry checked, the 4 KB one fails" nonzero \
  "ok 16384 $work/app.apk!lib/arm64-v8a/lib16k.so" "FAIL 4096 $work/app.apk!lib/x86_64/lib4k.so" \
  -- "$check" "$work/app.apk"
expect "zip with aligned libraries only passes" 0 "ok 16384 $work/core.aar!jni/arm64-v8a/lib16k.so" \
  -- "$check" "$work/core.aar"
expect "one failing path among several fails the run" nonzero "ok 16384" "FAIL 4096" \
  -- "$check" "$work/aligned" "$work/unaligned"
expect "ELF32 aligned to 16 KB passes" 0 "ok 16384 $work/elf32-16k.so" -- "$check" "$work/elf32-16k.so"
expect "ELF32 aligned to 4 KB fails" nonzero "FAIL 4096 $work/elf32-4k.so" -- "$check" "$work/elf32-4k.so"
expect "empty directory fails" nonzero "no .so found" -- "$check" "$work/empty"
expect "missing path fails" nonzero "no such file" -- "$check" "$work/does-not-exist"

summary so-alignment
