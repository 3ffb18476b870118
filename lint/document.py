"""The document rules read: prose text, its structure, and a map back to the source.

A `Document` holds the decoded source file and `text`, the prose the rules see.
For plain text the two are the same string. For Markdown and HTML, `text` keeps
only prose (no markup, code, URLs or attributes), with entities decoded, and a
`SourceMap` takes every offset in `text` back to the exact source characters.
Rules report spans in `text`; the engine maps them, nothing searches again.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate, chain, count
from operator import add
from typing import Any, Protocol, TypeVar

from lint.sentences import split_sentences
from lint.utf8 import Utf8Index

#: Block kinds: what a paragraph-level unit of prose is.
BLOCK_KINDS = (
    "title",       # the story's headline (first heading or first short line)
    "heading",     # a subheading
    "paragraph",   # body text
    "list-item",
    "quote",       # block quote
    "table-cell",
    "caption",     # figure caption or image alt text
)

_WORD = re.compile(r"\w+(?:['’.\-]\w+)*", re.UNICODE)
#: A word with its inner apostrophes ("don't"), or any other non-space character (possessive: no
#: backtracking state, same matches).
TOKEN = re.compile(r"\w++(?:['’]\w++)*+|[^\w\s]")


class _WordChars(dict[int, str]):
    """A `str.translate` table that keeps word characters and makes every other one a space.

    A word character is what the regex `\\w` matches in a str pattern: a letter or digit
    (`str.isalnum`) or the underscore. Each code point is classified once, on first sight.
    """

    def __missing__(self, code: int) -> str:
        char = chr(code)
        kept = char if char.isalnum() or char == "_" else " "
        self[code] = kept
        return kept


_WORD_CHARS = _WordChars()
#: A run of non-ASCII characters (captured, so that `split` keeps it).
_NON_ASCII_RUN = re.compile(r"([^\x00-\x7f]+)")


@dataclass(frozen=True)
class Span:
    """A half-open range of offsets."""

    start: int
    end: int


@dataclass(frozen=True)
class Block:
    """A paragraph-level unit of prose, as offsets in `Document.text`."""

    kind: str
    start: int
    end: int


@dataclass(frozen=True)
class Segment:
    """A piece of `text` and the source characters it came from.

    Verbatim segments have equal lengths and map character by character; an
    entity such as `&rsquo;` maps its one decoded character to the whole entity.
    """

    text_start: int
    text_end: int
    src_start: int
    src_end: int

    @property
    def verbatim(self) -> bool:
        return self.text_end - self.text_start == self.src_end - self.src_start


@dataclass(frozen=True)
class Suppression:
    """An inline `newslint-disable` range, in source offsets; empty rules = all."""

    rules: tuple[str, ...]
    start: int
    end: int


class SourceMap:
    """Maps offsets in `Document.text` to offsets in the source file."""

    def __init__(self, segments: Sequence[Segment]) -> None:
        self._segments = list(segments)
        self._starts = [s.text_start for s in self._segments]

    @classmethod
    def identity(cls, length: int) -> SourceMap:
        return cls([Segment(0, length, 0, length)])

    def _segment_at(self, offset: int) -> Segment | None:
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and offset < self._segments[i].text_end:
            return self._segments[i]
        return None

    def start(self, offset: int) -> int:
        """Source offset of the character at text `offset` (or the next mapped one)."""
        seg = self._segment_at(offset)
        if seg is None:
            i = bisect.bisect_right(self._starts, offset)
            if i < len(self._segments):
                return self._segments[i].src_start
            return self._segments[-1].src_end if self._segments else offset
        return seg.src_start + (offset - seg.text_start) if seg.verbatim else seg.src_start

    def end(self, offset: int) -> int:
        """Source offset just past the character before text `offset`."""
        if offset <= 0:
            return self.start(0)
        seg = self._segment_at(offset - 1)
        if seg is None:
            i = bisect.bisect_right(self._starts, offset - 1) - 1
            return self._segments[i].src_end if i >= 0 else 0
        return seg.src_start + (offset - seg.text_start) if seg.verbatim else seg.src_end

    def span(self, start: int, end: int) -> tuple[int, int]:
        src_start = self.start(start)
        return src_start, max(src_start, self.end(end)) if end > start else src_start


class Document:
    """A parsed story: source, prose text, blocks, sentences, words.

    Build one with `lint.markup.parse()`; detectors only read it.
    """

    def __init__(
        self,
        source: str,
        text: str,
        blocks: Sequence[Block],
        source_map: SourceMap,
        *,
        format: str = "text",
        path: str | None = None,
        suppressions: Sequence[Suppression] = (),
    ) -> None:
        self.source = source
        self.text = text
        self.blocks = tuple(blocks)
        self.source_map = source_map
        self.format = format
        self.path = path
        self.suppressions = tuple(suppressions)
        #: Results that several rules share for this document (see lint.rules.scan's gates).
        self.memo: dict[str, Any] = {}

    # -- positions ---------------------------------------------------------

    @cached_property
    def _line_starts(self) -> list[int]:
        if "\r" in self.source:
            return [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", self.source)]
        # Only LF breaks: line k + 1 starts after the k + 1 lines before it and their breaks (in C).
        lengths = map(len, self.source.split("\n")[:-1])
        return [0, *map(add, accumulate(lengths), count(1))]

    def line_col(self, source_offset: int) -> tuple[int, int]:
        """1-based line and column (in code points) of a source offset."""
        i = bisect.bisect_right(self._line_starts, source_offset) - 1
        return i + 1, source_offset - self._line_starts[i] + 1

    # -- structure ---------------------------------------------------------

    @cached_property
    def utf8(self) -> Utf8Index:
        """`text` encoded once, for byte-oriented matchers (RE2)."""
        return Utf8Index(self.text)

    @cached_property
    def _block_starts(self) -> list[int]:
        return [b.start for b in self.blocks]

    def block_at(self, offset: int) -> Block | None:
        """The block holding text `offset`, if any."""
        return _holding(self.blocks, self._block_starts, offset)

    @cached_property
    def sentences(self) -> tuple[Span, ...]:
        """Sentence spans, within blocks (a sentence never crosses a block)."""
        return tuple(chain.from_iterable(self.block_sentences))

    @cached_property
    def block_sentences(self) -> tuple[tuple[Span, ...], ...]:
        """The sentences of each block, in the order of `blocks`: split block by block, so the
        pairing costs nothing."""
        return tuple(
            tuple(Span(start, end) for start, end in split_sentences(self.text, block.start, block.end))
            for block in self.blocks
        )

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_at(self, offset: int) -> Span | None:
        """The sentence holding text `offset`, if any."""
        return _holding(self.sentences, self._sentence_starts, offset)

    @cached_property
    def words(self) -> tuple[Span, ...]:
        """Word spans over the whole text."""
        return tuple(Span(*m.span()) for m in _WORD.finditer(self.text))

    @cached_property
    def lowered(self) -> str:
        """`text` in lower case with the same offsets; `text` itself if a letter lowercases to two (İ)."""
        lowered = self.text.lower()
        return lowered if len(lowered) == len(self.text) else self.text

    @cached_property
    def word_text(self) -> str:
        """`lowered` with every character that is not a word character (regex `\\w`) made a space:
        the words of any span are then `word_text[start:end].split()`, the same as
        `re.findall(r"\\w+", lowered, start, end)` but without a regex call per span.

        `str.translate` has a fast loop for ASCII text only, so a text with curly quotes or accents
        is translated in pieces: its ASCII stretches apart from its runs of other characters (half
        the time of one call)."""
        lowered = self.lowered
        if lowered.isascii():
            return lowered.translate(_WORD_CHARS)
        return "".join([piece.translate(_WORD_CHARS) for piece in _NON_ASCII_RUN.split(lowered)])

    @cached_property
    def lower_tokens(self) -> tuple[str, ...]:
        """The tokens of `lowered`: words (with inner apostrophes) and each other
        non-space character, for detectors that compare neighbouring tokens.

        No token holds a space, so the text is split at spaces first (in C), and only a chunk with
        a character other than a letter or digit (regex `\\w` less the underscore) is left to the
        pattern: most chunks are one word, a token as they stand (a quarter less time than
        `TOKEN.findall` over the whole text)."""
        tokens: list[str] = []
        keep, split = tokens.append, tokens.extend
        for chunk in self.lowered.split():
            if chunk.isalnum():
                keep(chunk)
            else:
                split(TOKEN.findall(chunk))
        return tuple(tokens)

    @cached_property
    def lines(self) -> tuple[Span, ...]:
        """Line spans of `text`, within blocks, without line breaks."""
        spans: list[Span] = []
        for block in self.blocks:
            pos = block.start
            for piece in self.text[block.start:block.end].split("\n"):
                spans.append(Span(pos, pos + len(piece)))
                pos += len(piece) + 1
        return tuple(spans)

    def units(self, scope: str) -> Iterator[Span]:
        """The spans a rule with `scope` runs over."""
        if scope == "text":
            yield Span(0, len(self.text))
        elif scope == "paragraph":
            yield from (Span(b.start, b.end) for b in self.blocks)
        elif scope == "sentence":
            yield from self.sentences
        elif scope == "line":
            yield from self.lines
        else:
            raise ValueError(f"unknown scope {scope!r}")

    @cached_property
    def quotes(self) -> tuple[Span, ...]:
        """Spans of quoted speech (inside “…” or "…"), quotes included."""
        from lint.quotes import find_quotes

        return tuple(Span(s, e) for s, e in find_quotes(self.text, self.blocks))

    @cached_property
    def _quote_starts(self) -> list[int]:
        return [q.start for q in self.quotes]

    def in_quote(self, start: int, end: int) -> bool:
        """True when [start, end) lies inside quoted speech (spans are sorted, disjoint)."""
        i = bisect.bisect_right(self._quote_starts, start) - 1
        return i >= 0 and end <= self.quotes[i].end


class _Extent(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


_E = TypeVar("_E", bound=_Extent)


def _holding(spans: Sequence[_E], starts: list[int], offset: int) -> _E | None:
    """The span of `spans` (sorted, disjoint; `starts` their starts) that holds `offset`, if any."""
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and offset < spans[i].end:
        return spans[i]
    return None
