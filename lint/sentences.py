"""Sentence splitting that survives news copy.

News text is full of periods that do not end sentences: "U.S.", "Nov. 12",
"Mr. Biden", "J.K. Rowling", "3.5 percent", "a.m.". A period ends a sentence
only when it is followed by space and a capital letter, digit or opening quote,
and the word before it is not a known abbreviation or an initial.
"""

from __future__ import annotations

import re

#: Abbreviations that are followed by a period and usually do not end a sentence.
ABBREVIATIONS = frozenset(
    """
    mr mrs ms messrs dr prof gen lt col maj capt cmdr adm sgt cpl pvt sen rep gov
    pres supt insp det rev fr st ste mt ft jr sr esq hon
    inc corp co ltd llc plc bros dept univ assn
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    no nos vol vols pp fig approx est vs v etc al ca cf ie eg
    ave blvd rd hwy
    """.split()
)

# Sentence-ending punctuation, then closing quotes or brackets, then space.
_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)")
_NEXT = re.compile(r"\s+[\"'“‘(\[]*([A-Z0-9À-Þ])")
_WORD_BEFORE = re.compile(r"([\w.]+)$")


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at `dot` closes an abbreviation or initial."""
    m = _WORD_BEFORE.search(text, max(0, dot - 20), dot)
    if not m:
        return False
    word = m.group(1)
    bare = word.rstrip(".").lower()
    if bare in ABBREVIATIONS:
        return True
    # Single initial ("J."), dotted initialism ("U.S", "a.m"), but not a plain word.
    if len(word) == 1 and word.isalpha():
        return word.isupper()
    return "." in word and all(len(part) <= 2 for part in word.split(".") if part)


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Split text[start:end] into sentence spans (stripped of surrounding space)."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    sent_start = start
    for m in _END.finditer(text, start, end):
        punct = text[m.start()]
        nxt = _NEXT.match(text, m.end(), end)
        if not nxt:
            continue
        if punct == "." and m.group().startswith(".") and len(m.group().rstrip("\"'”’)]")) == 1:
            if _is_abbreviation(text, m.start()) and not _ends_quote(m.group()):
                continue
        spans.append((sent_start, m.end()))
        sent_start = nxt.start(1) - len(nxt.group(0)) + len(nxt.group(0).lstrip())
    spans.append((sent_start, end))
    return [(s, e) for s, e in (_strip(text, s, e) for s, e in spans) if e > s]


def _ends_quote(punct: str) -> bool:
    return punct[-1] in "\"”’"


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
