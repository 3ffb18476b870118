"""UTF-16 offsets (LanguageTool's, from Java strings) to Python code points.

Why it matters: an emoji or any character beyond the Basic Multilingual Plane
is one code point in Python but two UTF-16 code units in Java, so every
LanguageTool offset after it would point one character too far.
"""

from __future__ import annotations

import bisect


class Utf16Map:
    """Converts UTF-16 offsets in one string to code-point offsets."""

    def __init__(self, text: str) -> None:
        # UTF-16 offsets where an astral character starts; each adds one extra unit.
        self._astral: list[int] = []
        units = 0
        for ch in text:
            if ord(ch) > 0xFFFF:
                self._astral.append(units)
                units += 2
            else:
                units += 1
        self.length = units

    def to_codepoint(self, offset: int) -> int:
        """The code-point offset of UTF-16 `offset` (inside a pair rounds down)."""
        if not self._astral:
            return offset
        # Each astral character starting before `offset` counts one unit too many;
        # an offset inside a pair lands on the pair's own code point.
        return offset - bisect.bisect_left(self._astral, offset)


def utf16_length(text: str) -> int:
    """Length of `text` in UTF-16 code units."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)
