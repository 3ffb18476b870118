"""Running a compiled RE2 pattern over a document, one scope unit at a time."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

import re2

from lint.document import Document, Span
from lint.utf8 import Utf8Index

_UNANCHORED = re2._Anchor.UNANCHORED
_NO_MATCH = (-1, -1)


def scan(doc: Document, scope: str, pattern: Any) -> Iterator[tuple[int, int]]:
    """Yield (start, end) in `doc.text` offsets of each match in each unit.

    A named group `flag` narrows the reported span to that group, which stands
    in for look-behind (RE2 has none): `\\w(?P<flag>open a new tab)`; patterns
    of the same rule that have no such group report their whole match.

    The text is encoded once per document and RE2 is called on byte ranges,
    bypassing google-re2's per-call re-encoding. Units are searched with their
    surroundings as context, so `\\b` and `(?m)^` see the real neighbours.
    """
    index = doc.utf8
    regexp = pattern._regexp
    group = _flag_group(pattern)
    if scope == "text":
        yield from _search(index, regexp, group, 0, len(index.data))
        return
    if scope in ("paragraph", "line"):
        # One pass over the whole text, keeping matches that lie within one unit:
        # a call per unit costs more than the search itself. Most stories have
        # no match, so the units are listed only once one is found.
        units: list[Span] = []
        starts: list[int] = []
        for start, stop in _search(index, regexp, group, 0, len(index.data)):
            if not units:
                units = list(doc.units(scope))
                starts = [u.start for u in units]
            i = bisect.bisect_right(starts, start) - 1
            if i >= 0 and stop <= units[i].end:
                yield start, stop
        return
    for unit in doc.units(scope):
        yield from _search(index, regexp, group, index.to_byte(unit.start), index.to_byte(unit.end))


@lru_cache(maxsize=4096)
def _flag_group(pattern: Any) -> int:
    """The number of the `flag` group, or 0 (google-re2 spans are by group number; asking the
    pattern builds its table of names every time)."""
    return int(pattern.groupindex.get("flag", 0))


def _search(index: Utf8Index, regexp: Any, group: int, pos: int, end: int) -> Iterator[tuple[int, int]]:
    data = index.data
    while pos <= end:
        spans = regexp.Match(_UNANCHORED, data, pos, end)
        whole = spans[0]
        if whole == _NO_MATCH:
            break
        # A pattern of the rule's alternation without a `flag` group reports its whole match.
        start, stop = spans[group] if spans[group] != _NO_MATCH else whole
        if 0 <= start < stop:
            yield index.to_char(start), index.to_char(stop)
        # Move past the match; an empty match moves one character on.
        pos = whole[1] if whole[1] > pos else _next_char(data, pos)


def _next_char(data: bytes, pos: int) -> int:
    pos += 1
    while pos < len(data) and (data[pos] & 0xC0) == 0x80:
        pos += 1
    return pos


def scan_except(doc: Document, scope: str, pattern: Any, exceptions: Any | None) -> list[tuple[int, int]]:
    """The matches of `pattern` that no match of `exceptions` overlaps.

    The exceptions are searched only when the pattern matched: most stories
    have no hit at all, so this costs one pass, not two.
    """
    hits = list(scan(doc, scope, pattern))
    if not hits or exceptions is None:
        return hits
    vetoes = list(scan(doc, scope, exceptions))
    return [(start, end) for start, end in hits if not any(s < end and start < e for s, e in vetoes)]
