"""Running a compiled RE2 pattern over a document, one scope unit at a time."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

import re2

from lint.document import Document, Span
from lint.rules.patterns import _OPTIONS
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
    groups = _flag_groups(pattern)
    if scope == "text":
        yield from _search(index, regexp, groups, 0, len(index.data))
        return
    if scope in ("paragraph", "line"):
        # One pass over the whole text, keeping matches that lie within one unit:
        # a call per unit costs more than the search itself. Most stories have
        # no match, so the units are listed only once one is found.
        units: list[Span] = []
        starts: list[int] = []
        for start, stop in _search(index, regexp, groups, 0, len(index.data)):
            if not units:
                units = list(doc.units(scope))
                starts = [u.start for u in units]
            i = bisect.bisect_right(starts, start) - 1
            if i >= 0 and stop <= units[i].end:
                yield start, stop
        return
    for unit in doc.units(scope):
        yield from _search(index, regexp, groups, index.to_byte(unit.start), index.to_byte(unit.end))


@lru_cache(maxsize=4096)
def _flag_groups(pattern: Any) -> tuple[int, ...]:
    """The numbers of the `flag` groups (flag, flag_1, ...: one per pattern of a rule's
    alternation), or (0,) (google-re2 spans are by group number; asking the pattern builds
    its table of names every time)."""
    groups = tuple(sorted(n for name, n in pattern.groupindex.items() if name == "flag" or name.startswith("flag_")))
    return groups or (0,)


def _search(index: Utf8Index, regexp: Any, groups: tuple[int, ...], pos: int, end: int) -> Iterator[tuple[int, int]]:
    data = index.data
    while pos <= end:
        spans = regexp.Match(_UNANCHORED, data, pos, end)
        whole = spans[0]
        if whole == _NO_MATCH:
            break
        # The flag group of the alternative that matched; one without a `flag` group reports its whole match.
        start, stop = next((spans[g] for g in groups if spans[g] != _NO_MATCH), whole)
        if 0 <= start < stop:
            yield index.to_char(start), index.to_char(stop)
        # Move past the match; an empty match moves one character on.
        pos = whole[1] if whole[1] > pos else _next_char(data, pos)


class Match:
    """A match that `finditer` found: the part of `re.Match` the checks use, in character offsets.

    Offsets are converted from bytes only when asked for: a pattern may have
    many groups, of which a check reads a few.
    """

    __slots__ = ("string", "_index", "_spans")

    def __init__(self, string: str, index: Utf8Index, spans: list[tuple[int, int]]) -> None:
        self.string = string
        self._index = index
        self._spans = spans

    def span(self, group: int = 0) -> tuple[int, int]:
        start, end = self._spans[group]
        if start < 0:
            return _NO_MATCH
        return self._index.to_char(start), self._index.to_char(end)

    def start(self, group: int = 0) -> int:
        return self.span(group)[0]

    def end(self, group: int = 0) -> int:
        return self.span(group)[1]

    def group(self, group: int = 0) -> str | Any:  # None for a group that did not take part (as typeshed types re)
        start, end = self.span(group)
        return None if start < 0 else self.string[start:end]


def finditer(doc: Document, pattern: Any) -> Iterator[Match]:
    """The matches of an RE2 pattern in `doc.text`, as google-re2's `finditer` gives them, cheaper.

    The text is the document's, encoded once (google-re2 encodes a str
    again for every call and works out the character offsets of every match
    as it goes).
    """
    index = doc.utf8
    data = index.data
    regexp = pattern._regexp
    pos, end = 0, len(data)
    while pos <= end:
        spans = regexp.Match(_UNANCHORED, data, pos, end)
        whole = spans[0]
        if whole == _NO_MATCH:
            break
        yield Match(doc.text, index, spans)
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
    have no hit at all, so this costs one pass, not two. A rule whose
    pattern shares a gate (see `_Gates`) that matched nowhere in the story
    has no match to look for.
    """
    if _GATES.closed(doc, pattern):
        return []
    hits = list(scan(doc, scope, pattern))
    if not hits or exceptions is None:
        return hits
    vetoes = list(scan(doc, scope, exceptions))
    return [(start, end) for start, end in hits if not any(s < end and start < e for s, e in vetoes)]


class _Gates:
    """One pass over a story that tells many rules at once that they have nothing to find.

    Each rule's pattern costs a pass over the whole story, and most rules
    match nowhere in most stories. Patterns of literal phrases (words, \\b,
    \\s, alternations: no wildcard, negated or broad class, or counted
    repeat) are joined into one pattern, a gate; RE2 runs such a union in
    about the time of one of them (a union of broad patterns can take a
    hundred times longer, so those keep their own pass). When a gate matches
    nowhere in the story, none of its patterns can match anywhere, in any
    unit: each pattern is an alternative of the union, searched in the same
    text. The verdict is exact; a gate only saves the passes.

    Patterns join as they are first scanned, and the gate of those seen is
    built when the next story starts, so a single story never waits for a
    gate. Gates are shared by pattern text and options, whichever linter
    compiled the pattern; only patterns compiled with the rules' options
    (lint.rules.patterns) join.
    """

    def __init__(self) -> None:
        self.gate_of: dict[tuple[str, tuple[Any, ...]], int] = {}  # pattern -> gate number (-1: scanned alone)
        self.gates: list[Any] = []
        self.pending: list[tuple[str, tuple[Any, ...]]] = []

    def closed(self, doc: Document, pattern: Any) -> bool:
        """True when `pattern` is in a gate that matches nowhere in `doc`."""
        verdicts = doc.memo.get(_MEMO)
        if verdicts is None:  # a new story: first gather the patterns seen into a gate
            self._build()
            verdicts = doc.memo[_MEMO] = {}
        key = _key(pattern)
        k = self.gate_of.get(key)
        if k is None:
            self.gate_of[key] = -1
            if key[1] == _RULE_SEMANTICS and not _BROAD.search(key[0]):
                self.pending.append(key)
            return False
        if k < 0:
            return False
        open_ = verdicts.get(k)
        if open_ is None:
            data = doc.utf8.data
            open_ = verdicts[k] = self.gates[k]._regexp.Match(_UNANCHORED, data, 0, len(data))[0] != _NO_MATCH
        return not open_

    def _build(self) -> None:
        if not self.pending:
            return
        union = "|".join(f"(?:{_NAMED_GROUP.sub('(?:', source)})" for source, _ in self.pending)
        try:
            gate = re2.compile(union, _OPTIONS)
        except re2.error:
            gate = None
        if gate is not None:
            for key in self.pending:
                self.gate_of[key] = len(self.gates)
            self.gates.append(gate)
        self.pending = []


_GATES = _Gates()
_MEMO = "scan-gates"
#: What makes a pattern broad (RE2 runs a union of such patterns slowly): a wildcard or broad or
#: negated class, or a counted repeat.
_BROAD = re.compile(r"\.[*+{?]|\\[pPwWSD]|\[\^|\{\d*,\d*\}")
#: A named group, which a union would hold twice: only whether anything matches counts.
_NAMED_GROUP = re.compile(r"(?<!\\)\(\?P<\w+>")
#: The options that change what a pattern matches.
_SEMANTIC_OPTIONS = ("case_sensitive", "dot_nl", "encoding", "literal", "longest_match", "never_nl",
                     "one_line", "perl_classes", "posix_syntax", "word_boundary")


@lru_cache(maxsize=4096)
def _key(pattern: Any) -> tuple[str, tuple[Any, ...]]:
    """A pattern's text and the options that change what it matches."""
    options = pattern.options
    return pattern.pattern, tuple(getattr(options, name) for name in _SEMANTIC_OPTIONS)


_RULE_SEMANTICS = tuple(getattr(_OPTIONS, name) for name in _SEMANTIC_OPTIONS)
