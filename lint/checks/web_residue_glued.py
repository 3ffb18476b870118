"""Page text glued to the story with no space: UI labels and hover cards.

A scraper that joins the text nodes of a page without spaces glues a button
or link label to the word before it ("rightsopen a new tab", "the end of
the story.Click To Tweet") and the pop-up card of a linked name to the name
("Kristi NoemKristi Lynn Noem South Dakota governor"). Both detectors look
for the join itself, a word boundary with no space, and use word frequencies
to tell a join from a real word or a brand written in camel case
("reopen", "PlayStation", "YouTube").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, ClassVar

import re2

from lint.checks.base import Check
from lint.document import Document
from lint.findings import Hit
from lint.frequency import zipf
from lint.rules.patterns import phrase_regex
from lint.rules.scan import scan

_OPTIONS = re2.Options()
_OPTIONS.max_mem = 64 << 20


def _glued_phrase(phrase: str) -> str:
    """A phrase's regex without its leading word boundary, so it matches when glued."""
    body = phrase_regex(phrase)
    return body[2:] if body.startswith(r"\b") else body


class GluedUiText(Check):
    """Flag a UI label glued to the word or sentence before it.

    Why it matters: "rightsopen a new tab" or "…the report.Click To Tweet"
    shows that link and button text from the page ran into the story. The
    label (from the rule's `phrases`) must follow a letter or a closing
    mark with no space, and the glued word must not be a real word (so
    "reopen a new tab" is left alone); a one-word label must be capitalised.
    """

    params: ClassVar[dict[str, Any]] = {
        "phrases": [],
        #: A glued token at or above this Zipf frequency is a real word.
        "known_word_zipf": 1.5,
    }

    def __init__(self, rule: Any, params: Any) -> None:
        super().__init__(rule, params)
        alternatives = sorted({_glued_phrase(p) for p in self.p["phrases"]}, key=len, reverse=True)
        # The labels alone: one fast pass; what touches them is checked in Python.
        self._pattern = re2.compile("(?i:" + "|".join(alternatives) + ")", _OPTIONS)
        zipf("the")  # load the word frequencies now, not while linting the first story

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        for start, end in scan(doc, "text", self._pattern):
            if text[start].islower() and " " not in text[start:end]:
                continue  # a one-word label is capitalised on its button; "emails", "newsprint" are words
            before = text[start - 1] if start else " "
            if before.isalnum():
                head = _word_before(text, start)
                if head.lower() in _BRAND_HEADS:
                    continue  # a name written as one word: "ThePrint", "MyComments"
                if zipf((head + _word_at(text, start)).lower()) >= self.p["known_word_zipf"]:
                    continue
            elif before not in _CLOSERS or start < 2 or text[start - 2].isspace():
                continue  # a mark after a space opens something ("Read more than…"): not glued
            yield Hit(start, end, fix="", values={"label": text[start:end]})


#: Words that start one-word names of sites and products ("ThePrint", "MyEmail"), not a glued label.
_BRAND_HEADS = frozenset({"the", "a", "an", "my", "our", "your", "its"})

#: Marks a label can be glued to: the end of a sentence, a quotation or a bracket.
_CLOSERS = frozenset(".!?,;:”\"’)]")


def _word_before(text: str, end: int) -> str:
    start = end
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    return text[start:end]


def _word_at(text: str, start: int) -> str:
    end = start
    while end < len(text) and text[end].isalpha():
        end += 1
    return text[start:end]


@dataclass(frozen=True)
class _Join:
    """A lowercase letter followed at once by a capitalised word, inside one token."""

    start: int  # start of the token
    join: int   # offset of the capital letter
    end: int
    head: str   # the part before the capital
    tail: str   # the capitalised word after it


#: A lowercase letter right before a capitalised word: rare in prose, found in one fast pass.
_JOIN = re2.compile(r"\p{Ll}\p{Lu}\p{Ll}")
_WORDS = re2.compile(r"[\p{L}\p{N}'’-]+")
_CODE_BEFORE = frozenset("'’-._/#@$<")
_CODE_AFTER = frozenset("(=_/[<{")


def _joins(doc: Document) -> Iterator[tuple[int, int, _Join]]:
    """Case-change joins, with their block bounds.

    Whether the token is a known word (`_known`) is left to the callers, to
    ask last: a word-frequency lookup costs more than their other tests.
    """
    text = doc.text
    for match, _ in scan(doc, "text", _JOIN):
        join = match + 1
        start = join
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        end = join + 1
        while end < len(text) and text[end].isalpha():
            end += 1
        token = text[start:end]
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in _CODE_BEFORE):
            continue
        if end < len(text) and text[end] in _CODE_AFTER:  # an identifier in code: getList(), a.bodyUsed
            continue
        tail = token[join - start:]
        if any(c.isupper() for c in tail[1:]):  # three or more humps: a product name, not a join
            continue
        head = token[:join - start]
        block = doc.block_at(start)
        if block is None:
            continue
        yield block.start, block.end, _Join(start, join, end, head, tail)


def _known(j: _Join, known_word_zipf: float) -> bool:
    """True when the joined token is a real word or a brand ("reopen", "PlayStation")."""
    return zipf((j.head + j.tail).lower()) >= known_word_zipf


def _hover_card(text: str, floor: int, ceiling: int, j: _Join, window: int) -> tuple[int, int] | None:
    """The span of the hover card glued at `j`, when its first word repeats a name just before."""
    before = [w.strip(".,;:'’\"“”()") for w in text[max(floor, j.start - 80):j.start].split()[-window:]]
    if j.tail not in before:
        return None
    # The card repeats the full name, so the glued-to word comes back within a few words.
    words = list(_WORDS.finditer(text, j.join, ceiling))[1:window + 2]
    for w in words:
        if w.group() == j.head:
            return j.join, w.end()
    return None


class HoverCard(Check):
    """Flag a name's hover card glued to the name.

    Why it matters: a linked name on a news page opens a card with the full
    name and job title; a scraper glues it to the name, and the story reads
    "Kristi NoemKristi Lynn Noem South Dakota governor". The mark of a card
    is a name run into a capitalised word that repeats a name just before
    it, in a token that is no known word. The card, up to the repeated name,
    is flagged.
    """

    params: ClassVar[dict[str, Any]] = {
        #: Words before the join searched for the repeated name.
        "window": 4,
        "known_word_zipf": 1.5,
    }

    def __init__(self, rule: Any, params: Any) -> None:
        super().__init__(rule, params)
        zipf("the")  # load the word frequencies now, not while linting the first story

    def check(self, doc: Document) -> Iterator[Hit]:
        for floor, ceiling, j in _joins(doc):
            card = _hover_card(doc.text, floor, ceiling, j, self.p["window"])
            if card is not None and not _known(j, self.p["known_word_zipf"]):
                yield Hit(card[0], card[1], fix="", values={"name": j.head})


class RunTogetherWords(Check):
    """Flag a lowercase word run into a capitalised one: page text glued on, or a lost space.

    Why it matters: "the debrisReport" is what a scraper leaves when a
    label, a link or the next block of the page is joined to the story
    without a space. Both halves are common words, the token is no known
    word (camel-case brands such as "PlayStation" or "YouTube" are), and it
    appears only once in the story (a name spelt in camel case recurs).
    """

    params: ClassVar[dict[str, Any]] = {
        "known_word_zipf": 1.5,
        #: Both halves must be at least this long.
        "min_part": 3,
        #: Each half must be at least this common (Zipf) to count as a word.
        "head_zipf": 3.0,
        "tail_zipf": 2.0,
        "window": 4,
    }

    def __init__(self, rule: Any, params: Any) -> None:
        super().__init__(rule, params)
        zipf("the")  # load the word frequencies now, not while linting the first story

    _TOKEN = re2.compile(r"[\p{L}\p{N}'’-]+")

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        counts: Counter[str] | None = None
        for floor, ceiling, j in _joins(doc):
            if not j.head[0].islower() or min(len(j.head), len(j.tail)) < self.p["min_part"]:
                continue
            if zipf(j.head) < self.p["head_zipf"] or zipf(j.tail.lower()) < self.p["tail_zipf"]:
                continue
            if _known(j, self.p["known_word_zipf"]):
                continue
            if _hover_card(text, floor, ceiling, j, self.p["window"]) is not None:
                continue
            if counts is None:
                counts = Counter(t.group() for t in self._TOKEN.finditer(text))
            if counts[text[j.start:j.end]] > 1:
                continue
            yield Hit(j.start, j.end, replacements=(f"{j.head} {j.tail}",), values={"head": j.head, "tail": j.tail})
