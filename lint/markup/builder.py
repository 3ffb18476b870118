"""Assemble `Document.text` block by block, keeping an exact map to the source.

The Markdown and HTML parsers feed pieces of prose to a `TextBuilder`: each
piece is its text and the source range it came from. A piece whose text is as
long as its source range maps character by character (a run of words); any
other piece maps as one unit (an entity, an escape, a collapsed run of
whitespace, a line break). Blocks are joined with a blank line that maps to
nothing, so a match never silently spans two blocks in the source.
"""

from __future__ import annotations

from collections.abc import Sequence

from lint.document import Block, Document, Segment, SourceMap, Suppression

#: Text between two blocks. It has no source characters of its own.
BLOCK_SEPARATOR = "\n\n"

#: Stands in the text for an inline code span or formula ("call <code>fetch()</code> first"):
#: one character that is neither a word nor punctuation, mapped to the whole element, so
#: the sentence around it reads as written ("call \ufffc first", not "call first").
INLINE_OBJECT = "\ufffc"

#: A piece of prose: its text and the source range [start, end) it came from.
Piece = tuple[str, int, int]


class TextBuilder:
    """Collects blocks of prose pieces and builds the Document."""

    def __init__(self) -> None:
        self._chunks: list[str] = []
        self._segments: list[Segment] = []
        self._blocks: list[Block] = []
        self._length = 0
        self._pieces: list[Piece] = []
        self._deferred: list[tuple[str, list[Piece]]] = []
        self.kind = "paragraph"

    @property
    def empty(self) -> bool:
        """True when the open block has no prose yet."""
        return not self._pieces

    def ends_with_space(self) -> bool:
        """True when the open block is empty or its text ends in whitespace."""
        return not self._pieces or self._pieces[-1][0][-1:].isspace()

    def ends_with(self, chars: str) -> bool:
        """True when the open block's text ends in one of `chars`."""
        return bool(self._pieces) and self._pieces[-1][0][-1:] in chars

    def open(self, kind: str) -> None:
        """Close the current block and start one of `kind`."""
        self.close()
        self.kind = kind

    def add(self, text: str, start: int, end: int) -> None:
        """Append `text`, which came from source[start:end], to the open block."""
        if text:
            self._pieces.append((text, start, end))

    def trim_end(self) -> None:
        """Drop whitespace at the end of the open block (before punctuation that follows dropped markup)."""
        self._pieces = trim_end(self._pieces)

    def defer(self, kind: str, pieces: Sequence[Piece]) -> None:
        """Add a block of `kind` after the open one (image alt text inside a paragraph)."""
        if self.empty:
            self._emit(kind, list(pieces))
        else:
            self._deferred.append((kind, list(pieces)))

    def close(self) -> None:
        """End the open block (an empty one leaves no trace), then any deferred blocks."""
        self._emit(self.kind, self._pieces)
        self._pieces = []
        self.kind = "paragraph"
        deferred, self._deferred = self._deferred, []
        for kind, pieces in deferred:
            self._emit(kind, pieces)

    def document(
        self, source: str, format: str, path: str | None, suppressions: Sequence[Suppression] = ()
    ) -> Document:
        self.close()
        return Document(
            source,
            "".join(self._chunks),
            self._blocks,
            SourceMap(self._segments),
            format=format,
            path=path,
            suppressions=suppressions,
        )

    def _emit(self, kind: str, pieces: list[Piece]) -> None:
        pieces = _trim(pieces)
        if all(text == INLINE_OBJECT or text.isspace() for text, _, _ in pieces):
            return  # nothing but code: no prose to check
        if self._blocks:
            self._chunks.append(BLOCK_SEPARATOR)
            self._length += len(BLOCK_SEPARATOR)
        start = self._length
        for text, src_start, src_end in pieces:
            self._segments.append(Segment(self._length, self._length + len(text), src_start, src_end))
            self._chunks.append(text)
            self._length += len(text)
        self._blocks.append(Block(kind, start, self._length))


#: Punctuation that never follows a space: dropped markup before it takes its space along.
CLOSING_PUNCTUATION = ",.;:!?)]}"


def trim_end(pieces: list[Piece]) -> list[Piece]:
    """Drop whitespace at the end of `pieces`, adjusting a verbatim piece's range."""
    last = len(pieces)
    while last:
        text, start, end = pieces[last - 1]
        stripped = text.rstrip()
        if stripped:
            if stripped != text and len(text) == end - start:
                pieces[last - 1] = (stripped, start, end - len(text) + len(stripped))
            break
        last -= 1
    del pieces[last:]
    return pieces


def _trim(pieces: list[Piece]) -> list[Piece]:
    """Drop whitespace at both ends of a block, adjusting verbatim pieces' ranges."""
    first = 0
    while first < len(pieces):
        text, start, end = pieces[first]
        stripped = text.lstrip()
        if stripped:
            if stripped != text and len(text) == end - start:
                pieces[first] = (stripped, start + len(text) - len(stripped), end)
            break
        first += 1
    return trim_end(pieces[first:])
