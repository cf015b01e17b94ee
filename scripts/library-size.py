#!/usr/bin/env python3
"""What takes the space in a built library: its stripped size, its sections, and its
symbols summed by the component they come from (SQLite, OpenSSL, each Rust crate family).

    scripts/library-size.py UNSTRIPPED STRIPPED BUDGET_BYTES NM [ARCHIVE=COMPONENT ...]

NM is the binutils nm for the library's architecture. Each ARCHIVE (a static C library the
build compiled, e.g. SQLCipher's and OpenSSL's) names the component its symbols are
counted under; Rust symbols are counted by crate. Exits 1 when the stripped library is
larger than BUDGET_BYTES, saying by how much.
"""

import os
import re
import subprocess
import sys

# Rust crates counted together, by what they are in this app.
FAMILIES = {
    "regex": ["regex", "regex_automata", "regex_syntax", "aho_corasick", "regex_cache", "memchr"],
    "phone numbers": ["phonenumber", "nom", "postcard", "quick_xml", "strum", "either"],
    "Fluent (interface strings)": [
        "fluent_bundle", "fluent_syntax", "fluent_langneg", "intl_memoizer",
        "intl_pluralrules", "unic_langid", "unic_langid_impl", "tinystr", "type_map",
        "self_cell", "smallvec",
    ],
    "Rust std": ["std", "core", "alloc", "hashbrown", "std_detect", "rustc_demangle",
                 "addr2line", "gimli", "miniz_oxide", "object", "adler2", "panic_unwind"],
    "signalenkaart core": ["signalenkaart_core", "signalenkaart_ffi"],
    "uniffi": ["uniffi_core", "uniffi", "anyhow", "bytes", "static_assertions"],
    "serde, JSON": ["serde", "serde_json", "serde_core", "itoa", "ryu", "zmij"],
    "SQLite binding (rusqlite)": ["rusqlite", "hashlink", "libsqlite3_sys", "fallible_iterator",
                                  "fallible_streaming_iterator"],
    "RustCrypto (Argon2id, ChaCha20-Poly1305, BLAKE2b)": [
        "argon2", "blake2", "chacha20", "chacha20poly1305", "poly1305", "aead", "cipher",
        "digest", "universal_hash", "base64ct", "password_hash", "inout", "crypto_common",
        "block_buffer", "hybrid_array", "cpufeatures", "zeroize", "ctutils", "cmov",
        "subtle", "opaque_debug"],
    "chrono, uuid, getrandom, rustix": ["chrono", "uuid", "getrandom", "rustix", "libc",
                                        "linux_raw_sys", "iana_time_zone", "num_traits"],
}
CRATE_FAMILY = {crate: family for family, crates in FAMILIES.items() for crate in crates}
DEFINED = set("tTrRdDbBvVwW")


def run(*args):
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def run_input(command, text):
    return subprocess.run([command], input=text, check=True, capture_output=True,
                          text=True).stdout


def symbols(nm, path):
    """(mangled name, size) of each defined symbol that has a size."""
    out = []
    for line in run(nm, "--size-sort", "-S", "--defined-only", path).splitlines():
        parts = line.split(" ", 3)
        if len(parts) == 4 and parts[2] in DEFINED:
            out.append((parts[3], int(parts[1], 16)))
    return out


def archive_names(nm, path):
    names = set()
    for line in run(nm, "--defined-only", path).splitlines():
        parts = line.split()
        if len(parts) == 3:
            names.add(parts[2])
    return names


CRATE = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)::")


def rust_crate(name):
    """The crate a demangled Rust symbol comes from: the first path it names."""
    match = CRATE.search(name)
    return match.group(1) if match else None


def main():
    unstripped, stripped, budget, nm = sys.argv[1:5]
    budget = int(budget)
    # The binutils beside NM, for the same architecture (aarch64-linux-gnu-size, …).
    tools = nm[: -len("nm")]
    archives = [arg.split("=", 1) for arg in sys.argv[5:]]
    c_names = {}
    for path, component in archives:
        for name in archive_names(nm, path):
            c_names.setdefault(name, component)

    size = os.path.getsize(stripped)
    print(f"stripped size: {size:,} bytes ({size / 1e6:.2f} MB), budget {budget:,} bytes")

    print("\nsections (stripped), largest first:")
    sections = []
    for line in run(tools + "size", "-A", stripped).splitlines()[2:]:
        parts = line.split()
        if len(parts) == 3 and parts[0].startswith("."):
            sections.append((parts[0], int(parts[1])))
    for name, bytes_ in sorted(sections, key=lambda s: -s[1])[:10]:
        print(f"  {name:<20} {bytes_:>10,}  {100 * bytes_ / size:5.1f} %")

    totals = {}
    mangled = symbols(nm, unstripped)
    # c++filt keeps the order of its input lines, so names and sizes stay paired.
    demangled = run_input(tools + "c++filt", "\n".join(n for n, _ in mangled))
    for (m_name, bytes_), d_name in zip(mangled, demangled.splitlines()):
        if m_name in c_names:
            component = c_names[m_name]
        elif m_name.startswith(("_ZN", "_R")):
            crate = rust_crate(d_name)
            component = CRATE_FAMILY.get(crate, f"other Rust ({crate})" if crate else "other Rust")
        else:
            component = "other C (libgcc, glue)"
        totals[component] = totals.get(component, 0) + bytes_
    attributed = sum(totals.values())
    print(f"\nby component (symbols: {attributed:,} bytes; the rest is unwind tables,"
          " relocations, string literals and headers):")
    for component, bytes_ in sorted(totals.items(), key=lambda t: -t[1])[:16]:
        print(f"  {component:<52} {bytes_:>10,}")

    if size > budget:
        print(f"\nFAIL: {size:,} bytes is {size - budget:,} over the budget of {budget:,}")
        return 1
    print(f"\nok: {budget - size:,} bytes under the budget")
    return 0


if __name__ == "__main__":
    sys.exit(main())
