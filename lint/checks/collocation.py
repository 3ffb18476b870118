"""Spun collocations: a fixed expression with one word swapped for a synonym.

Why it matters: an article spinner disguises copied news by replacing words
with thesaurus synonyms, one at a time. Fixed expressions survive ordinary
editing but not spinning, so "interest rates" comes out as "curiosity rates"
and "climate change" as "atmosphere change". The curated lists in
rules/mt-artefact catch the spins we have seen; this detector catches the
ones nobody listed.

How: `lint/data/spun-collocations.tsv` maps each spun variant to its original.
It is built by `scripts/build_collocations.py` from the fixed expressions of
edited news (pairs of common words that nearly always go together) and the
Moby thesaurus: a variant is listed only when it never occurs in the news
corpus nor among the Web's most frequent word pairs, although a free synonym
would be expected there many times. At lint time the check is one dictionary
look-up per pair of adjacent words.

Names are the trap: "Prime Bank" or "Liberty Party" are names, not spins, so
the table holds no names and a pair is flagged only in lower case (a capital
is allowed on the first word of a sentence). Spun names are listed by hand in
rules/mt-artefact/spun-name.yml.

Limits, measured (tests/benchmarks/collocation_holdout.py): with a table built
without the held-out source, 0.04 flags per 10,000 words of edited news (3 in
1.0 million words, all rare but real phrases such as "frozen goods"), and none
in 132,000 words of web news bodies. Most spins use a synonym too rare, or
swap a word too common, for the counts to prove anything, so the curated
lists find far more than this check.
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

_TOKEN = re.compile(r"[A-Za-z]+")
#: What may stand between the two words of a pair: one space or one hyphen.
_JOINERS = (" ", "-")
#: A capitalised first word still counts as lower case after these (sentence start).
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“‘(\n]\s*)$")


@dataclass(frozen=True)
class Variant:
    """A spun form of a fixed expression."""

    original: str
    #: How often edited text would show the variant if the synonym were a free substitute.
    expected: float


@cache
def originals(path: str = "") -> frozenset[str]:
    """The fixed expressions the table's variants were made from."""
    return frozenset(v.original for v in load_table(path).values())


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
        table = load_table(self.p["table"])
        known = originals(self.p["table"])
        allow = {" ".join(a.lower().split()) for a in self.p["allow"]}
        text = doc.text
        for block in doc.blocks:
            tokens = list(_TOKEN.finditer(text, block.start, block.end))
            for i in range(len(tokens) - 1):
                first, second = tokens[i], tokens[i + 1]
                if text[first.end():second.start()] not in _JOINERS:
                    continue
                hit = self._pair(doc, table, allow, first, second)
                if hit is None:
                    continue
                # "poor [stock market] performance": the second word starts a
                # fixed expression of its own, which the first word modifies.
                after = tokens[i + 2] if i + 2 < len(tokens) else None
                if after is not None and text[second.end():after.start()] in _JOINERS:
                    if f"{second.group().lower()} {after.group().lower()}" in known:
                        continue
                yield hit

    def _pair(
        self, doc: Document, table: Mapping[str, Variant], allow: set[str], first: re.Match[str], second: re.Match[str]
    ) -> Hit | None:
        key = f"{first.group().lower()} {second.group().lower()}"
        variant = table.get(key)
        if variant is None or key in allow or variant.expected < self.p["min_expected"]:
            return None
        a, b = first.group(), second.group()
        if not b.islower() or not (a.islower() or _starts_sentence(doc.text, first.start()) and a[1:].islower()):
            return None
        original = variant.original
        if a[0].isupper():
            original = original[0].upper() + original[1:]
        return Hit(first.start(), second.end(), replacements=(original,), values={"replacement": original})


def _starts_sentence(text: str, offset: int) -> bool:
    return bool(_SENTENCE_START.search(text[max(0, offset - 3):offset])) or offset == 0
