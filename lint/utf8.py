"""Converting between character and UTF-8 byte offsets of one text, cheaply.

RE2 matches bytes. google-re2's Python wrapper re-encodes the text and walks it
for every `finditer`, which for sixty rules over every paragraph of a story
was a fifth of the lint time. A document encodes its text once; this index
converts offsets both ways in O(log n), paying only for non-ASCII characters.
"""

from __future__ import annotations

import bisect
import re
from itertools import accumulate

_NON_ASCII = re.compile(r"[^\x00-\x7f]")


class Utf8Index:
    """The UTF-8 encoding of `text` and offset conversion in both directions."""

    __slots__ = ("data", "_chars", "_bytes", "_extra")

    def __init__(self, text: str) -> None:
        self.data = text.encode("utf-8")
        # For each non-ASCII character: its char offset, its byte offset, and the
        # extra bytes (beyond one per char) used up to and including it.
        chars = [m.start() for m in _NON_ASCII.finditer(text)] if len(self.data) != len(text) else []
        widths = [len(text[i].encode("utf-8")) - 1 for i in chars]
        extra = list(accumulate(widths))
        self._chars = chars
        self._extra = extra
        self._bytes = [c + (e - w) for c, e, w in zip(chars, extra, widths)]

    def to_byte(self, char: int) -> int:
        """Byte offset of character offset `char`."""
        if not self._chars:
            return char
        i = bisect.bisect_left(self._chars, char)  # non-ASCII chars strictly before `char`
        return char + (self._extra[i - 1] if i else 0)

    def to_char(self, byte: int) -> int:
        """Character offset of byte offset `byte` (a character boundary)."""
        if not self._chars:
            return byte
        i = bisect.bisect_left(self._bytes, byte)
        return byte - (self._extra[i - 1] if i else 0)
