"""A short line standing alone between paragraphs of prose: a label, a teaser, a credit.

The line is judged by its shape and its neighbours, not by its words, so
it catches page furniture no list knows.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

import re2

from lint.checks.base import Check
from lint.checks.web_residue_shapes import CLOCK, LABEL_MINOR, LINK_WORDS, NO_END, dateline, headline_case, truncated
from lint.document import Document
from lint.findings import Hit, Severity
from lint.frequency import zipf

#: Marks that open a line which is part of the story's own layout: an attribution
#: dash, a list bullet, a bracketed note, a chart key.
_LAYOUT_OPENERS = "—–-*•·([{█■►▶>#|"
#: A sentence's end: a full stop, question or exclamation mark, then any closing quotes or brackets.
_SENTENCE = re2.compile(r"[.!?][\"”’'\)\]]*$")
_LOWER_START = re2.compile(r"^\p{Ll}")
#: A line that ends in an ellipsis.
_TRAILING_OFF = re2.compile(r"(?:\.\.\.|…)[\"”’')\]]*$")

#: The age of a post, as pages print it ("42m ago", "3 hours ago"): no story's dateline.
_AGO = re2.compile(r"(?i)\b\d{1,3} ?(?:s|m|h|d|w|mins?|minutes?|hrs?|hours?|days?|weeks?)\.? ago\b")

#: The marker of a list item: a bullet or a number.
_ITEM_MARKER = re2.compile(r"^(?:[-*•·–—]|\d{1,3}[.)])[ \t]+")

#: Verbs that introduce a quotation or a list: a short line ending in a colon with one is a lead-in.
_LEAD_VERBS = frozenset(
    "is are was were be said says told tells added adds wrote writes explained explains warned insisted argued "
    "stated declared asked replied commented noted include includes included follows following reads read goes "
    "went continued concluded reported".split())


#: A run of letters, apostrophes kept out: "China's" gives "china" and "s".
_LETTER_RUN = re2.compile(r"\p{L}+")


def _content_words(line: str, common_zipf: float) -> list[str]:
    """The words of substance in a line: runs of three letters or more, not among the commonest words."""
    return [w for w in _LETTER_RUN.findall(line) if len(w) >= 3 and zipf(w.casefold()) < common_zipf]


#: Articles: a headline drops them, a sentence of the story opens with them.
_ARTICLES = frozenset({"The", "A", "An"})

_SUBJECTS = frozenset("i you he she it we they".split())

#: The opening and closing tags of bold type right around a line of an HTML page.
_BOLD_BEFORE = re2.compile(r"(?i)<(?:strong|b)(?:\s[^<>]*)?>\s*$")
_BOLD_AFTER = re2.compile(r"(?i)^\s*</(?:strong|b)>")


def _bold_paragraph(doc: Document, start: int, length: int) -> bool:
    """True when the whole line is one run of bold type in an HTML page: the page's own subheading.

    Writers who have no heading style mark a subheading as a paragraph in
    bold; a scraper's stray label arrives in the page's ordinary type.
    """
    if doc.format != "html":
        return False
    first, last = doc.source_map.span(start, start + length)
    return (_BOLD_BEFORE.search(doc.source[max(0, first - 120):first]) is not None
            and _BOLD_AFTER.search(doc.source[last:last + 40]) is not None)


def _colon_label(words: list[str]) -> bool:
    """True for a short label ending in a colon ("In this article:", "Up next:"), not a lead-in.

    A lead-in has a subject and a verb ("It goes further:", "The minister
    added:"); a label has neither, at most four words.
    """
    if len(words) > 4:
        return False
    folded = [w.strip(":").casefold() for w in words]
    return not any(w in _LEAD_VERBS or w in _SUBJECTS or w.endswith("ed") for w in folded)


def _label_case(words: list[str]) -> bool:
    """True when every word but a short function word is capitalised, as on a label ("Set Your Location:").

    Quotation marks around a word and separators ("|") are no words.
    """
    words = [w.lstrip("\"“‘'") for w in words]
    return all(not w or w[0].isupper() or w[0].isdigit() or not w[0].isalpha() or w.casefold() in LABEL_MINOR
               for w in words)


def _capitals(headline: str) -> bool:
    """True for a wire headline set in capitals ("GULF OIL PRICES - April 7"): most of its letters are."""
    letters = [c for c in headline if c.isalpha()]
    return bool(letters) and sum(1 for c in letters if c.isupper()) >= 0.7 * len(letters)


def _titled_sentences(line: str, words: list[str]) -> bool:
    """True for sentences set in title case ("Your Life Is Full. Stop Now."): a headline or a teaser, no deck."""
    return len(words) >= 4 and headline_case([w.lstrip("\"“‘'") or w for w in words])


def _sentence(line: str, words: list[str]) -> bool:
    """True when a stand-alone line reads as a sentence of the story.

    It ends in . ! or ? (then closers) and starts with a capital; a headline
    in title case ("Why Do We Get Allergies?") or a teaser cut off with an
    ellipsis ("Protesters clash as talks stall...") only looks like one.
    """
    if _SENTENCE.search(line) is None or _LOWER_START.search(line) is not None:
        return False
    return not (line.rstrip("\"”’')]")[-1] in "?!" and headline_case(words) or truncated(line))


class StrayLine(Check):
    """Flag a short line standing alone between two paragraphs of prose.

    Why it matters: a scraper that keeps the page around the story leaves
    section names ("Dashboard"), headlines of other stories, credits and
    link labels as paragraphs of their own, worded in ways no list knows.
    Their shape gives them away: a paragraph of at most `max_words` words
    that is not a sentence (no full stop, question or exclamation mark at
    its end, or a lower-case start; a lead-in ending in a colon only when
    title-cased like a label, "Related Tags:"), set
    between two full paragraphs of prose, or between the headline and the
    first paragraph when it reads as a label (at most three words, or
    title-cased with no figures and not all in capitals: "Subscriber
    Services"), since a deck there is in sentence case ("Arsenal win 4-2 on
    penalties") and a wire story may open with a table's heading. A headline in title case, a
    teaser cut off with an ellipsis and a line made only of a date, a time
    and a name ("By Ana Torres, March 3", "Updated at 1:23 p.m.") are no
    sentences even when they end in a mark. Layout lines of the story itself
    are left alone: quotation attributions ("—Jane Doe"), bullets, chart
    keys, a date line or byline right under the first paragraph (a
    standfirst). Neighbours count as prose only when they start and end like
    sentences, so a wiki's notice ("-Article last amended...") is none. A story that has several such
    lines is sectioned with subheadings, so they are only an info there.
    """

    params: ClassVar[dict[str, Any]] = {
        "max_words": 15,
        #: Words a neighbouring paragraph needs to count as prose.
        "min_neighbour_words": 8,
        #: Body blocks at the top of a story where a date line or byline is in place: 2 = right
        #: after the first paragraph, as under a standfirst.
        "dateline_blocks": 2,
        #: More stray lines than this in one story read as subheadings: info only.
        "max_lines": 1,
        #: Verbs of controls and links: a line under the headline opening with one is no deck ("See all").
        "ui_verbs": [],
        #: A line under the headline with this many words of substance, none found in the story, is
        #: another story's headline. With 3 and 2 (below), 4 of 2,286 BBC and Wikinews headlines set
        #: as decks over their own stories were taken for another's (punning: "Jungle TV show ratings
        #: drop by 4m"); with 4 and 3, none.
        "min_foreign_words": 4,
        #: ...of which at least this many in lower case: a headline in sentence case, not a line of names
        #: and figures (a result, "Result: Portvale 2-1 Eastwick", is the story's).
        "min_lower_words": 3,
        #: Words at least this common (Zipf) are no words of substance ("the", "new", "many", "does", "off").
        "common_zipf": 5.5,
        #: Letters that make a word's stem: "economy" and "economic" share "econo".
        "stem": 5,
    }

    def __init__(self, rule: Any, params: Any) -> None:
        super().__init__(rule, params)
        self._verbs = frozenset(v.casefold() for v in self.p["ui_verbs"])

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        blocks = doc.blocks
        found: list[tuple[int, int]] = []
        body = 0
        for i, block in enumerate(blocks):
            if block.kind not in ("paragraph", "list-item"):
                continue
            body += block.kind == "paragraph"
            if not 0 < i < len(blocks) - 1 or block.end - block.start > 160:
                continue
            line = text[block.start:block.end].strip()
            if block.kind == "list-item":
                # A list of one item between two paragraphs ("- Finance", "32. Tracking Outages")
                # is a menu entry or a contents line; its marker is no layout of the story.
                line = _ITEM_MARKER.sub("", line, count=1)
            if not line or "\n" in line or line[0] in _LAYOUT_OPENERS or line[-1] in "-—–":
                continue
            words = line.split()
            if block.kind == "list-item" and not _label_case(words):
                continue  # a note in a list of one ("* Both dropped out before Tuesday") is prose
            if len(words) > self.p["max_words"] or line[-1] == ":" and not (_label_case(words) or _colon_label(words)):
                continue  # a lead-in ("The report found:") introduces what follows; "Related Tags:" does not
            dated = dateline(line)
            slot = blocks[i - 1].kind == "title" and body == 1  # right under the headline
            if _sentence(line, words) and not dated and not (slot and _titled_sentences(line, words)):
                continue
            if words[0].strip("\"“‘'").casefold() in LINK_WORDS and _TRAILING_OFF.search(line):
                continue  # a narrator trailing off ("But all the rest of it..."): no teaser opens so
            if dated and body <= self.p["dateline_blocks"] and not CLOCK.search(line) and not _AGO.search(line):
                continue  # the story's dateline or byline; a page's timestamp ("Updated 3:27 am PST", "42m ago") is not
            if _bold_paragraph(doc, block.start + text[block.start:block.end].find(line), len(line)):
                continue  # a subheading the page set in bold (<p><strong>Back on the boat</strong></p>)
            lede = slot and (self._lede_label(line, words, _capitals(text[blocks[i - 1].start:blocks[i - 1].end]))
                             or self._foreign(text, line, block.start, block.end))
            if not ((lede or self._prose(text, blocks[i - 1])) and self._prose(text, blocks[i + 1])):
                continue
            start = block.start + text[block.start:block.end].find(line)
            found.append((start, start + len(line)))
        severity = Severity.INFO if len(found) > self.p["max_lines"] else None
        for start, end in found:
            yield Hit(start, end, severity=severity)

    def _lede_label(self, line: str, words: list[str], wire: bool) -> bool:
        """True when a line right under the headline is a page's label, not the story's deck.

        A deck is a sentence-case summary ("Arsenal win 4-2 on penalties"); on
        a wire story with a headline in capitals the line may be a table's
        heading ("Year to September 30, 1986", a line in capitals) or the
        headline going on in lower case ("share bid made by..."). A label has a few words, or is
        title-cased (in capitals or with one figure only off the wire), or
        shows what no deck has: a lower-case start, a last word that cannot
        end a line of text ("52m ago in"), a control's verb first ("See all
        rulings"), a separator bar (not in a byline), or a teaser's ellipsis.
        """
        if len(words) <= 3 or truncated(line):
            return True
        if words[0].casefold() == "by":
            return False  # the story's byline, with its desk ("By Ana Torres | Transport desk")
        if " | " in line:
            return True
        figures = sum(1 for w in words if any(c.isdigit() for c in w))
        if _label_case(words) and (not (line.isupper() or figures) or not wire and figures <= 1):
            return True  # "Future City 2020"; a result with its scores ("Result: Nadal 6-7 6-2 Roddick") is the story's
        first = words[0].strip("\"“‘'").casefold()
        return not wire and (line[0].islower() or first in self._verbs) or words[-1].casefold() in NO_END

    def _foreign(self, text: str, line: str, start: int, end: int) -> bool:
        """True when a line under the headline shares no word of substance with the story: another story's.

        A deck sums up its own story, so it repeats a name or a topic of the
        headline or the text ("Arsenal win 4-2 on penalties" under "Arsenal
        reach final"); a headline of another story left by the page ("China
        cuts benchmark rate" over a story on Chilean copper) has at least
        `min_foreign_words` words of substance (not among the commonest words of
        English), `min_lower_words` of them in lower case, none of which, nor a word of the same stem (its first
        `stem` letters: "rate" and "rates"), is found anywhere else in the story. A line that ends
        like a sentence is the story's first paragraph, however short, and so
        is one opening with an article, which headlines drop ("The contract
        was awarded by the U.S. Navy" has lost its full stop to the "U.S.").
        """
        if _SENTENCE.search(line) is not None or line.split(None, 1)[0] in _ARTICLES:
            return False
        stem = self.p["stem"]
        words = _content_words(line, self.p["common_zipf"])
        own = {w.casefold()[:stem] for w in words}
        if len(own) < self.p["min_foreign_words"] or sum(w.islower() for w in words) < self.p["min_lower_words"]:
            return False
        rest = f"{text[:start]} {text[end:]}".casefold()
        return not any(w[:k] in own for w in _LETTER_RUN.findall(rest) for k in range(3, min(len(w), stem) + 1))

    def _prose(self, text: str, block: Any) -> bool:
        """True for a paragraph of prose: it starts and ends like a sentence and has enough words."""
        para = text[block.start:block.end].strip()
        return (block.kind == "paragraph" and (para[:1].isupper() or para[:1] in "\"“‘'(" or para[:1].isdigit())
                and _SENTENCE.search(para) is not None and para.count(" ") + 1 >= self.p["min_neighbour_words"])

