"""A short line that reads like a button or link, even when no list knows it.

Web pages are full of controls whose wording changes from site to site
("Get the app", "Download the full report", "Watch the highlights"). They
share a shape that story text does not have: a line of its own, a few words,
no sentence punctuation, an imperative UI verb first, hardly any function
words. Headlines and datelines are not flagged: the title block is skipped,
and a line with digits or a sentence mark is never a control.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

from lint.checks.base import Check
from lint.checks.web_residue_shapes import LABEL_WORD, PROSE_END, block_lines
from lint.document import Document
from lint.findings import Hit, Severity


class UiControlLine(Check):
    """Flag a short stand-alone line shaped like a button or link label.

    Why it matters: controls that no phrase list knows ("Download the app",
    "Explore our coverage") are still page furniture. A line is suspicious
    when it stands alone, has at most `max_words` words, ends without
    sentence punctuation, has no digits, starts with an imperative UI verb
    and has few function words. Verbs that almost only appear on buttons
    (`strong_verbs`: share, subscribe, sign, click…) give a warning; the
    others (`verbs`: watch, read, explore…) a warning only when the label
    is title-cased button text ("Watch Live"), else an info, because a
    subheading can start with them.
    """

    params: ClassVar[dict[str, Any]] = {
        "max_words": 6,
        "max_chars": 60,
        "max_stopword_ratio": 0.34,
        #: A title-cased label ("Watch Live") this short is a warning even with a weak verb.
        "max_title_words": 4,
        "strong_verbs": [],
        "verbs": [],
        "stopwords": [],
        "skip_blocks": ["title"],
    }

    def __init__(self, rule: Any, params: Any) -> None:
        super().__init__(rule, params)
        self._strong = {v.casefold() for v in self.p["strong_verbs"]}
        self._verbs = self._strong | {v.casefold() for v in self.p["verbs"]}
        self._stop = {w.casefold() for w in self.p["stopwords"]}
        self._skip = set(self.p["skip_blocks"])

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        limit = self.p["max_chars"]
        for line_start, line_end in block_lines(doc):
            if line_end - line_start > limit:  # most lines are paragraphs: reject them first, cheaply
                continue
            raw = text[line_start:line_end]
            stripped = raw.strip()
            if not stripped or stripped[-1] in PROSE_END or any(c.isdigit() for c in stripped):
                continue
            block = doc.block_at(line_start)
            if block is not None and block.kind in self._skip:
                continue
            severity = self._judge(stripped)
            if severity is None:
                continue
            start = line_start + (len(raw) - len(raw.lstrip()))
            yield Hit(start, start + len(stripped), severity=severity)

    def _judge(self, line: str) -> Severity | None:
        """The severity a line deserves, or None when it does not look like a control."""
        words = [w.group() for w in LABEL_WORD.finditer(line)]
        if not words or len(words) > self.p["max_words"]:
            return None
        first = words[0].casefold()
        if first not in self._verbs:
            return None
        if ". " in line or ": " in line and len(words) > 3:
            return None
        stop = sum(1 for w in words[1:] if w.casefold() in self._stop)
        if len(words) > 1 and stop / len(words) > self.p["max_stopword_ratio"]:
            return None
        if first in self._strong:
            return Severity.WARNING
        titled = len(words) >= 2 and all(w[0].isupper() for w in words if w.casefold() not in self._stop)
        return Severity.WARNING if titled and len(words) <= self.p["max_title_words"] else Severity.INFO

