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
are not in it. A noun needs that evidence from edited prose (ten determined
uses at least): the 1987 wire's count senses ("the budget", "the option",
"the acquisition") say nothing of how often news writes them bare ("over
budget", "under option", "growth through acquisition"). A slot needs
evidence of its own, the noun seen determined after it, and apart before
"of" and elsewhere: news writes "the rest of", "the beginning of" and
"the middle of" far more often than "the rest.", which says nothing about
"days of rest.". The Web must not write the bare pair more often than
"slot the noun" is expected ("within reason"), except after "of", where
the Web's case-blind counts are mostly titles and compounds ("Leader of
Party", "of party politics") and twenty determined uses in news with none
bare overrule them. A listed noun may be two words that news
writes after "the" and almost never bare ("at same time", "in near future"),
learned the same way. At lint time one RE2 pass finds a listed word, then a
listed noun in lower case, then the end of the noun phrase: punctuation, a spaced
dash, an opening quote, a function word or a verb ("in world.", "in world -
but", "said decision \"was rushed\"", "of report and", "of world grew"; the verbs are the table's `@verbs` line, words news writes
after a subject pronoun and almost never after a determiner, so never the
head of a compound),
not the first part of a hyphenated word ("world over-supply"). Another word
after the noun makes it a modifier ("in world affairs", "of country music")
and is left alone. So is a noun paired with another bare one ("from country
to country", "between party and state", "month on month"), the first of a
list of bare nouns ("with body, mind and money"), a noun after a classifier
("this kind of problem", "some sort of statement") or "out" ("out of
season"), an -ing noun before
any word but "of", which may make it a verb ("after meeting with aides",
"said filing for bankruptcy would"), unless that word is an auxiliary, which
makes the noun the head of a subject ("said meeting was"), a slot glued to a word before ("knock-on effects"), a
capitalised slot inside a sentence (a title: "the Carry On series"), and
"said" used as an adjective ("the said report"). The table leaves "to" out
for a noun that is a verb too ("to report" is mostly an infinitive); after a
complex preposition ("according to", "in response to", "thanks to") "to"
cannot open an infinitive, so such a noun is flagged there when the table
gives it other slots ("according to report,"), unless it ends in -ing, which
may be a gerund ("prior to meeting, they wrote"). The same holds after a word
that news follows with "to" and a determiner and almost never with a verb
("damage to", "similar to", "close to"), never an active verb, after which
"to" may open an infinitive of result ("fell to end at 105"). The build learns
these words from the counts (the table's `@to-heads` line) and gives a
verb-noun the slot `pto` there when it was seen after "to the" and hardly ever
bare after such a word ("brought to market" keeps "market" out).

Limits, measured with tables built without the held-out source
(tests/benchmarks/collocation_holdout.py --rule dropped-article): one flag in
218,000 words of Wikinews, a real gap in an interview ("the very central part
of system"), and none in 803,000 of BBC news (before the evidence rules: 2 and
11, one real), none in 225,000 words of web news bodies
(web_articles.py) and 132,000 of the extraction benchmark's bodies with the
shipped table, 0.21 per 10,000 words in human post-edits of MT (Wikipedia
prose; 15 flags, 10 real gaps the post-editors left, "in different parts of
country", "At beginning of 1917", "after months of election"; the rest
mass senses: "interested in matter", "change in environment"), and one in
108,000 words of zh-en news MT (a real gap: "found in interview on the
10th"). The cost is recall: the table holds 117 nouns (17 of two words), and a noun that news
rarely writes, or writes bare in some slot of its own, is not checked. House
styles that drop articles on purpose (headlines, the 1987 Reuters wire's
notes: "translated at rate of", "as of end of 1st qtr") are flagged where
they stand in body text: 29 times in 2.6 million words of Reuters ("to
begin in third quarter of 1988"), two of them a finance sense of a noun
("bonds approved for issue").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
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
#: Words after which "of" takes a bare noun: nouns that classify ("this kind of problem", "some sort of statement")
#: and "out", whose "out of" makes idioms of bare nouns ("out of season", "out of office", "out of court").
CLASSIFIERS = frozenset({"kind", "kinds", "sort", "sorts", "type", "types", "form", "forms", "variety", "manner",
                          "lack", "pair", "matter", "question", "sense", "state", "out"})
#: Words that make "to" after them a preposition, never an infinitive's: "according to", "thanks to", "prior to".
COMPLEX_TO = frozenset({"according", "thanks", "owing", "prior", "contrary", "addition", "regard", "respect",
                        "relation", "response", "compared", "opposed", "pursuant", "subsequent"})
#: The table's slot for "to" after a word that makes it a preposition ("damage to", "similar to"), and the key of the
#: table's line that lists those words (learned by scripts/build_article_nouns.py).
TO_PREPOSITION = "pto"
TO_HEADS = "@to-heads"
#: The key of the table's line of verbs and adverbs that end a noun's phrase as a function word does ("of world
#: rose"): words news writes after a subject pronoun, almost never after a determiner.
VERBS = "@verbs"
FUNCTION_WORDS = frozenset(_PHRASE_END) | {"the", "a", "an", "my", "our", "your", "no", "any", "some", "every"}
#: The lower-case word after the noun's follower ("to country" -> "country").
_FOLLOW = re.compile(r" ([a-z]+)(?: ([A-Za-z]+))?")
#: Words (a hyphenated one whole) and the punctuation between them, as scripts/build_article_nouns.py reads text.
_TOKEN = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*|[.,;:!?)]")
#: The word before a slot: a determiner makes "said" an adjective ("the said report").
_BEFORE = re.compile(r"([A-Za-z]+)([ -])$")
#: What may stand before a capitalised slot: the start of a sentence.
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“‘(\n]\s*)$")
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "such"})
#: Auxiliaries and modals: after one an -ing word is a noun that heads its clause's subject ("said meeting was"),
#: not a verb taking an object or adverb ("said meeting with aides", "after meeting him").
AUXILIARIES = frozenset({"is", "was", "are", "were", "will", "would", "has", "had", "could", "should", "may",
                         "might", "must", "can"})


def frame(slot: str, after: str) -> str:
    """The slot as the table keys it: "in", or "in+of" when "of" follows the noun ("in the middle of"). A noun is
    often determined only before "of" ("the rest of", "the beginning of") and bare where it ends its phrase
    ("days of rest"), so the two are counted and flagged apart."""
    return f"{slot}+of" if after == "of" else slot


@cache
def _read(path: str) -> tuple[Mapping[str, frozenset[str]], frozenset[str], frozenset[str]]:
    if path:
        text = Path(path).read_text(encoding="utf-8")
    else:
        text = (resources.files("lint") / "data" / "article-nouns.tsv").read_text(encoding="utf-8")
    table: dict[str, frozenset[str]] = {}
    heads: frozenset[str] = frozenset()
    verbs: frozenset[str] = frozenset()
    for line in text.splitlines():
        if line and not line.startswith("#"):
            noun, slots = line.split("\t")
            if noun == TO_HEADS:
                heads = frozenset(slots.split())
            elif noun == VERBS:
                verbs = frozenset(slots.split())
            else:
                table[noun] = frozenset(slots.split())
    return table, heads, verbs


def load_table(path: str = "") -> Mapping[str, frozenset[str]]:
    """Noun -> the words after which it needs an article: the packaged table, or a TSV at `path`."""
    return _read(path)[0]


def to_heads(path: str = "") -> frozenset[str]:
    """Words after which "to" is a preposition ("damage to", "similar to"), learned from news counts, and the
    complex prepositions ("according to")."""
    return _read(path)[1] | COMPLEX_TO


@cache
def _regex(path: str = "") -> tuple[str, str]:
    """The slot and noun (group `flag`), and the end of the phrase after them, as regular expressions."""
    table = load_table(path)
    slots = sorted({f.partition("+")[0] for f in set().union(*table.values())} - {TO_PREPOSITION} | {"to"})
    slot_regex = alternation(f"[{s[0].upper()}{s[0]}]{s[1:]}" for s in slots)
    nouns = alternation(re.escape(n) for n in table)
    ends = alternation(sorted(set(_PHRASE_END) | _read(path)[2]))
    # A function word ends the phrase, but not as the first part of a hyphenated word ("world over-supply"); so does
    # an opening quote ("said report “was flawed”"), which a modifier never is.
    return rf"(?P<flag>{slot_regex} {nouns})", rf"(?:[.,;:!?)]| [-–—] | [\"“]\w| (?:{ends})(?:[^\w-]|$))"


@cache
def table_pattern(path: str = "") -> Pattern:
    """A slot word (capital allowed), a listed noun in lower case, then the end of its phrase (punctuation, a
    function word or a verb of the table's @verbs line); `flag` = the two."""
    flag, end = _regex(path)
    return compile_regex(rf"\b{flag}{end}", ignorecase=False, where=(path or "lint/data/article-nouns.tsv", None, "table"))


@cache
def _chained(path: str = "") -> re.Pattern[str]:
    """The same match at a given offset, its end looked ahead at, not taken: the function word that ends one
    noun's phrase may open the next ("of opinion on issue of"), and the scan, resuming after a whole match, would
    skip it."""
    flag, end = _regex(path)
    return re.compile(rf"{flag}(?={end})")


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
        table, heads, pattern = load_table(path), to_heads(path), table_pattern(path)
        allow = {" ".join(a.lower().split()) for a in self.p["allow"]}
        text = doc.text
        chained = _chained(path)
        for start, end in scan(doc, "paragraph", pattern):
            while True:
                hit = _judge(text, start, end, table, heads, allow)
                if hit is not None:
                    yield hit
                following = chained.match(text, end + 1)
                if following is None:
                    break
                start, end = following.span("flag")


def _judge(text: str, start: int, end: int, table: Mapping[str, frozenset[str]], heads: frozenset[str],
           allow: set[str]) -> Hit | None:
    """The finding for the slot and noun at `start`:`end`, or None when the table, `allow` or a guard lets it be."""
    slot, noun = text[start:end].split(" ", 1)
    slot = slot.lower()
    follow = _FOLLOW.match(text, end)
    framed = frame(slot, follow.group(1) if follow else "")
    before = _BEFORE.search(text, max(0, start - 20), start)
    prepositional = slot == "to" and before is not None and before.group(2) == " " \
        and before.group(1).lower() in heads
    if framed not in table[noun] and not (prepositional and TO_PREPOSITION + framed[2:] in table[noun]) \
            and not _after_complex_preposition(text, start, framed, noun, table[noun]) \
            or f"{slot} {noun}" in allow or _paired(text, end, slot, noun):
        return None
    if text[start].isupper() and not _SENTENCE_START.search(text, max(0, start - 3), start):
        return None  # "the Carry On series": a title, not a preposition
    if before and (before.group(2) == "-" or before.group(1).lower() in _DETERMINERS or before.group(1).lower() == noun
                   or slot == "of" and before.group(1) in CLASSIFIERS):
        return None
    if noun.endswith("ing") and maybe_verb(slot, follow.group(1) if follow else ""):
        return None  # the build counts such uses the same way (scripts/build_article_nouns.py)
    replacement = f"{text[start:start + len(slot)]} the {noun}"
    return Hit(start, end, replacements=(replacement,), values={"replacement": replacement})


def _after_complex_preposition(text: str, start: int, framed: str, noun: str, frames: frozenset[str]) -> bool:
    """Whether the slot is the "to" of a complex preposition ("according to report", "in response to move") and
    the noun needs its article after other prepositions. The table leaves "to" out for a noun that is a verb too,
    since "to report" is mostly an infinitive; after these words it cannot be one. An -ing word may still be a
    gerund ("prior to meeting, they wrote")."""
    if framed.partition("+")[0] != "to" or noun.endswith("ing"):
        return False
    before = _BEFORE.search(text, max(0, start - 20), start)
    if not before or before.group(2) != " " or before.group(1).lower() not in COMPLEX_TO:
        return False
    of = framed.endswith("+of")
    return any(f.endswith("+of") == of and not f.startswith(("to", "said")) for f in frames)


def maybe_verb(slot: str, after: str) -> bool:
    """Whether an -ing noun after `slot`, followed by the word `after` ("" for punctuation), may be a verb: before
    any word but "of" ("after meeting with aides"), and after "said" before anything ("said filing for bankruptcy
    would"), but never before an auxiliary, which makes it the head of a subject ("said meeting was")."""
    if after in AUXILIARIES:
        return False
    return slot == "said" or after not in ("", "of")


def _paired(text: str, end: int, slot: str, noun: str) -> bool:
    follow = _FOLLOW.match(text, end)
    if follow and follow.group(2) and paired(slot, noun, follow.group(1), follow.group(2)):
        return True
    return text.startswith(",", end) and listed(_TOKEN.findall(text, end, end + 80))


def listed(tokens: Sequence[str]) -> bool:
    """Whether the tokens after a noun (words and punctuation apart) go on with a list of bare singular words that
    ends in "and" or "or": "with body, mind and money", "for road, rail and air traffic". The noun is the list's
    first item, so it is bare for the same reason its fellows are."""
    if len(tokens) < 4 or tokens[0] != ",":
        return False
    for i in range(1, min(len(tokens) - 1, 8), 2):
        item, link = tokens[i], tokens[i + 1]
        if not item.islower() or not item.isalpha() or item in FUNCTION_WORDS or plural(item):
            return False
        if link in ("and", "or"):
            return i + 2 < len(tokens) and tokens[i + 2].isalpha() and tokens[i + 2].islower()
        if link != ",":
            return False
    return False


def plural(word: str) -> bool:
    """A plural takes no article ("blades for hands"): a word in -s, but not -ss, -us or -is ("business", "crisis")."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


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
