"""Dropped article: "said report was wrong", "the biggest airline in world."

Why it matters: Russian, Chinese, Japanese, Polish and many other languages
have no articles, and machine translation or a translator working from them
often leaves "the" out before a singular count noun: "according to
statement of ministry", "the best result in world". Every word is spelled
right and every pair of words occurs in English ("in world affairs"), so
spell checkers and phrase lists miss it; to an English reader it reads as
translated at once.

How: `lint/data/article-nouns.tsv` lists singular count nouns that edited
news always gives a determiner after a preposition or "said" ("of the
report.", "in the world,"), and after which of those words. It is built by
`scripts/build_article_nouns.py` from counts alone: nouns seen with a
determiner there many times and bare almost never, so mass nouns, roles and
bare idioms ("in court", "as president", "by car", "for club and country")
are not in it. At lint time one RE2 pass finds a listed word, then a listed
noun in lower case, then the end of the noun phrase: punctuation, a spaced
dash or a function word ("in world.", "in world - but", "of report and"). Another word after the noun
makes it a modifier ("in world affairs", "of country music") and is left
alone. So is a noun paired with another bare one ("from country to country",
"between party and state", "of mother and child"), a noun after a classifier
("this kind of problem", "some sort of statement"), an -ing noun before
any word but "of", which may make it a verb ("after meeting with aides",
"said filing for bankruptcy would"), a slot glued to a word before ("knock-on effects"), a
capitalised slot inside a sentence (a title: "the Carry On series"), and
"said" used as an adjective ("the said report").

Limits, measured with tables built without the held-out source
(tests/benchmarks/collocation_holdout.py --rule dropped-article): 0.09 flags
per 10,000 words of Wikinews, 0.14 of BBC news (nouns with a mass sense the
smaller table did not know: "over budget", "days of rest", "a change in
direction"; and real gaps: "after visit to University"), none in 132,000
words of web news bodies with the shipped table, 0.37 in human post-edits of
MT (Wikipedia prose: "the law of conservation of matter", and gaps the
post-editors left: "in different parts of country"), and one in 113,000
words of zh-en news MT (a real gap: "found in interview on the 10th"). House styles that drop
articles on purpose (headlines, the 1987 Reuters wire's notes: "translated at
rate of") are flagged where they stand in body text: 0.20 per 10,000 words
of Reuters.
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

#: Function words after which the noun ends its phrase (as in scripts/build_article_nouns.py), minus those
#: that pair it with another bare noun, which PAIRING handles.
_PHRASE_END = ("of", "in", "on", "at", "for", "from", "with", "into", "about", "after", "before", "under", "over",
               "during", "through", "across", "within", "against", "among", "between", "by", "to", "as", "and",
               "or", "but", "nor", "so", "than", "that", "which", "who", "whom", "whose", "where", "when", "while",
               "because", "if", "since", "until", "though", "although", "is", "was", "are", "were", "be", "been",
               "has", "have", "had", "will", "would", "could", "should", "may", "might", "must", "can", "do", "does",
               "did", "not", "said", "says", "this", "these", "those", "it", "its", "he", "she", "they", "we", "his",
               "her", "their", "there", "here", "then", "also", "yet")
#: After these the noun may be one of a pair of bare nouns: "from country to country", "mother and child".
PAIRING = frozenset({"and", "or", "nor", "to", "into", "by", "after", "upon", "for", "versus", "on"})
#: Nouns that classify and take a bare noun after "of": "this kind of problem", "some sort of statement".
CLASSIFIERS = frozenset({"kind", "kinds", "sort", "sorts", "type", "types", "form", "forms", "variety", "manner",
                          "lack", "pair", "matter", "question", "sense", "state"})
FUNCTION_WORDS = frozenset(_PHRASE_END) | {"the", "a", "an", "my", "our", "your", "no", "any", "some", "every"}
#: The lower-case word after the noun's follower ("to country" -> "country").
_FOLLOW = re.compile(r" ([a-z]+)(?: ([A-Za-z]+))?")
#: The word before a slot: a determiner makes "said" an adjective ("the said report").
_BEFORE = re.compile(r"([A-Za-z]+)([ -])$")
#: What may stand before a capitalised slot: the start of a sentence.
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“‘(\n]\s*)$")
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "such"})


@cache
def load_table(path: str = "") -> Mapping[str, frozenset[str]]:
    """Noun -> the words after which it needs an article: the packaged table, or a TSV at `path`."""
    if path:
        text = Path(path).read_text(encoding="utf-8")
    else:
        text = (resources.files("lint") / "data" / "article-nouns.tsv").read_text(encoding="utf-8")
    table: dict[str, frozenset[str]] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            noun, slots = line.split("\t")
            table[noun] = frozenset(slots.split())
    return table


@cache
def table_pattern(path: str = "") -> Pattern:
    """A slot word (capital allowed), a listed noun in lower case, then the end of its phrase; `flag` = the two."""
    table = load_table(path)
    slots = sorted(set().union(*table.values()))
    slot_regex = alternation(f"[{s[0].upper()}{s[0]}]{s[1:]}" for s in slots)
    nouns = alternation(re.escape(n) for n in table)
    ends = alternation(_PHRASE_END)
    regex = rf"\b(?P<flag>{slot_regex} {nouns})(?:[.,;:!?)]| [-–—] | {ends}\b)"
    return compile_regex(regex, ignorecase=False, where=(path or "lint/data/article-nouns.tsv", None, "table"))


class DroppedArticle(Check):
    """Flag a singular count noun left without its article after a preposition or "said"."""

    params: ClassVar[Mapping[str, Any]] = {
        # Pairs never to flag (slot then noun, lower case, one space): "in season".
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
            slot, noun = text[start:end].split(" ")
            slot = slot.lower()
            if slot not in table[noun] or f"{slot} {noun}" in allow or _paired(text, end, slot, noun):
                continue
            if text[start].isupper() and not _SENTENCE_START.search(text, max(0, start - 3), start):
                continue  # "the Carry On series": a title, not a preposition
            before = _BEFORE.search(text, max(0, start - 20), start)
            if before and (before.group(2) == "-" or before.group(1).lower() in _DETERMINERS or before.group(1) == noun
                           or slot == "of" and before.group(1) in CLASSIFIERS):
                continue
            follow = _FOLLOW.match(text, end)
            if noun.endswith("ing") and (slot == "said" or follow and follow.group(1) != "of"):
                continue  # the build counts such uses the same way (scripts/build_article_nouns.py)
            replacement = f"{text[start:start + len(slot)]} the {noun}"
            yield Hit(start, end, replacements=(replacement,), values={"replacement": replacement})


def _paired(text: str, end: int, slot: str, noun: str) -> bool:
    follow = _FOLLOW.match(text, end)
    return bool(follow and follow.group(2) and paired(slot, noun, follow.group(1), follow.group(2)))


def paired(slot: str, noun: str, link: str, after: str) -> bool:
    """Whether the noun after `slot`, followed by `link` and `after`, is one of a pair of bare nouns:
    "country to country", "club and country", "from north to south"."""
    if link not in PAIRING or not after.islower():
        return False
    if after == noun:
        return True
    ranged = slot == "from" and link in ("to", "into")
    # A verb form after "and" starts another clause: "with economy or handing out".
    verb_form = after.endswith(("ing", "ed"))
    return (link in ("and", "or", "nor") or ranged) and after not in FUNCTION_WORDS and not verb_form
