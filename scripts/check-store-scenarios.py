#!/usr/bin/env python3
"""Fails when the two stores' scenario tests differ in name.

The store protocol (the numbered rules in the docs of `Core`, core/src/ffi/mod.rs) is
tested by one set of named scenarios, written once per shell with the same names and
assertions: Kotlin `fun aStaleUpdateIsSkippedWhole()` in the Android desktop tests, Swift
`func testAStaleUpdateIsSkippedWhole()` in the iOS store tests. A scenario added to one
shell and not the other fails the test command here, with the difference.

Usage: check-store-scenarios.py [kotlin-file swift-file]
"""
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KOTLIN = ROOT / "android/desktop/src/test/kotlin/nl/signalenkaart/desktop/StoreScenariosTest.kt"
SWIFT = ROOT / "ios/Tests/SignalenkaartStoreTests/StoreScenarioTests.swift"


def kotlin_names(text):
    """Every `@Test fun name()` (the annotation on its own line or the same one)."""
    return re.findall(r"@Test\s+fun\s+`?(\w+)`?\s*\(", text)


def swift_names(text):
    """Every `func testName()`, as the Kotlin name: `test` dropped, first letter lower."""
    names = re.findall(r"^\s*func\s+test(\w+)\s*\(", text, re.MULTILINE)
    return [name[0].lower() + name[1:] for name in names]


def main():
    kotlin_path, swift_path = (Path(p) for p in sys.argv[1:3]) if len(sys.argv) == 3 else (KOTLIN, SWIFT)
    kotlin = kotlin_names(kotlin_path.read_text(encoding="utf-8"))
    swift = swift_names(swift_path.read_text(encoding="utf-8"))
    problems = []
    if not kotlin or not swift:
        problems.append("no scenarios found (has a file moved?)")
    for shell, names in (("Kotlin", kotlin), ("Swift", swift)):
        twice = sorted({n for n in names if names.count(n) > 1})
        if twice:
            problems.append(f"{shell} has twice: {', '.join(twice)}")
    only_kotlin = [n for n in kotlin if n not in swift]
    only_swift = [n for n in swift if n not in kotlin]
    if only_kotlin:
        problems.append("only in Kotlin (" + kotlin_path.name + "): " + ", ".join(only_kotlin))
    if only_swift:
        problems.append(
            "only in Swift (" + swift_path.name + "): " + ", ".join("test" + n[0].upper() + n[1:] for n in only_swift)
        )
    if problems:
        sys.exit("the store scenarios differ between the shells:\n  " + "\n  ".join(problems))
    print(f"store scenarios: the same {len(kotlin)} in Kotlin and Swift")


if __name__ == "__main__":
    main()
