"""A site's call to action left in the story: "Sign up for our daily email."

News pages are studded with appeals to the reader written as sentences:
"Subscribe to our channel for the latest videos!", "Follow the newsroom on
Instagram.", "Get breaking news straight to your inbox." Their wording
changes from site to site, but their shape does not: a short sentence
that opens with a call-to-action verb and names something the site
offers (a newsletter, an app, a channel, its coverage). Story sentences
rarely open with an imperative, and when they do (a quoted appeal, advice
to readers) they are in quotation marks or name no offer of the site.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

import re2

from lint.checks.base import Check
from lint.document import Document
from lint.findings import Hit
from lint.rules.scan import scan

_WORD = re2.compile(r"[\p{L}'’-]+")
_QUOTES = "\"“”«»"
#: Verbs that make a statement of the words before them: an appeal has none right after its verb.
_AUXILIARIES = frozenset("is are was were has have had will would can could".split())


class PromoLine(Check):
    """Flag a short sentence that calls on the reader to use something the site offers.

    Why it matters: "Sign up for our daily email." or "Follow the newsroom
    on Instagram." is the page talking, not the story. The sentence stands
    as a paragraph or ends one, has at most `max_words` words, opens with a
    call-to-action verb (`verbs`) and names an offer of the site (`offers`:
    newsletter, inbox, app, channel, membership...). Sentences with
    quotation marks are left alone, so a quoted appeal is story text; a
    label without a closing mark is a button, left to ui-control-line.
    """

    params: ClassVar[dict[str, Any]] = {
        "max_words": 25,
        "verbs": [],
        "offers": [],
        "skip_blocks": ["title", "heading", "caption"],
    }

    def __init__(self, rule: Any, params: Any) -> None:
        super().__init__(rule, params)
        self._verbs = {v.casefold() for v in self.p["verbs"]}
        offers = sorted({o.casefold() for o in self.p["offers"]}, key=len, reverse=True)
        self._offer = re2.compile(r"(?i)\b(?:" + "|".join(re2.escape(o) for o in offers) + r")\b")
        self._skip = set(self.p["skip_blocks"])
        verbs = "|".join(re2.escape(v) for v in sorted(self._verbs))
        # A verb opening a line or a sentence: one pass over the text finds the few blocks worth reading.
        self._opening = re2.compile(r"(?m)(?:^[ \t]*|[.!?][\"”’)]*[ \t]+)[\"“‘']?(?P<flag>(?i:" + verbs + r"))\b")

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        seen: set[int] = set()
        for at, _ in scan(doc, "text", self._opening):
            block = doc.block_at(at)
            if block is None or block.start in seen or block.kind in self._skip:
                continue
            seen.add(block.start)
            para = text[block.start:block.end]
            if "\n" in para.strip():
                continue
            start = block.start + len(para) - len(para.lstrip())
            sentence = para.strip()
            cut = _last_sentence(sentence)
            if cut > 0:
                start += cut
                sentence = sentence[cut:]
            if self._promo(sentence):
                yield Hit(start, start + len(sentence))

    def _promo(self, sentence: str) -> bool:
        """True for a short sentence without quotation marks that opens with a verb and names an offer."""
        first = _WORD.search(sentence[:40])
        if first is None or first.group().casefold() not in self._verbs:
            return False  # most sentences are rejected here, before they are split into words
        if sentence.count(" ") >= self.p["max_words"] or any(q in sentence for q in _QUOTES):
            return False
        if sentence[-1] not in ".!?:…":
            return False  # a button's label ("Download Our App") is web-residue.ui-control-line's
        if any(w.casefold() in _AUXILIARIES for w in _WORD.findall(sentence[:60])[1:3]):
            return False  # a statement about a title ("Get Out is streaming on YouTube"), not an appeal
        return self._offer.search(sentence) is not None


def _last_sentence(para: str) -> int:
    """Where the paragraph's last sentence starts (after ". ", "! " or "? " and a capital), or -1 for one sentence."""
    end = len(para) - 1
    while end > 0:
        cut = max(para.rfind(". ", 0, end), para.rfind("! ", 0, end), para.rfind("? ", 0, end))
        if cut < 0:
            return -1
        start = cut + 2
        if start < len(para) and para[start].isupper():
            return start
        end = cut
    return -1
