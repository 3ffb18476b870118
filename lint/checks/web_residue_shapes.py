"""Shapes of page lines that are not sentences, shared by the web-residue detectors.

A line of page furniture often ends like a sentence ("Updated at 1:23 p.m.",
"Why Do We Get Allergies?", "Protesters clash as talks stall...") yet is
none: a dateline or byline, a headline in title case, a teaser cut short.
These tests look only at the line's own words, so they work for wordings
no list knows.
"""

from __future__ import annotations

from collections.abc import Iterator

import re2

from lint.document import Document

#: Words of a dateline or byline that are neither a name nor prose.
_DATE_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
    "am pm a.m p.m gmt utc bst cet cest est edt cst cdt mst mdt pst pdt et pt ct ist aest aedt ago "
    "published updated posted last modified edited created reviewed written reported photos photo words text "
    "story by on at and in of staff reporter reporters writer correspondent columnist editor contributor "
    "contributors reports hour hours hr hrs minute minutes min mins day days week weeks month months".split())
#: A token of a line: a run of letters, digits and in-word marks; separators split.
_TOKEN = re2.compile(r"[\p{L}\p{N}][\p{L}\p{N}.:'’&-]*")
_BY = re2.compile(r"(?i)(?:^|[^\p{L}])by[ \t]+\p{Lu}")


def dateline(line: str, max_names: int = 6) -> bool:
    """True when the line is only a date, a time, a byline label and a name.

    "Nov. 20, 2019 Updated: 1:35 a.m.", "By Ana Torres | March 3, 2024",
    "Chris Wray • Nov 15", "By JANE DOE": every word is a date or time,
    a dateline label (published, updated, by...) or a capitalised name. One
    lower-case word that is none of these ("Man shot dead Monday") makes it
    prose. A month name counts as a date only beside a number, so a list
    of names ("Kay, May, Parr") is no dateline.
    """
    tokens = _TOKEN.findall(line)
    numbered = any(c.isdigit() for c in line)
    dated = False
    names = 0
    for token in tokens:
        word = token.rstrip(".:").casefold()
        if _DATE_TOKEN.search(word) is not None:
            dated = True
        elif any(c.isdigit() for c in token):
            continue
        elif word in _DATE_WORDS:
            if word in _WEEKDAYS or word in ("am", "pm", "a.m", "p.m", "ago") or numbered and word in _MONTHS:
                dated = True
        elif token[0].isupper():
            names += 1
        else:
            return False
    return names <= max_names and (dated or _BY.search(line) is not None)


#: A year, a clock time, an ordinal day or an ISO date.
_DATE_TOKEN = re2.compile(r"^(?:(?:19|20)\d\d|\d{1,2}(?:st|nd|rd|th)|\d{1,2}[:.]\d\d(?:[ap]m)?|\d{4}-\d\d-\d\d.*|\d{1,2}(?:[ap]m))$")
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun".split())
_MONTHS = frozenset("january february march april may june july august september october november december "
                    "jan feb mar apr jun jul aug sep sept oct nov dec".split())

#: Short words a title-cased headline leaves in lower case.
MINOR = frozenset("a an and as at but by for from in into of on or nor the to up via vs with".split())


def headline_case(words: list[str]) -> bool:
    """True for three or more words in title case ("Why Do We Get Allergies"), as headlines are set.

    Every word but a short function word is capitalised, and at least two
    after the first, so a sentence that starts with a name is not taken.
    """
    if len(words) < 3:
        return False
    if not all(w[0].isupper() or w[0].isdigit() or w.casefold() in MINOR for w in words):
        return False
    return sum(1 for w in words[1:] if w[0].isupper()) >= 2


#: A sentence end inside a line: a mark, closers, then a space.
_INNER_END = re2.compile(r"[.!?][\"”’')\]]*\s")
_ELLIPSIS = re2.compile(r"(?:\.\.\.|…)[\"”’')\]]*$")


def truncated(line: str) -> bool:
    """True for a one-sentence line cut off with an ellipsis, as teasers of other stories are.

    "Protesters clash as talks stall..." ends in an ellipsis and has no
    sentence end before it; a line of prose that trails off after whole
    sentences ("It works! Most of the time...") is not taken.
    """
    found = _ELLIPSIS.search(line)
    return found is not None and _INNER_END.search(line[:found.start()]) is None


#: Words that tie a sentence to the one before ("And his mother...", "However..."): no label or headline opens so.
LINK_WORDS = frozenset("and but or nor yet so however then".split())
#: A word of a short label line ("Science & Technology", "Sign-up").
LABEL_WORD = re2.compile(r"[\p{L}'’&+-]+")
#: Marks that end a sentence or a quotation: a line ending in one is prose.
PROSE_END = ".!?\"”’;,"
#: Short words a title-cased label leaves in lower case ("Set Your Location", "All About Us").
LABEL_MINOR = frozenset("a an and as at by for from in of on or the to up via vs with it is this all more out our your us".split())
#: A clock time: a timestamp of the page ("Updated 11:21 pm CST").
CLOCK = re2.compile(r"(?i)\b\d{1,2}:\d\d ?(?:[ap]\.?m\b|gmt|utc|[ecmp][sd]?t\b)")


def block_lines(doc: Document) -> Iterator[tuple[int, int]]:
    """`doc.lines` as (start, end) pairs, without a `Span` object per line.

    Most blocks are one paragraph on one line: they are passed through whole.
    """
    text = doc.text
    for block in doc.blocks:
        if text.find("\n", block.start, block.end) < 0:
            yield block.start, block.end
            continue
        pos = block.start
        for piece in text[block.start:block.end].split("\n"):
            yield pos, pos + len(piece)
            pos += len(piece) + 1

#: Words a sentence cannot end on: a line ending in one was hard-wrapped mid-sentence.
NO_END = frozenset(
    "a an the and or but nor of to in on at by for from with as into onto than that his her their its my our your "
    "whose which who when where while if because although though since until unless whether is are was were will "
    "would has have had be been can could should may might must shall very".split())
