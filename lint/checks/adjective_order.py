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
"after a week other arrangements"; not where no verb can take the noun phrase
as a first object before a second: in the object of a preposition inside the
clause, "with", "like" or "outside" ("a stand for the club new fans", "with a
diploma new scheme"), after a conjunction or a copula ("was the health former
secretary"), after a comma ("Harbour Homes, the housing local association")
or at the start of a sentence ("The study new shows")), or the next word is
"than" or "enough" ("a candidate other than"). A capitalised noun is a name and is skipped.

Two adjectives keep an order as well: "a chemical new model", "the chief
former economic adviser" put a classifying modifier before an adjective that
English puts first. The table's fourth column lists, for each adjective, the
modifiers it stands before and never after (no nouns: they modify the next
word in most uses); the pair is flagged before a lower-case word that is no
link ("and", "than") and no compound the adjective opens ("the national gross
domestic product"). A modifier is no noun, so no verb can take it as an
object, nor the adjective as its complement.

Predicative adjectives ("big", "large", "small", "young", "public") can stand
after a noun as its complement ("made the files public", "found the house
small"), but only after a verb: the table marks them, and they are flagged
only when the noun phrase is a preposition's object ("fans of the club big",
"on the crowd large"; not "with", as in "with the door open") or, for those
that are no adverbs, the object of a verb outside the closed class that takes
an object complement ("expect a turnout large"; not "make", "keep", "find",
"consider", "sell short" and their kind, nor a copula that opens a question:
"Is the market big?"; a copula inside a statement has the noun phrase for its
complement: "is a theme big at", "became a draw big for"), not before "and",
"or", "enough", "than" or "as" ("the people young and old"), and not after an
-ing word, which makes the adjective a noun ("the viewing public").

Limits, measured with tables built without the held-out source: no flag in
215,000 words of Wikinews and one in 792,000 words of BBC news ("the limits
legal download services place on", a reduced relative clause); with the
packaged table, one in 700,000 words of human post-edits of machine
translation (MLQE-PE: "a light electric sport vehicle", where the noun is
an adjective too) and none in 226,000 words of web news bodies. Invented sentences still show
what it cannot tell apart: an object complement ("took the business
global"), an ordinal after a verb ("finished the season second") or a reduced
relative ("the programme national broadcasters ran"), or a verb's second pair of
objects after a conjunction ("gave the team new hope and the fans new heart"). Adjectives seen mostly
after a noun ("years old", "is available") are not in the table, and a
predicative one inverted after a verb ("they signed the deal big") is missed.
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
#: The table's marker of a predicative adjective (scripts/build_adjective_order.py).
_AFTER_PREPOSITION = "after-preposition"
_BEFORE_OF = "before-of"
_AT_START = "at-start"
#: The word before the determiner (or the start of a sentence, or a comma), and the determiner: "of the" in "of
#: the crowd large", "The" in "Police said. The club big", "a" in "Harbour Gas, a investor big".
_BEFORE_DETERMINER = re.compile(r"(?:([A-Za-z]+)|^|[.!?:;,\"“”‘(\n]) ?[A-Za-z]+ $")
#: A lower-case word, a preposition and the determiner before a noun: "area for the" in "area for the drugs big".
_PREPOSITION_INSIDE = re.compile(r"[a-z] ([a-z]+) [A-Za-z]+ $")
#: A comma, or the start of a sentence, before the determiner: "Qwest, a", "said. The".
_AFTER_COMMA_OR_START = re.compile(r"(?:^|[.!?:;,\n] ?)[A-Za-z]+ $")
#: Prepositions whose object cannot be followed by its complement, as a verb's can ("made the files public");
#: not "with"/"without" ("with the door open").
_PREPOSITIONS = frozenset({"of", "in", "on", "at", "for", "from", "to", "by", "into", "onto", "about", "after",
                           "before", "under", "over", "during", "through", "across", "within", "against", "among",
                           "between", "toward", "towards", "upon", "despite", "behind", "beyond"})
#: Copulas ("be", "become", "remain"): inside a statement the noun phrase after one is its complement.
_COPULAS = frozenset({"is", "was", "are", "were", "be", "been", "being", "become", "becomes", "became",
                      "becoming", "remain", "remains", "remained", "remaining"})
#: Words before a noun phrase that no verb can take as a first object: prepositions, with "with", "like",
#: "outside" and their kind, copulas and conjunctions (a verb's second pair of objects is rare: "gave the team new
#: hope and the fans new heart").
_NO_SECOND_OBJECT = _PREPOSITIONS | _COPULAS | {"with", "without", "like", "outside", "inside", "near", "around",
                                                "throughout", "amid", "via", "beside", "and", "or", "but"}
#: Words before a noun phrase that may take an adjective after it as its complement: verbs of the "make it
#: public" kind (complex-transitive: make, keep, leave, find, declare, consider, take ... public, sell ... short)
#: in every form, copulas that open a question ("Is the market big?"), "with"/"without" ("with the door open"),
#: conjunctions (the verb stands before the first conjunct) and predeterminers ("made all the files public").
COMPLEMENT_TAKERS = frozenset("""
make makes made making keep keeps kept keeping leave leaves left leaving find finds found finding hold holds held
holding render renders rendered rendering deem deems deemed deeming consider considers considered considering
declare declares declared declaring prove proves proved proven proving set sets setting get gets got gotten
getting push pushes pushed pushing paint paints painted painting turn turns turned turning drive drives drove
driven driving take takes took taken taking call calls called calling think thinks thought thinking like likes
liked liking want wants wanted wanting need needs needed needing prefer prefers preferred preferring have has had
having see sees saw seen seeing rate rates rated rating judge judges judged judging believe believes believed
believing count counts counted counting pronounce pronounces pronounced pronouncing label labels labelled labeled
labelling labeling dub dubs dubbed dubbing brand brands branded branding name names named naming elect elects
elected electing cut cuts cutting wipe wipes wiped wiping break breaks broke broken breaking throw throws threw
thrown throwing force forces forced forcing shut shuts shutting blow blows blew blown blowing grow grows grew grown
growing play plays played playing sell sells sold selling buy buys bought buying catch catches caught catching
bring brings brought bringing run runs ran running let lets letting go goes went gone going keep rule rules
ruled ruling report reports reported reporting list lists listed listing is was are were be been being am isn
wasn aren weren seem seems seemed become becomes became becoming remain remains remained remaining stay stays
stayed staying feel feels felt look looks looked sound sounds sounded appear appears appeared with without and or
but nor than as all both half not whether if how so too
""".split())  # noqa: SIM905 (a word list reads better as text)
#: The end of a sentence.
_SENTENCE_END = re.compile(r"[.!?\n]")
#: After a predicative adjective these make it a coordinated or measured complement: "the people young and old".
_COMPLEMENT_LINKS = frozenset({"and", "or", "enough", "than", "as"})
#: Determiners that open the noun phrase ("the", "a", "his" ...), first letter in either case.
_DETERMINERS = ("the", "a", "an", "his", "her", "its", "their", "our")


@cache
def _read(path: str) -> tuple[Mapping[str, frozenset[str]], Mapping[str, frozenset[str]], Mapping[str, frozenset[str]]]:
    if path:
        text = Path(path).read_text(encoding="utf-8")
    else:
        text = (resources.files("lint") / "data" / "adjective-order.tsv").read_text(encoding="utf-8")
    table: dict[str, frozenset[str]] = {}
    predicative: dict[str, frozenset[str]] = {}
    modifiers: dict[str, frozenset[str]] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            adjective, nouns, *rest = line.split("\t")
            table[adjective] = frozenset(nouns.split())
            if rest and _AFTER_PREPOSITION in rest[0].split():
                predicative[adjective] = frozenset(rest[0].split())
            if len(rest) > 1:
                modifiers[adjective] = frozenset(rest[1].split())
    return table, predicative, modifiers


def load_table(path: str = "") -> Mapping[str, frozenset[str]]:
    """Adjective -> the nouns it never follows: the packaged table, or a TSV at `path` in the same format."""
    return _read(path)[0]


def predicative_adjectives(path: str = "") -> Mapping[str, frozenset[str]]:
    """The table's adjectives that may also follow a noun as its complement, with their markers
    (`after-preposition`, and `before-of` for those that never take an "of" complement)."""
    return _read(path)[1]


def modifiers_before(path: str = "") -> Mapping[str, frozenset[str]]:
    """Adjective -> the modifiers it stands before and never after in a noun phrase of two adjectives ("new"
    before "chemical": "a new chemical model")."""
    return _read(path)[2]


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
        table, pattern, predicative = load_table(path), table_pattern(path), predicative_adjectives(path)
        modifiers = modifiers_before(path)
        allow = {" ".join(a.lower().split()) for a in self.p["allow"]}
        text = doc.text
        for start, end in scan(doc, "paragraph", pattern):
            found = text[start:end]
            noun, adjective = found.split(" ")
            if found in allow:
                continue
            after = _NEXT_WORD.match(text, end)
            # "a chemical new model": two adjectives in the wrong order before the noun; a modifier is no noun,
            # so no verb can take it as an object or the adjective as its complement.
            # Not when the adjective opens a compound with the next word ("the national gross domestic product").
            if noun in modifiers.get(adjective, ()):
                if after and after.group(1) not in _COMPLEMENT_LINKS | _POSTMODIFIER_HEADS | modifiers[adjective]:
                    replacement = f"{adjective} {noun}"
                    yield Hit(start, end, replacements=(replacement,), values={"replacement": replacement})
                continue
            if noun not in table[adjective]:
                continue
            # "owed the ruler [military service]": the adjective modifies the next word;
            # "a candidate other than", "a room large enough": it heads a phrase after the noun.
            if after and (after.group(1) in _POSTMODIFIER_HEADS
                          or after.group(1) in table[adjective] and not _in_prepositional_phrase(text, start)):
                continue
            # "of the viewing public": an -ing word before a predicative adjective modifies it as a noun.
            if adjective in predicative and (noun.endswith("ing") or not _no_complement(
                    text, start, after, predicative[adjective])):
                continue
            replacement = f"{adjective} {noun}"
            yield Hit(start, end, replacements=(replacement,), values={"replacement": replacement})


def _in_prepositional_phrase(text: str, start: int) -> bool:
    """Whether no verb can take the noun phrase at `start` as a first object before a second one that the
    adjective opens ("owed the ruler military service", "gave the team new hope"): the phrase is a preposition's
    object inside a clause ("an area for the drugs big companies", "with a diploma new scheme"), a copula's
    complement ("was the health former secretary") or a conjunct ("and the study new shows"), or it follows a comma or opens a sentence ("Harbour Homes,
    the housing local association", "The study new shows"). A preposition that opens its clause may close a
    fronted phrase before the subject ("After a week other arrangements were made")."""
    before = _PREPOSITION_INSIDE.search(text, max(0, start - 40), start)
    if before:
        return before.group(1) in _NO_SECOND_OBJECT
    return bool(_AFTER_COMMA_OR_START.search(text, max(0, start - 20), start))


def _no_complement(text: str, start: int, after: re.Match[str] | None, markers: frozenset[str]) -> bool:
    """Whether a predicative adjective after the noun at `start` cannot be the noun's complement: the noun
    phrase is a preposition's object ("of the crowd large") or, for an adjective that is no adverb, opens a
    sentence or follows a comma ("The club big said", "Harbour Gas, an investor big, said"; not "The song
    first topped"), or "of" follows an adjective that takes no
    "of" ("a portion large of"); never before "and", "enough" and the like
    ("the people young and old"). A verb's object may take a complement: "made the files public"."""
    if after and after.group(1) in _COMPLEMENT_LINKS:
        return False
    if _BEFORE_OF in markers and after and after.group(1) == "of":
        return True
    before = _BEFORE_DETERMINER.search(text, max(0, start - 30), start)
    if before is None:
        return False
    if not before.group(1):
        return _AT_START in markers
    word = before.group(1).lower()
    # An adjective that is no adverb cannot be the complement of a verb that takes none either: "sent a woman
    # young to", "recorded a jump big in" (not "made the files public", "found the house small").
    # A copula inside a statement takes the noun phrase as its complement, which leaves no room for another
    # ("it is a theme big at the show"); only a question puts the subject there ("Is the market big?").
    if word in _COPULAS and before.group(1).islower() and _AT_START in markers:
        return not _question(text, start)
    return word in _PREPOSITIONS or _AT_START in markers and word.isalpha() and before.group(1).islower() \
        and word not in COMPLEMENT_TAKERS


def _question(text: str, start: int) -> bool:
    """Whether the sentence around `start` ends with a question mark."""
    end = _SENTENCE_END.search(text, start)
    return bool(end and end.group() == "?")
