"""Spun collocations: a fixed expression with one word swapped for a synonym.

Why it matters: an article spinner disguises copied news by replacing words
with thesaurus synonyms, one at a time. Fixed expressions survive ordinary
editing but not spinning, so "interest rates" comes out as "curiosity rates"
and "climate change" as "atmosphere change". The curated lists in
rules/mt-artefact catch the spins we have seen; this detector catches the
ones nobody listed.

How: `lint/data/spun-collocations.tsv` maps each spun variant to its original.
It is built by `scripts/build_collocations.py` from fixed expressions (pairs
of common words that nearly always go together) of two sources: the edited
news corpus, and English at large (the Google Web 1T pair counts shipped in
`wordsegment`, for pairs that news also uses), and from the Moby thesaurus.
A variant is one word swapped for a mutual synonym that is rarer than it,
as a spinner's pick is; it is listed only when it never occurs in the news
corpus nor among the Web's frequent pairs although, were the synonym a free
substitute, it would be expected there ten times over (ten times in the news
corpus, ten times the Web list's floor of 100,000). Only the first word is
swapped: a swapped head noun mostly makes another ordinary phrase. At lint
time the table is one RE2 alternation, matched in a single pass like the
phrase lists.

Names are the trap: "Prime Bank" or "Liberty Party" are names, not spins, so
the table holds no names and a pair is flagged only in lower case (a capital
is allowed on the first word of a sentence). Spun names are listed by hand in
rules/mt-artefact/spun-name.yml.

Limits, measured (tests/benchmarks/collocation_holdout.py): with a table built
without the held-out source, 0.02 flags per 10,000 words of edited news (2 in
1.0 million words, both rare but real: "highest ranking executive",
"bilateral market access"), none in 132,000 words of web news bodies, and 3
in 700,000 words of human post-edits of MT (rare real pairs of co-hyponyms
that Moby lists as synonyms: "barley flour", "copper ore").
Most spins use a synonym too rare, or swap a word too common, for the counts
to prove anything, so the curated lists find far more than this check.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, ClassVar

from lint.checks.base import Check
from lint.document import Document
from lint.findings import Hit
from lint.rules.patterns import Pattern, alternation, compile_regex
from lint.rules.scan import scan

#: The word after a pair, joined to it by one space or one hyphen.
_NEXT_WORD = re.compile(r"[ -]([A-Za-z]+)")
#: A capitalised first word still counts as lower case after these (sentence start).
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“‘(\n]\s*)$")


@dataclass(frozen=True)
class Variant:
    """A spun form of a fixed expression."""

    original: str
    #: How often the variant would be expected, were the synonym a free substitute, in units of the least count
    #: its source shows (1 in the news corpus; 100,000 in the Web list).
    expected: float


@cache
def originals(path: str = "") -> frozenset[str]:
    """The fixed expressions the table's variants were made from."""
    return frozenset(v.original for v in load_table(path).values())


@cache
def table_pattern(path: str = "") -> Pattern:
    """One RE2 alternation of every variant (joined by a space or a hyphen): a single pass per paragraph."""
    words = (key.split() for key in load_table(path))
    regex = r"\b" + alternation(f"{re.escape(a)}[ -]{re.escape(b)}" for a, b in words) + r"\b"
    return compile_regex(regex, ignorecase=True, where=(path or "lint/data/spun-collocations.tsv", None, "table"))


def may_match(doc: Document, path: str = "") -> bool:
    """False when the table pattern cannot match: one RE2 search of the whole text, which finds
    any match a paragraph holds (a match has no line break in it). Most stories hold no pair at
    all; once RE2 has built its DFA (over the first few hundred stories of a run) this search
    costs about 0.04 s per million words, against 0.16 s for the word-set test it replaces.
    """
    return table_pattern(path).search(doc.text) is not None


@cache
def load_table(path: str = "") -> Mapping[str, Variant]:
    """The variant table: the packaged one, or a TSV at `path` in the same format."""
    if path:
        text = Path(path).read_text(encoding="utf-8")
    else:
        text = (resources.files("lint") / "data" / "spun-collocations.tsv").read_text(encoding="utf-8")
    table: dict[str, Variant] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        variant, original, expected = line.split("\t")
        table[variant] = Variant(original, float(expected))
    return table


class SpunCollocation(Check):
    """Flag a pair of adjacent words that is a known spun form of a fixed expression."""

    params: ClassVar[Mapping[str, Any]] = {
        # Flag only variants a free synonym would have produced at least this often in edited news.
        "min_expected": 10.0,
        # Variants never to flag (lower case, one space between the words).
        "allow": [],
        # A TSV table to use instead of the packaged one (same format).
        "table": "",
    }

    def check(self, doc: Document) -> Iterator[Hit]:
        path = self.p["table"]
        table, known, pattern = load_table(path), originals(path), table_pattern(path)
        if not may_match(doc, path):
            return
        allow = {" ".join(a.lower().split()) for a in self.p["allow"]}
        text = doc.text
        for start, end in scan(doc, "paragraph", pattern):
            found = text[start:end]
            a, b = re.split(r"[ -]", found, maxsplit=1)
            key = f"{a.lower()} {b.lower()}"
            variant = table[key]
            if key in allow or variant.expected < self.p["min_expected"]:
                continue
            if not b.islower() or not (a.islower() or _starts_sentence(text, start) and a[1:].islower()):
                continue
            # "poor [stock market] performance": the second word starts a
            # fixed expression of its own, which the first word modifies.
            after = _NEXT_WORD.match(text, end)
            if after and f"{b.lower()} {after.group(1).lower()}" in known:
                continue
            original = variant.original
            if a[0].isupper():
                original = original[0].upper() + original[1:]
            yield Hit(start, end, replacements=(original,), values={"replacement": original})


def _starts_sentence(text: str, offset: int) -> bool:
    return bool(_SENTENCE_START.search(text[max(0, offset - 3):offset])) or offset == 0
