"""How common an English word is: wordfreq's Zipf scale, without wordfreq's start-up cost.

Several detectors ask whether a token is a known word (glued UI text, names in
spelling). Importing wordfreq and unpacking its English list costs about half
a second per run. The Zipf value of every word in that list that wordfreq
reads as one token (letters, with inner apostrophes: "don't") is computed
once with wordfreq itself and kept in the user's cache (`lint.cache.cached`).
Such words are answered from the table; a hyphenated word of plain parts is
answered as wordfreq answers it, by combining its parts' frequencies (1/f =
1/f1 + 1/f2 ..., rounded to three significant figures). Anything else (digits,
an apostrophe word the list lacks, whose parts wordfreq may split off) still
goes through wordfreq, so answers are wordfreq's.
"""

from __future__ import annotations

import math
import re
from functools import cache

_FORMAT = 3
#: Words wordfreq tokenizes to themselves (after case folding): the table answers them.
_PLAIN = re.compile(r"[A-Za-z]+")
#: Words with inner apostrophes, answered from the table when it lists them.
_APOSTROPHE = re.compile(r"[a-z]+(?:'[a-z]+)+")
#: A hyphenated word of plain parts: wordfreq reads each part as a token.
_HYPHENATED = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)+")


def _build() -> dict[str, int]:
    """Zipf values in hundredths (wordfreq rounds to them): small ints load faster than floats."""
    from wordfreq import get_frequency_dict, zipf_frequency
    from wordfreq.tokens import tokenize

    return {
        word: round(zipf_frequency(word, "en") * 100)
        for word in get_frequency_dict("en")
        if _PLAIN.fullmatch(word) or _APOSTROPHE.fullmatch(word) and tokenize(word, "en") == [word]
    }


@cache
def _table() -> dict[str, int]:
    from importlib.metadata import version

    from lint.cache import cached

    return cached("wordfreq-en", f"{version('wordfreq')}-v{_FORMAT}", _build)


def zipf(word: str) -> float:
    """wordfreq's Zipf frequency of `word` in English (0 = never seen)."""
    if _PLAIN.fullmatch(word):
        return _table().get(word.lower(), 0) / 100
    key = word.lower().replace("\u2019", "'")
    if _APOSTROPHE.fullmatch(key) and key in _table():
        return _table()[key] / 100
    if _HYPHENATED.fullmatch(word):
        return _combined(key.split("-"))
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "en"))


def _combined(parts: list[str]) -> float:
    """The Zipf value wordfreq gives a phrase of these words: 0 if one is unknown."""
    table = _table()
    if not all(part in table for part in parts):
        return 0.0
    frequency = 1 / sum(10 ** (9 - table[part] / 100) for part in parts)
    frequency = round(frequency, math.floor(-math.log10(frequency)) + 3)
    return round(math.log10(frequency) + 9, 2)
