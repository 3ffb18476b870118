"""Adjective after its noun: "the government national said", "a partner new".

Why it matters: machine translation from languages that put most adjectives
after the noun (French, Spanish, Italian, Portuguese, Arabic) sometimes keeps
the source order, and a paraphrase tool that shuffles words does the same.
English puts a classifying adjective ("national", "former", "new",
"economic") before its noun, so "the legislation new" is wrong at once to a
reader, yet every word is spelled right and no phrase list can name every
noun.

How: `lint/data/adjective-order.tsv` lists, for each adjective that edited
English uses only before nouns, the nouns it is seen to modify whose reversed
order never occurs, neither in the news corpus nor among the Web's frequent
pairs. It is built by `scripts/build_adjective_order.py` from counts alone:
which words behave as attributive adjectives (after a determiner, before a
word, hardly ever before punctuation or after "is"/"very") and which pairs
occur. At lint time one RE2 pass finds a determiner, a lower-case word and a
listed adjective followed by punctuation or a lower-case word; the pair is
flagged when the table lists it, unless the adjective is listed with the word
after it, which it then modifies ("they owed the ruler military service",
"after a week other arrangements"), or the next word is "than" or "enough"
("a candidate other than"). A capitalised noun is a name and is skipped.

Limits, measured with tables built without the held-out source: no flag in
215,000 words of Wikinews and one in 792,000 words of BBC news ("the limits
legal download services place on", a reduced relative clause); with the
packaged table, one in 700,000 words of human post-edits of machine
translation (MLQE-PE: "a light electric sport vehicle", where the noun is
an adjective too) and none in 226,000 words of web news bodies. Invented sentences still show
what it cannot tell apart: an object complement ("took the business
global"), an ordinal after a verb ("finished the season second") or a reduced
relative ("the programme national broadcasters ran"). Predicative adjectives
("big", "small", "public", "old") are not in the table: "made the files
public" and "years old" are good English, so an inverted "the deal big" is
missed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, ClassVar

from lint.checks.base import Check
from lint.document import Document
from lint.findings import Hit
from lint.rules.patterns import Pattern, alternation, compile_regex
from lint.rules.scan import scan

#: The lower-case word after a match.
_NEXT_WORD = re.compile(r" ([a-z]+)")
#: Words after which an adjective may follow its noun: "other than", "large enough".
_POSTMODIFIER_HEADS = frozenset({"than", "enough"})
#: Determiners that open the noun phrase ("the", "a", "his" ...), first letter in either case.
_DETERMINERS = ("the", "a", "an", "his", "her", "its", "their", "our")


@cache
def load_table(path: str = "") -> Mapping[str, frozenset[str]]:
    """Adjective -> the nouns it never follows: the packaged table, or a TSV at `path` in the same format."""
    if path:
        text = Path(path).read_text(encoding="utf-8")
    else:
        text = (resources.files("lint") / "data" / "adjective-order.tsv").read_text(encoding="utf-8")
    table: dict[str, frozenset[str]] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            adjective, nouns = line.split("\t")
            table[adjective] = frozenset(nouns.split())
    return table


@cache
def table_pattern(path: str = "") -> Pattern:
    """Determiner, lower-case word, listed adjective, then punctuation or a lower-case word; `flag` = the pair."""
    determiners = "|".join(f"[{d[0].upper()}{d[0]}]{d[1:]}" for d in _DETERMINERS)
    adjectives = alternation(re.escape(a) for a in load_table(path))
    regex = rf"\b(?:{determiners}) (?P<flag>[a-z]{{3,}} {adjectives})(?:[,.;:!?)]| [a-z])"
    return compile_regex(regex, ignorecase=False, where=(path or "lint/data/adjective-order.tsv", None, "table"))


class AdjectiveAfterNoun(Check):
    """Flag a listed adjective standing right after a noun it always precedes in English."""

    params: ClassVar[Mapping[str, Any]] = {
        # Pairs never to flag (noun then adjective, lower case, one space).
        "allow": [],
        # A TSV table to use instead of the packaged one (same format).
        "table": "",
    }

    def check(self, doc: Document) -> Iterator[Hit]:
        path = self.p["table"]
        table, pattern = load_table(path), table_pattern(path)
        allow = {" ".join(a.lower().split()) for a in self.p["allow"]}
        text = doc.text
        for start, end in scan(doc, "paragraph", pattern):
            found = text[start:end]
            noun, adjective = found.split(" ")
            if noun not in table[adjective] or found in allow:
                continue
            # "owed the ruler [military service]": the adjective modifies the next word;
            # "a candidate other than", "a room large enough": it heads a phrase after the noun.
            after = _NEXT_WORD.match(text, end)
            if after and (after.group(1) in table[adjective] or after.group(1) in _POSTMODIFIER_HEADS):
                continue
            replacement = f"{adjective} {noun}"
            yield Hit(start, end, replacements=(replacement,), values={"replacement": replacement})
