#!/usr/bin/env python3
"""Makes a call on a closed `Core` throw the contract's error in the generated Kotlin.

uniffi's Kotlin objects throw `IllegalStateException` when called after `close()`;
the contract says a caller only ever sees `CoreException`. This replaces that one
throw inside `class Core` (not the other objects) with `CoreException.Closed`, and
fails if the generated code no longer has the line, so an upgrade cannot drop it.

Usage: closed-core-error.py <generated signalenkaart.kt>...
"""
import sys

DESTROYED = 'throw IllegalStateException("${this.javaClass.simpleName} object has already been destroyed")'
CLOSED = 'throw CoreException.Closed("a call after close()")'

for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        text = f.read()
    start = text.find("open class Core:")
    end = text.find("open class ", start + 1)
    if start < 0 or end < 0 or text.count(DESTROYED, start, end) != 1:
        sys.exit(f"{path}: the closed-object check of class Core was not found")
    core = text[start:end].replace(DESTROYED, CLOSED)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text[:start] + core + text[end:])
