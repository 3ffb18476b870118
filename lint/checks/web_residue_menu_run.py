"""A run of short label lines: a site menu or a list of section links kept with the story.

One label line alone may be a subheading; several in a row, each of one to
three words without punctuation, are a menu.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

from lint.checks.base import Check
from lint.checks.web_residue_shapes import LABEL_WORD, PROSE_END, block_lines
from lint.document import Document
from lint.findings import Hit, Severity
from lint.frequency import zipf


class MenuRun(Check):
    """Flag a run of short label lines: a site menu or a list of section links.

    Why it matters: a scraper that keeps the page around the story keeps
    its menus, one section name per line ("World", "Business", "Tech",
    "Cars"). Story text never stacks several lines of one to three words
    with no punctuation. A run of at least `min_run` such lines is flagged
    as one finding; it is a warning when most lines are common words (menu
    labels), an info otherwise, because a photo gallery's captions
    ("Rocket Raccoon", "Tony Stark") have the same shape.
    """

    params: ClassVar[dict[str, Any]] = {
        "min_run": 4,
        "max_words": 3,
        "max_chars": 40,
        #: Share of lines made only of common words (Zipf at least `common_zipf`) for a warning.
        "common_share": 0.75,
        "common_zipf": 4.0,
        "skip_blocks": ["title"],
    }

    def check(self, doc: Document) -> Iterator[Hit]:
        # Lines are first tested for the shape of a label with plain string
        # tests; only a run of `min_run` of them is split into words.
        text = doc.text
        shaped: list[tuple[int, int]] = []
        for line in (*block_lines(doc), None):
            if line is not None and self._shaped(text, *line) is not None:
                shaped.append(line)
                continue
            if len(shaped) >= self.p["min_run"]:
                yield from self._runs(doc, shaped)
            shaped = []

    def _runs(self, doc: Document, lines: list[tuple[int, int]]) -> Iterator[Hit]:
        """The runs of label lines among consecutive `lines` shaped like labels."""
        skip = set(self.p["skip_blocks"])
        run: list[tuple[int, int, list[str]]] = []
        for line in (*lines, None):
            label = None if line is None else self._label(doc.text, *line)
            if label is not None:
                block = doc.block_at(line[0])  # type: ignore[index]
                if block is None or block.kind not in skip:
                    run.append(label)
                    continue
            if len(run) >= self.p["min_run"]:
                yield self._hit(run)
            run = []

    def _shaped(self, text: str, start: int, end: int) -> str | None:
        """The stripped line when it has the shape of a label (short, no digits or punctuation), else None."""
        if end - start > self.p["max_chars"]:
            return None
        stripped = text[start:end].strip()
        if not stripped or not stripped[0].isalpha() or stripped[-1] in PROSE_END + ":":
            return None
        if any(c.isdigit() or c in ".,;:!?()\"“”" for c in stripped):
            return None
        return stripped

    def _label(self, text: str, start: int, end: int) -> tuple[int, int, list[str]] | None:
        stripped = self._shaped(text, start, end)
        if stripped is None:
            return None
        words = [w.group() for w in LABEL_WORD.finditer(stripped)]
        if not 1 <= len(words) <= self.p["max_words"]:
            return None
        raw = text[start:end]
        lead = start + len(raw) - len(raw.lstrip())
        return lead, lead + len(stripped), words

    def _hit(self, run: list[tuple[int, int, list[str]]]) -> Hit:
        common = sum(1 for _, _, words in run if all(zipf(w.lower()) >= self.p["common_zipf"] for w in words if w not in "&+-"))
        severity = Severity.WARNING if common >= self.p["common_share"] * len(run) else Severity.INFO
        return Hit(run[0][0], run[-1][1], severity=severity, values={"count": len(run)})
