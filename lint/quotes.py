"""Quoted speech: where it is, so fixes never touch a source's words.

Double quotes (“…”, "…", „…“, «…») are the main signal. A quote opens at a
mark in opening position (start of the block, or after a space, bracket,
dash, colon or another quote, and before a non-space) and closes at the next
double mark, curly or straight, except an opening “ in opening position,
which means the previous quote was never closed. A straight quote in closing
position with nothing open (an inch mark: 6" tall) opens nothing.

News style continues a long quote into the next paragraph without closing it
and opens the next paragraph with a fresh quote mark, so a quote still open
at the end of its block runs to the end of the block; the next block's opening
mark starts the continuation on its own.

Single quotes (‘…’, '…', British style) count only outside double quotes
and only when unambiguous, because the same marks are apostrophes: an
opener must start a word and be followed by a letter (so ’90s and don’t never
open), and a closer must end a word (so Lee’s never closes). A single quote
left open runs to the end of its block only when it opened the block (a
continued quote); otherwise it is taken for an apostrophe.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Protocol


class _Block(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


_DOUBLE = re.compile(r"[\"“”„«»]")
_SINGLE = re.compile(r"['‘’]")
_OPENS_AFTER = "([{—–-/:;\"“”„«'‘’"


def find_quotes(text: str, blocks: Sequence[_Block]) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of quoted passages, quote marks included, in text order."""
    for block in blocks:
        doubles = list(_double_quotes(text, block.start, block.end))
        singles = _single_quotes(text, block.start, block.end, doubles)
        yield from sorted(doubles + singles)


def _opening_position(text: str, i: int, start: int, end: int) -> bool:
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    return (before.isspace() or before in _OPENS_AFTER) and not after.isspace()


def _double_quotes(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    open_at: int | None = None
    for m in _DOUBLE.finditer(text, start, end):
        i = m.start()
        ch = text[i]
        if open_at is None:
            if ch in "“„«" or _opening_position(text, i, start, end):
                open_at = i
        elif ch in "“„«" and _opening_position(text, i, start, end):
            yield open_at, i  # the previous quote was never closed
            open_at = i
        else:
            yield open_at, i + 1
            open_at = None
    if open_at is not None:
        yield open_at, end


def _single_quotes(text: str, start: int, end: int, doubles: list[tuple[int, int]]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for m in _SINGLE.finditer(text, start, end):
        i = m.start()
        if any(s <= i < e for s, e in doubles):
            continue
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        if open_at is None:
            if text[i] != "’" and (before.isspace() or before in "([{—–") and after.isalpha():
                open_at = i
        elif not before.isspace() and not after.isalnum():
            spans.append((open_at, i + 1))
            open_at = None
    if open_at is not None and open_at == start:
        spans.append((open_at, end))
    return spans
