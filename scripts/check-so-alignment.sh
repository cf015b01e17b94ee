#!/usr/bin/env bash
# Checks that every native library of the Android build is 16 KB-aligned: each ELF
# PT_LOAD segment of each .so has p_align >= 16384, as devices with 16 KB pages (and
# Google Play for Android 15+) require. One line per library:
#   ok 16384 android/core/build/rust/jniLibs/arm64-v8a/libsignalenkaart_ffi.so
#   FAIL 4096 app-release.apk!lib/x86_64/libjnidispatch.so
# (the number is the smallest PT_LOAD alignment). Exits non-zero if any library fails
# or none is found.
#
#   scripts/check-so-alignment.sh [PATH...]
#
# A PATH is a directory (searched for *.so), a .so, or a zip (APK, AAR, JAR: its *.so
# entries, lib/<abi>/ in an APK, jni/<abi>/ in an AAR). Without PATHs: the Gradle
# outputs that exist, android/core/build/rust/jniLibs and
# android/app/build/outputs/apk/*/*.apk. Reads the ELF program headers itself (ELF32
# and ELF64), so it needs python3 only: no NDK, no readelf.
set -euo pipefail

if [ "$#" -eq 0 ]; then
  root=$(cd "$(dirname "$0")/.." && pwd)
  shopt -s nullglob
  for p in "$root/android/core/build/rust/jniLibs" "$root"/android/app/build/outputs/apk/*/*.apk; do
    [ -e "$p" ] && set -- "$@" "$p"
  done
  shopt -u nullglob
fi

exec python3 - "$@" <<'PY'
import os
import struct
import sys
import zipfile

MIN_ALIGN = 16384
PT_LOAD = 1
PN_XNUM = 0xFFFF


def load_alignments(data):
    """The p_align of every PT_LOAD segment, or a string saying why there are none."""
    if data[:4] != b"\x7fELF" or len(data) < 52:
        return "not an ELF file"
    cls, enc = data[4], data[5]
    if cls not in (1, 2) or enc not in (1, 2):
        return "unknown ELF class or data encoding"
    e = "<" if enc == 1 else ">"
    try:
        if cls == 2:  # ELF64
            (phoff,) = struct.unpack_from(e + "Q", data, 32)
            (shoff,) = struct.unpack_from(e + "Q", data, 40)
            phentsize, phnum = struct.unpack_from(e + "HH", data, 54)
            ph_fmt, align_at, sh_info_at = e + "I", 48, 44
            align_fmt = e + "Q"
        else:  # ELF32
            (phoff,) = struct.unpack_from(e + "I", data, 28)
            (shoff,) = struct.unpack_from(e + "I", data, 32)
            phentsize, phnum = struct.unpack_from(e + "HH", data, 42)
            ph_fmt, align_at, sh_info_at = e + "I", 28, 28
            align_fmt = e + "I"
        if phnum == PN_XNUM:  # the real count is in section header 0's sh_info
            (phnum,) = struct.unpack_from(e + "I", data, shoff + sh_info_at)
        aligns = []
        for i in range(phnum):
            at = phoff + i * phentsize
            (p_type,) = struct.unpack_from(ph_fmt, data, at)
            if p_type == PT_LOAD:
                (p_align,) = struct.unpack_from(align_fmt, data, at + align_at)
                aligns.append(p_align)
    except struct.error:
        return "truncated ELF program headers"
    return aligns or "no PT_LOAD segment"


def libraries(path):
    """(label, bytes) of each .so under a directory, in a zip, or the file itself."""
    if os.path.isdir(path):
        for dirpath, dirnames, filenames in os.walk(path):
            dirnames.sort()
            for name in sorted(filenames):
                if name.endswith(".so"):
                    full = os.path.join(dirpath, name)
                    with open(full, "rb") as f:
                        yield full, f.read()
    elif zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as z:
            for info in sorted(z.infolist(), key=lambda i: i.filename):
                if info.filename.endswith(".so") and not info.is_dir():
                    yield path + "!" + info.filename, z.read(info)
    elif os.path.isfile(path):
        with open(path, "rb") as f:
            yield path, f.read()
    else:
        raise FileNotFoundError(path)


def main(paths):
    if not paths:
        print("no paths given and no Gradle outputs found (android/core/build/rust/jniLibs, "
              "android/app/build/outputs/apk/*/*.apk): build the app first", file=sys.stderr)
        return 1
    checked = failed = 0
    for path in paths:
        try:
            for label, data in libraries(path):
                checked += 1
                aligns = load_alignments(data)
                if isinstance(aligns, str):
                    failed += 1
                    print(f"FAIL - {label} ({aligns})")
                elif min(aligns) < MIN_ALIGN:
                    failed += 1
                    print(f"FAIL {min(aligns)} {label}")
                else:
                    print(f"ok {min(aligns)} {label}")
        except FileNotFoundError:
            failed += 1
            print(f"FAIL - {path} (no such file or directory)")
    if checked == 0:
        print("no .so found in: " + ", ".join(paths), file=sys.stderr)
        return 1
    if failed:
        print(f"{failed} of {checked} libraries not 16 KB-aligned (PT_LOAD p_align < {MIN_ALIGN})",
              file=sys.stderr)
        return 1
    return 0


sys.exit(main(sys.argv[1:]))
PY
