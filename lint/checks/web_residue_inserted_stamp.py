"""A page's byline or time stamp dropped into the middle of a sentence.

A scraper that flattens a page can leave the story's stamp inside a
sentence: "the council Updated 9:38 pm GMT, 18 Nov 2019 voted", "staff By
Ana Torres and Li Wei said". The stamp is found by its shape: words that
are all dates, times, bylines and names (`dateline`), between two
lower-case words of one sentence.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

import re2

from lint.checks.base import Check
from lint.checks.web_residue_shapes import dateline
from lint.document import Document
from lint.findings import Hit
from lint.rules.scan import scan

#: Where a stamp may be: a byline's "By" before a name, a publishing label or a clock time. One fast pass.
_ANCHOR = re2.compile(r"\p{Ll} (?P<flag>(?:By|BY) \p{Lu}|(?:Updated|Published|Posted|UPDATED|PUBLISHED|POSTED)\b)"
                      r"|(?P<flag_1>\b\d{1,2}:\d\d\b)")
#: A byline or a publishing label opening the stamp.
_BYLINE = re2.compile(r"^(?:By|BY) \p{Lu}")
_LABEL = re2.compile(r"^(?:Updated|Published|Posted|UPDATED|PUBLISHED|POSTED)\b")
#: A day and month, or a month and day, beside a year: a full date.
_DATE = re2.compile(r"(?i)(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b"
                    r"|\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b).*\b(?:19|20)\d\d\b"
                    r"|\b(?:19|20)\d\d\b.*\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b")
#: A clock time; beside a full date even a bare one ("NOVEMBER 20, 2019 10:43").
_TIME = re2.compile(r"\b\d{1,2}:\d\d\b")
#: A lower-case word of prose, hyphenated or with an apostrophe ("non-performing", "children's").
_WORD = re2.compile(r"^\p{Ll}+(?:['’-]\p{Ll}+)*$")
#: Lower-case words a stamp holds ("by", "on ... at", "9:38 pm").
_CONNECTORS = frozenset("by on at and of am pm a.m. p.m.".split())
#: Connectors that link a stamp's parts and never end one.
_LINKS = frozenset("by on at and of".split())
#: Separators of a stamp's parts ("Ana Torres | Nov 18", "Nov 18 - 9:38 pm").
_SEPARATORS = frozenset("| • / - – — ·".split())
#: Words after which a date or a time is the sentence's own ("on Nov. 20, 2019 at 5:52 p.m. the...").
_PREPOSITIONS = frozenset("on at by in from until till since before after to and or of than between through "
                          "during as for with about around near past".split())


def _stampish(token: str) -> bool:
    """True for a token a stamp is made of: a capitalised word, a figure, a connector or a separator."""
    return token[:1].isupper() or token[:1].isdigit() or token in _CONNECTORS or token in _SEPARATORS


class InsertedStamp(Check):
    """Flag a byline or a time stamp dropped into the middle of a sentence.

    Why it matters: a stamp left inside a sentence ("the council Updated
    9:38 pm GMT, 18 Nov 2019 voted") garbles it and is printed with it.
    The stamp is a run of words between two lower-case words of one line,
    opening with a capital or a figure, that is all dates, times, bylines
    and names (`dateline`), and it is one of: a byline ("By Ana Torres and
    Li Wei") of at least `min_byline_words` words ("Stand By Me" is a
    title); a publishing label ("Updated", "Published", "Posted") with a
    date or time, after any word; or a full date with a clock time, bare
    or not ("NOVEMBER 18, 2019 10:43"). A date or a time after a
    preposition ("on Nov. 20, 2019 at 5:52 p.m.") or before a comma
    ("passed away 5:03 AM, February 10, 2019, at...") is the sentence's
    own, and so is a bare date ("the year ended June 30, 1987"), which
    news writes without a preposition. Quoted speech is checked: a stamp
    dropped into a quotation is no part of what was said.
    """

    params: ClassVar[dict[str, Any]] = {
        "min_byline_words": 3,
        "max_words": 16,
    }

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        last_end = -1
        for anchor, _end in scan(doc, "text", _ANCHOR):
            if anchor < last_end:
                continue
            found = self._stamp(text, anchor)
            if found is None:
                continue
            start, end = found
            last_end = end
            yield Hit(start, end)

    def _stamp(self, text: str, anchor: int) -> tuple[int, int] | None:
        """The stamp around `anchor`, between two lower-case words of its line, or None."""
        line_start = text.rfind("\n", 0, anchor) + 1
        line_end = text.find("\n", anchor)
        line_end = len(text) if line_end < 0 else line_end
        before = text[max(line_start, anchor - 120):anchor].split(" ")
        after = text[anchor:min(line_end, anchor + 160)].split(" ")
        if before and before[-1] == "":
            before.pop()
        left: list[str] = []
        while before and _stampish(before[-1]):
            left.append(before.pop())
        while left and not (left[-1][:1].isupper() or left[-1][:1].isdigit()):
            before.append(left.pop())  # the stamp opens on a capital or a figure
        right: list[str] = []
        while after and _stampish(after[0]):
            right.append(after.pop(0))
        while right and (right[-1] in _SEPARATORS or right[-1] in _LINKS):
            after.insert(0, right.pop())  # the stamp ends on a date, a time or a name
        words = left[::-1] + right
        if not words or not before or not after or len(words) > self.p["max_words"]:
            return None
        word_before, word_after = before[-1], after[0]
        if not (word_before[:1].islower() and _WORD.match(word_before) is not None and word_after[:1].islower()):
            return None
        if words[-1].endswith(","):
            return None  # the sentence goes on after its own date ("... 2019, at the hospital")
        stamp = " ".join(words)
        if not dateline(stamp):
            return None
        if _BYLINE.match(stamp) is not None:
            if len(words) < self.p["min_byline_words"]:
                return None
        elif _LABEL.match(stamp) is None and (word_before in _PREPOSITIONS or _DATE.search(stamp) is None
                                              or _TIME.search(stamp) is None):
            return None
        start = anchor - sum(len(w) + 1 for w in left)
        return start, start + len(stamp)
