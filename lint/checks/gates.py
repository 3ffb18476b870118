"""Whether a detector's pattern can occur in a story at all: one RE2 pass for many detectors.

Several detectors almost never find anything (a control character, "..",
"said.The", a space before a comma), and most of their time went into
finding that out, each with a pass of its own over the text. Each declares a
`Gate`: a linear-time RE2 pattern that matches wherever its exact (slower)
pattern can. The first detector to ask about a document runs every gate at
once with an RE2 set over the once-encoded text; the answer is kept for as
long as the document lives.
"""

from __future__ import annotations

import weakref
from functools import cache

import re2

from lint.document import Document

_PATTERNS: list[str] = []
#: Per document: how many gates were asked about, and which of them matched.
_ANSWERS: weakref.WeakKeyDictionary[Document, tuple[int, frozenset[int]]] = weakref.WeakKeyDictionary()


class Gate:
    """A pattern whose absence from a story lets a detector skip it."""

    def __init__(self, pattern: str) -> None:
        re2.compile(pattern)  # an invalid pattern fails here, at import
        self._index = len(_PATTERNS)
        _PATTERNS.append(pattern)

    def open(self, doc: Document) -> bool:
        """True when the gate's pattern matches somewhere in the text."""
        return self._index in _matched(doc)


def _matched(doc: Document) -> frozenset[int]:
    count = len(_PATTERNS)
    known = _ANSWERS.get(doc)
    if known is None or known[0] != count:
        known = count, frozenset(_set(count).Match(doc.utf8.data) or ())
        _ANSWERS[doc] = known
    return known[1]


@cache
def _set(count: int) -> re2.Set:
    """The first `count` gates as one RE2 set (rebuilt only if a gate is declared later)."""
    options = re2.Options()
    options.max_mem = 64 << 20
    matcher = re2.Set.SearchSet(options)
    for pattern in _PATTERNS[:count]:
        matcher.Add(pattern)
    matcher.Compile()
    return matcher
