"""Running a compiled RE2 pattern over a document, one scope unit at a time."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import re2

from lint.document import Document

_UNANCHORED = re2._Anchor.UNANCHORED
_NO_MATCH = (-1, -1)


def scan(doc: Document, scope: str, pattern: Any) -> Iterator[tuple[int, int]]:
    """Yield (start, end) in `doc.text` offsets of each match in each unit.

    A named group `flag` narrows the reported span to that group, which stands
    in for look-behind (RE2 has none): `\\w(?P<flag>open a new tab)`.

    The text is encoded once per document and RE2 is called on byte ranges,
    bypassing google-re2's per-call re-encoding. Each unit is searched with
    its surroundings as context, so `\\b` and `(?m)^` see the real neighbours.
    """
    index = doc.utf8
    data = index.data
    regexp = pattern._regexp
    group = pattern.groupindex.get("flag", 0)  # google-re2 spans are by group number
    for unit in doc.units(scope):
        pos = index.to_byte(unit.start)
        end = index.to_byte(unit.end)
        while pos <= end:
            spans = regexp.Match(_UNANCHORED, data, pos, end)
            whole = spans[0]
            if whole == _NO_MATCH:
                break
            start, stop = spans[group]
            if 0 <= start < stop:
                yield index.to_char(start), index.to_char(stop)
            # Move past the match; an empty match moves one character on.
            pos = whole[1] if whole[1] > pos else _next_char(data, pos)


def _next_char(data: bytes, pos: int) -> int:
    pos += 1
    while pos < len(data) and (data[pos] & 0xC0) == 0x80:
        pos += 1
    return pos


def covered(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when [start, end) overlaps any of `spans`."""
    return any(s < end and start < e for s, e in spans)
