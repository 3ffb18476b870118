"""Quoted speech: where it is, so fixes never touch a source's words."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Protocol


class _Block(Protocol):
    start: int
    end: int


def find_quotes(text: str, blocks: Sequence[_Block]) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of quoted passages, quote marks included.

    Curly quotes pair “ with ”; straight double quotes pair in order within a
    paragraph. A quote left open runs to the end of its paragraph, as news
    style does for quotes that continue into the next paragraph.
    """
    for block in blocks:
        yield from _quotes_in(text, block.start, block.end)


def _quotes_in(text: str, start: int, end: int) -> Iterable[tuple[int, int]]:
    open_at: int | None = None
    closer = ""
    for i in range(start, end):
        ch = text[i]
        if open_at is None:
            if ch == "“":
                open_at, closer = i, "”"
            elif ch == '"':
                open_at, closer = i, '"'
        elif ch == closer:
            yield open_at, i + 1
            open_at = None
    if open_at is not None:
        yield open_at, end
