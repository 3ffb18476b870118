"""Running a compiled pattern over a document, one scope unit at a time."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from lint.document import Document


def scan(doc: Document, scope: str, pattern: Any) -> Iterator[tuple[int, int, Any]]:
    """Yield (start, end, match) in `doc.text` offsets for each match in each unit.

    A named group `flag` narrows the reported span to that group, which stands
    in for look-behind (RE2 has none): `\\w(?P<flag>open a new tab)`.
    """
    text = doc.text
    # google-re2's Match.span() takes a group number, not a name.
    flag = pattern.groupindex.get("flag", 0)
    for unit in doc.units(scope):
        piece = text[unit.start:unit.end]
        for m in pattern.finditer(piece):
            start, end = m.span(flag)
            if start < 0 or end <= start:
                continue
            yield unit.start + start, unit.start + end, m


def covered(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when [start, end) overlaps any of `spans`."""
    return any(s < end and start < e for s, e in spans)
