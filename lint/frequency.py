"""How common an English word is: wordfreq's Zipf scale, without wordfreq's start-up cost.

Several detectors ask whether a token is a known word (glued UI text, names in
spelling). Importing wordfreq and unpacking its English list costs about half
a second per run. The Zipf value of every word in that list is computed once
with wordfreq itself and kept in the user's cache (`lint.cache.cached`);
plain alphabetic words are then answered from the table, and anything else
(apostrophes, digits, hyphens) still goes through wordfreq, so every answer is
exactly wordfreq's.
"""

from __future__ import annotations

import re
from functools import cache

_FORMAT = 2
#: Words wordfreq tokenizes to themselves (after case folding): the table answers them.
_PLAIN = re.compile(r"[A-Za-z]+")


def _build() -> dict[str, int]:
    """Zipf values in hundredths (wordfreq rounds to them): small ints load faster than floats."""
    from wordfreq import get_frequency_dict, zipf_frequency

    return {word: round(zipf_frequency(word, "en") * 100) for word in get_frequency_dict("en") if _PLAIN.fullmatch(word)}


@cache
def _table() -> dict[str, int]:
    from importlib.metadata import version

    from lint.cache import cached

    return cached("wordfreq-en", f"{version('wordfreq')}-v{_FORMAT}", _build)


def zipf(word: str) -> float:
    """wordfreq's Zipf frequency of `word` in English (0 = never seen)."""
    if _PLAIN.fullmatch(word):
        return _table().get(word.lower(), 0) / 100
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "en"))
