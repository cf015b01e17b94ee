#!/usr/bin/env python3
"""Counts how much of the contract the generated Kotlin documents, and fails under the
threshold (95 % unless given).

    scripts/check-kdoc.py build/bindings/kotlin-jvm/nl/signalenkaart/core/signalenkaart.kt [95]

Counted: every type of the contract (records, enums, sealed classes, errors, the `Core`
object, the foreign traits, type aliases), every field, variant, enum entry, function
and constructor in them, and the top-level functions. Not counted: uniffi's runtime
(`FfiConverter…`, `Uniffi…`, `RustBuffer`, anything documented `@suppress`), overrides.
uniffi writes the contract's own names in backticks, which is how members are told from
the runtime's. A declaration is documented when a KDoc block ends right above it
(annotations may stand between).
"""

import re
import sys

RUNTIME = re.compile(
    r"^(FfiConverter|Uniffi|RustBuffer|ForeignBytes|NoHandle|NoPointer|InternalException"
    r"|Disposable|IntegrityChecking)|Impl$"
)
TOP = re.compile(
    r"^(?:public |open |internal |private )*"
    r"(data class|enum class|sealed class|class|interface|object|typealias|fun)\s+`?(\w+)"
)
NESTED_TYPE = re.compile(r"^    (?:data class|class|object)\s+(\w+)")
ENUM_ENTRY = re.compile(r"^    ([A-Z][A-Z0-9_]*)\s*[,;(]?\s*$")
FIELD = re.compile(r"^\s+va[lr] `(\w+)`")
FUNCTION = re.compile(r"^\s*(?:@\w+(?:\([^)]*\))?\s+)*fun `(\w+)`")
CONSTRUCTOR = re.compile(r"^\s+constructor\(`")


def kdoc_above(lines, index):
    """The KDoc block ending right above `index` (annotations skipped), or None."""
    j = index - 1
    while j >= 0 and (not lines[j].strip() or lines[j].strip().startswith("@")):
        j -= 1
    if j < 0 or not lines[j].strip().endswith("*/"):
        return None
    end = j
    while j >= 0 and "/**" not in lines[j]:
        j -= 1
    return "\n".join(lines[j : end + 1])


def declarations(lines):
    """Yields (what, documented) for each declaration of the contract."""
    context = None  # (kind, name) of the top-level block we are in; None at top level
    skipping = False
    for i, line in enumerate(lines):
        if line.startswith("}"):
            context, skipping = None, False
            continue
        top = TOP.match(line)
        if top and not line.startswith(" "):
            kind, name = top.groups()
            doc = kdoc_above(lines, i)
            skipping = (
                bool(RUNTIME.search(name))
                or line.startswith(("internal", "private"))
                or (doc is not None and "@suppress" in doc)
            )
            context = None if line.rstrip().endswith(")") and kind == "fun" else (kind, name)
            if not skipping:
                yield f"{kind} {name}", doc is not None
            continue
        if skipping:
            continue
        doc = kdoc_above(lines, i)
        if doc is not None and "@suppress" in doc:
            continue
        kind = context[0] if context else None
        if kind == "sealed class" and (m := NESTED_TYPE.match(line)):
            yield f"{context[1]}.{m.group(1)}", doc is not None
        elif kind == "enum class" and (m := ENUM_ENTRY.match(line)):
            yield f"{context[1]}.{m.group(1)}", doc is not None
        elif (m := FIELD.match(line)) and context:
            yield f"{context[1]} field {m.group(1)}", doc is not None
        elif (m := FUNCTION.match(line)) and "override " not in line:
            owner = context[1] if context else "top level"
            yield f"{owner}.{m.group(1)}()", doc is not None
        elif CONSTRUCTOR.match(line) and context:
            yield f"{context[1]} constructor", doc is not None


def main():
    path = sys.argv[1]
    threshold = float(sys.argv[2]) if len(sys.argv) > 2 else 95.0
    with open(path, encoding="utf-8") as file:
        lines = file.read().split("\n")
    found = list(declarations(lines))
    if not found:
        print(f"kdoc: no contract declarations found in {path}", file=sys.stderr)
        return 1
    documented = sum(1 for _, doc in found if doc)
    share = 100.0 * documented / len(found)
    missing = [what for what, doc in found if not doc]
    for what in missing:
        print(f"  undocumented: {what}")
    print(f"kdoc: {documented} of {len(found)} contract declarations documented ({share:.1f} %, at least {threshold:g} % required)")
    return 0 if share >= threshold else 1


if __name__ == "__main__":
    sys.exit(main())
