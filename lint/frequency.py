"""How common an English word is: wordfreq's Zipf scale, without wordfreq's start-up cost.

Several detectors ask whether a token is a known word (glued UI text, names in
spelling). Importing wordfreq and unpacking its English list costs about half
a second per run. The Zipf value of every word in that list that wordfreq
reads as one token (letters, with inner apostrophes: "don't") is computed
once with wordfreq itself and kept in the user's cache (`lint.cache.cached`).
Such words are answered from the table; a hyphenated word of plain parts is
answered as wordfreq answers it, by combining its parts' frequencies (1/f =
1/f1 + 1/f2 ..., rounded to three significant figures). A word of Latin
letters with accents ("café", "megvétele") is answered from a second, small
table of the list's such words: wordfreq reads it as one token, which scores
0 when the list lacks it (tests/test_frequency.py compares thousands of them
with wordfreq). Anything else (digits, an apostrophe word the list lacks,
whose parts wordfreq may split off) still goes through wordfreq, so answers
are wordfreq's.
"""

from __future__ import annotations

import math
import re
import unicodedata
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
    if _accented(word) and key not in _accented_table()[1]:
        return _accented_table()[0].get(key, 0) / 100
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "en"))


def _accented(word: str) -> bool:
    """True for a word of Latin letters (some beyond ASCII), in lower case too ("Ʃ" lowers to an IPA
    letter), that wordfreq folds to its lower case: composed (NFC) and lower-cased as case folding
    would ("ß" folds to "ss": not such a word)."""
    lower = word.lower()
    return (word.isalpha() and max(word) <= _LATIN_END and max(lower) <= _LATIN_END
            and unicodedata.is_normalized("NFC", word) and word.casefold() == lower)


#: The last letter of the Latin script's blocks that `_accented` takes (Latin Extended-B).
_LATIN_END = "\u024f"


def _build_accented() -> tuple[dict[str, int], list[str]]:
    """The list's accented words that wordfreq reads as themselves, in hundredths (as `_build`),
    and those it reads otherwise (answered by wordfreq)."""
    from wordfreq import get_frequency_dict, zipf_frequency
    from wordfreq.tokens import tokenize

    words = [w for w in get_frequency_dict("en") if not w.isascii() and _accented(w)]
    table = {w: round(zipf_frequency(w, "en") * 100) for w in words if tokenize(w, "en") == [w]}
    return table, [w for w in words if w not in table]


@cache
def _accented_table() -> tuple[dict[str, int], frozenset[str]]:
    from importlib.metadata import version

    from lint.cache import cached

    table, others = cached("wordfreq-en-accented", f"{version('wordfreq')}-v1", _build_accented)
    return table, frozenset(others)


def _combined(parts: list[str]) -> float:
    """The Zipf value wordfreq gives a phrase of these words: 0 if one is unknown."""
    table = _table()
    if not all(part in table for part in parts):
        return 0.0
    frequency = 1 / sum(10 ** (9 - table[part] / 100) for part in parts)
    frequency = round(frequency, math.floor(-math.log10(frequency)) + 3)
    return round(math.log10(frequency) + 9, 2)
