"""Paired marks: unbalanced quotes and brackets in a paragraph, and mixed quote styles in a story.

Why it matters: a quote that never closes leaves the reader unsure whose
words they are reading, and a lost bracket turns an aside into the main
sentence. Both appear when a tool cuts text or an editor deletes a line.
News style has one legitimate open quote: a quotation that runs on into
the next paragraph has no closing mark at the end of the first, and the
next paragraph opens with a quote mark again. That is never flagged.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from typing import Any, ClassVar

from lint.checks.base import Check
from lint.document import Block, Document
from lint.findings import Hit

_DOUBLE = "“”„\""
_OPENING = " \t\n([{—–-/“‘"
_CLOSING_AFTER = " \t\n.,;:!?)]}—–-/”’"
_OPENS_PARAGRAPH = re.compile(r"\s*[“\"‘']")
_SENTENCE_END_BEFORE = re.compile(r"[.!?][’']?\s+$")
# ", he said." / ", said Ken Gude." / "? wrote the artist, in an e-mail." in the words before a new
# opening quote or the paragraph's end: an attribution stands outside a quote, so the quote has closed.
_ATTRIBUTION = re.compile(
    r"[,?!]\s+(?:[\w.'’-]+\s+){0,6}?(?:said|says|added|adds|told|asked|asks|tweeted|wrote|writes|explained"
    r"|explains|insisted|insists|warned|argued|argues|stated|recalled|continued|noted|commented|admitted|saying)"
    r"(?:\s+[\w.'’-]+){0,8}(?:,[^.!?\"“”]{0,60})?[.!?](?:\s|$)"
)

# A quoted fragment inside the writer's sentence: a lower-case word, a quote, a lower-case word
# (was "a fair deal"). Not a quote resumed after an attribution (", he said, "and then") nor a
# reported clause ("said that "this may"), which may run on like any quotation.
_FRAGMENT = re.compile(r"(?<![\w'’-])(?!(?:that|says?|said|adds?|added|told|wrote|writes)\s)[a-z]+\s+[\"“][a-z]$")

# A new quotation introduced right before its opening mark: by a colon, or by "he said,".
_INTRODUCED = re.compile(r"\w:[ \t]*$|\b(?:said|says|added|adds),[ \t]*$")
#: Two single marks typed for one double: ’’ or '' closes an open quotation as ” does ("Go home.'').
_DOUBLED_SINGLES = ("’’", "''")
# A sentence of narration about a named person ("Mr Smith said he...", "Williams says the...").
_NARRATION = re.compile(
    r"[.!?]\s+(?:(?:Mr|Mrs|Ms|Dr)\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:also\s+)?(?:said|says|added|told)\s+(?:he|she|they|it)\b"
)


def _straight_role(text: str, i: int, lo: int, hi: int) -> str:
    """Whether a straight quote at `i` looks like an opener, a closer, or either."""
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    opens = before in _OPENING and after not in " \t\n"
    closes = before not in " \t\n" and after in _CLOSING_AFTER
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "either"


class UnbalancedQuote(Check):
    """An opening double quote with no closing one in its paragraph, or a closing one with no opening.

    Why it matters: the reader cannot tell where quoted speech ends. Curly
    quotes say which way they face; a straight quote is read from the space
    around it. A measurement (12" screen) is not a quote. A quotation that
    continues into the next paragraph, which opens with a quote mark, is
    correct news style.
    """

    params: ClassVar[dict[str, Any]] = {"blocks": ["paragraph", "quote", "list-item", "caption"]}

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        marks = _positions(text, _DOUBLE, _DOUBLED_SINGLES)
        if not marks:
            return
        kinds = set(self.p["blocks"])
        blocks = doc.blocks
        for n, block in enumerate(blocks):
            if block.kind not in kinds:
                continue
            open_at: int | None = None
            nested: list[int] = []  # quotes inside the open one, written with the same curly marks
            for i in _within(marks, block):
                ch = text[i]
                if ch in "’'":  # a doubled single mark: a closer, after a word, only where a quote is open
                    if open_at is None or text[i - 1].isspace() or text[i + 2:i + 3] not in _CLOSING_AFTER:
                        continue
                    ch = "”"
                role = {"“": "open", "„": "open", "”": "close"}.get(ch) or _straight_role(text, i, block.start, block.end)
                if open_at is None:
                    if ch == '"' and role != "open" and text[i - 1].isdigit():
                        continue  # inches: a 12" screen, a 70"+ TV
                    if role == "close":
                        yield Hit(i, i + 1, values={"side": "closing", "other": "opening"})
                    else:
                        open_at = i
                elif role == "open" and _SENTENCE_END_BEFORE.search(text, block.start, i):
                    # A new quoted paragraph run into this one ("...slowdown. “Whereas...”):
                    # the quotation continues, as across a paragraph break. Unless the words
                    # before end with an attribution (", he said."): the quote should have closed.
                    if _closed_before(text, open_at, i):
                        yield Hit(open_at, open_at + 1, values={"side": "opening", "other": "closing"})
                    open_at = i
                elif role == "open" and not _INTRODUCED.search(text, block.start, i) and (
                        ch == "“" and text[open_at] == "“" or _closes_together(text, i, block.end)):
                    # A quote inside the quote, with the same marks ('“He said the “no visits” rule
                    # stands.”'), or one that closes with it (a cited title: '"Can it recapture
                    # "When We Met?""'): the wrong marks for a nested quote, but both are closed.
                    nested.append(i)
                elif role == "open":
                    # A second opener before any closer (a straight one that faces the next word,
                    # 'cries of "Go ... as "the best'), or one a colon introduces ("Lee added: \"..."):
                    # the first was never closed.
                    yield Hit(open_at, open_at + 1, values={"side": "opening", "other": "closing"})
                    open_at = i
                elif nested:
                    nested.pop()
                else:
                    open_at = None
            if open_at is not None and (not _continues(text, blocks, n) or _closed_before(text, open_at, block.end)):
                yield Hit(open_at, open_at + 1, values={"side": "opening", "other": "closing"})


def _closes_together(text: str, i: int, end: int) -> bool:
    """True when the quotation opened at `i` closes right where the one around it does: '...Met?""'.

    Two closing marks side by side end a quote inside a quote; a lost
    closing mark leaves no such pair.
    """
    close = min((j for j in (text.find('"', i + 1, end), text.find("”", i + 1, end)) if j >= 0), default=-1)
    return close >= 0 and text[close + 1:close + 2] in ('"', "”")


def _closed_before(text: str, open_at: int, end: int) -> bool:
    """True when the quote opened at `open_at` must have closed before `end`, so it cannot run on.

    Either the words before `end` hold an attribution sentence (", he said."),
    which stands outside a quote, or the quote is a fragment of the writer's
    own sentence (it opens on a lower-case word: was "a fair deal), which ends
    within that sentence and never runs on into a new quotation.
    """
    return (
        _FRAGMENT.search(text, max(0, open_at - 20), open_at + 2) is not None
        or _ATTRIBUTION.search(text, open_at, end) is not None
        or _NARRATION.search(text, open_at, end) is not None
    )


def _positions(text: str, chars: str, strings: Sequence[str] = ()) -> list[int]:
    """The offsets of `chars` and of the non-overlapping `strings` in `text`, ascending.

    Found for the whole story at once, with `str.find` (a C loop, far faster
    than a regex character class): a pass per block costs more in calls than
    in searching.
    """
    found = []
    for char in chars:
        i = text.find(char)
        while i >= 0:
            found.append(i)
            i = text.find(char, i + 1)
    for string in strings:
        i = text.find(string)
        while i >= 0:
            found.append(i)
            i = text.find(string, i + len(string))
    found.sort()
    return found


def _within(marks: list[int], block: Block) -> list[int]:
    """The offsets in `marks` (ascending) that lie in `block`."""
    return marks[bisect.bisect_left(marks, block.start):bisect.bisect_left(marks, block.end)]


def _continues(text: str, blocks: Sequence[Block], n: int) -> bool:
    """True when the next block opens with a quote mark: the quotation runs on (news style)."""
    return n + 1 < len(blocks) and _OPENS_PARAGRAPH.match(text, blocks[n + 1].start) is not None


_BRACKETS = "()[]"
_SMILEY = re.compile(r"[:;]-?$")
_PAIRS = {")": "(", "]": "["}
# "1)", "a)", "iv)" as list numbering, and the smileys ":)" ";)" ":(" are not brackets.
# A look-behind, not "^": searched from a paragraph's start, "^" would match only at the text's start.
_ENUMERATOR = re.compile(r"(?<![^\s(])(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})$")


class UnbalancedBracket(Check):
    """A parenthesis or square bracket without its partner in the same paragraph.

    Why it matters: a lost bracket turns an aside into the main sentence, or
    leaves a dangling ")" where text was cut. List numbering ("1)", "a)") and
    smileys are not counted.
    """

    params: ClassVar[dict[str, Any]] = {}

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        marks = _positions(text, _BRACKETS)
        if not marks:
            return
        for block in doc.blocks:
            stack: list[tuple[int, str]] = []
            for i in _within(marks, block):
                ch = text[i]
                if ch in "()" and _SMILEY.search(text, max(block.start, i - 2), i):
                    continue
                if ch in "([":
                    stack.append((i, ch))
                elif stack and stack[-1][1] == _PAIRS[ch]:
                    stack.pop()
                elif ch == ")" and not stack and _ENUMERATOR.search(text, max(block.start, i - 6), i):
                    continue
                else:
                    yield Hit(i, i + 1, values={"mark": ch})
            for i, ch in stack:
                yield Hit(i, i + 1, values={"mark": ch})


# The mark first, the look-behind second: Python's `re` then skips to each mark at C speed.
_STRAIGHT_DOUBLE = re.compile(r"\"(?<!\d\")")
_CURLY_DOUBLE = re.compile(r"[“”]")
# Apostrophes and single quotes: "don't" against "don’t". A prime after a digit (5'11") is neither.
_STRAIGHT_SINGLE = re.compile(r"'(?<!\d')")
_CURLY_SINGLE = re.compile(r"[‘’]")


class MixedQuotes(Check):
    """Straight and curly quotes (or apostrophes) in one story.

    Why it matters: a story typed in one editor and patched in another, or
    pasted together from two sources, mixes "straight" and “curly” marks.
    Readers see the inconsistency, and it often marks the seam of a paste.
    The first mark of the less used style is reported, once per kind (double
    quotes, apostrophes and single quotes).
    """

    params: ClassVar[dict[str, Any]] = {}

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        for kind, straight, curly, straight_marks, curly_marks in (
            ("double quotes", _STRAIGHT_DOUBLE, _CURLY_DOUBLE, '"', "“”"),
            ("apostrophes and single quotes", _STRAIGHT_SINGLE, _CURLY_SINGLE, "'", "‘’"),
        ):
            if not (_any_of(text, straight_marks) and _any_of(text, curly_marks)):
                continue  # the common case, found at C speed
            plain = [m.start() for m in straight.finditer(text)]
            if not plain:
                continue
            fancy = [m.start() for m in curly.finditer(text)]
            if not fancy:
                continue
            minority, style, other = (plain, "straight", "curly") if len(plain) < len(fancy) else (fancy, "curly", "straight")
            first = minority[0]
            yield Hit(first, first + 1, values={"kind": kind, "style": style, "other": other, "count": len(minority)})


def _any_of(text: str, marks: str) -> bool:
    return any(mark in text for mark in marks)
