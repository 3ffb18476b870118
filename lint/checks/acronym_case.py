"""An acronym written two ways in one story: "UEFA" and "Uefa", "OPEC" and "Opec".

Why it matters: house styles differ (British papers write "Nato" and "Opec",
American ones "NATO" and "OPEC"), and copy assembled from two sources, or
edited by two desks, ends up with both; a copy editor makes them one.

Only prose is read: a word in capitals inside a line of capitals (a heading,
a table, a team sheet's "BLACKBURN ROVERS"), next to another word in
capitals (a product or company name set in capitals), before a colon (a
label) or at the start of a line (a dateline, "BONN - ...") is emphasis or
layout, not the acronym's spelling. Common words are never paired: "WHO" and
"Who", "AIDS" and "aids" may be two words.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from typing import Any, ClassVar

from lint.checks.base import Check
from lint.document import Document
from lint.findings import Hit
from lint.frequency import zipf

#: A capitalised word or one in capitals, three letters or more, not part of a longer token ("Pdf.js").
_WORD = re.compile(r"(?<![\w'’.&/<@-])[A-Z][A-Za-z]{2,}(?![\w'’&/>@-]|\.\w)")
#: A run of capitals (a pattern Python scans fast).
_CAPITAL_RUN = re.compile(r"[A-Z][A-Z]+")
_LETTERS = re.compile(r"[A-Za-z]+")
#: What may stand between a line's start and a word that opens it: space, a bullet or a dash.
_LINE_LEAD = re.compile(r"[ \t\-–—•*]*\Z")


class AcronymCase(Check):
    """Flag the rarer of two spellings of one acronym, in capitals and in title case."""

    params: ClassVar[dict[str, Any]] = {
        #: A lower-case form at least this common (Zipf) is an English word: "WHO" and "Who" are two words.
        "max_zipf": 4.0,
        #: The sentence around a word must be prose: at least this many words, and this share in lower case.
        "min_words": 6,
        "min_lower_share": 0.5,
    }

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        # Most stories write no word both ways: settled from the runs of capitals (each word in capitals that
        # `_WORD` finds is one) and a substring test for the title-case form, before any position is read.
        capitals = {run for run in _CAPITAL_RUN.findall(text) if len(run) > 2}
        keys = {run.lower() for run in capitals if run.capitalize() in text and zipf(run.lower()) < self.p["max_zipf"]}
        if not keys:
            return
        forms: dict[str, dict[str, list[tuple[int, int]]]] = defaultdict(lambda: defaultdict(list))
        for m in _WORD.finditer(text):
            word = m.group()
            if word.lower() not in keys or not (word.isupper() or word[1:].islower()):
                continue  # "McDonald", "iPhone": mixed case is a name's own spelling
            if word.isupper() and self._layout(text, m.start(), m.end()):
                continue
            forms[word.lower()][word].append(m.span())
        for spellings in forms.values():
            if len(spellings) < 2:
                continue
            prose = {w: [s for s in spans if self._prose(text, *s)] for w, spans in spellings.items()}
            prose = {w: spans for w, spans in prose.items() if spans}
            if len(prose) < 2:
                continue
            ranked = sorted(prose, key=lambda w: (-len(prose[w]), prose[w][0][0]))
            major = ranked[0]
            for word in ranked[1:]:
                for start, end in prose[word]:
                    yield Hit(start, end, replacements=(major,), values={"other": major})

    @staticmethod
    def _layout(text: str, start: int, end: int) -> bool:
        """True for a word in capitals that is layout or emphasis, not an acronym's spelling."""
        line_start = text.rfind("\n", 0, start) + 1
        if _LINE_LEAD.match(text, line_start, start) is not None:
            return True  # a dateline or a bullet's lead word ("BONN - ...", "- BLACKBURN make the trip")
        if text[end:end + 1] == ":":
            return True  # a label ("NOTE:")
        before = _LETTERS.findall(text, max(line_start, start - 30), start)
        after = _LETTERS.match(text, end + 1) if text[end:end + 1] == " " else None
        return bool(before and before[-1].isupper() and len(before[-1]) > 1 and text[start - 1:start] == " "
                    or after is not None and after.group().isupper() and len(after.group()) > 1)

    def _prose(self, text: str, start: int, end: int) -> bool:
        """True when the sentence around [start, end) is prose: enough words, mostly in lower case."""
        left = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start)) + 1
        ends = [i for i in (text.find("\n", end), text.find(". ", end)) if i >= 0]
        words = _LETTERS.findall(text, left, min(ends) if ends else len(text))
        lower = sum(w.islower() for w in words)
        return len(words) >= int(self.p["min_words"]) and lower >= float(self.p["min_lower_share"]) * len(words)
