"""The fast paths of detectors find exactly what their plain definitions find.

Several detectors skip work with a cheaper first pass (RE2 positions, a
C-level word split, a shared gate). Each is checked here against the slow,
obvious definition on invented text built to hit the edge cases.
"""

from __future__ import annotations

import re

import re2

from lint.checks import dates, spelling
from lint.checks.encoding import _CONTROL, _CONTROL_GATE, _INVISIBLE, _INVISIBLE_GATE
from lint.checks.punctuation import _STRAY_GATE
from lint.markup import parse

DATE_TEXTS = [
    "The council met on Monday, Nov. 14, 2023, in Paris, and again on Tuesday 14 November 2023.",
    "It was the 14th of November; by the  3rd   of\nMarch the works had stopped. Sept. 31 was given.",
    "In May 31 people died. On May 31, they mourned. Feb 30th? 32 May. 5 May 6 June 2024.",
    "Marching bands played on Mar. 3 and Monday March 4th, 2019 at 10 Jun.",
    "the 1st Jan 2000 GMT, Wed. Jan. 1, 2020 and Thurs. 2 Jan, 2020; a 5-May deal; 12 Decembers.",
    "Bathe 5 May. On 1,5 May and 2.5 June, Sun 7 Jul and Sunday, 7 July.",
]


def test_dates_found_at_month_and_weekday_starts_equal_a_full_scan():
    for text in DATE_TEXTS:
        doc = parse(text, "text", "x")
        assert [m.span() for m in dates.dates_in(doc)] == [m.span() for m in dates.DATE.finditer(text)]
        assert [m.span() for m in dates.weekday_dates_in(doc)] == [m.span() for m in dates.WEEKDAY_DATE.finditer(text)]


SPELLING_TEXTS = [
    "They did'nt recieve the 'teh' memo.",
    "Rock''n roll, dosen’t and dosen't; TEH Recieve 2teh teh2 naïve recieve’s.",
    "\u212aey facts from İstanbul: adn the rest.",
]


def test_misspelling_candidates_include_every_entry_written_in_the_text():
    entries = spelling.codespell_entries()
    for text in SPELLING_TEXTS:
        reference = entries.keys() & set(spelling._PRESCAN.findall(text.lower()))
        found = spelling._candidates(parse(text, "text", "x"))
        assert reference <= found
        assert {w.replace("’", "'") for w in found} == {w.replace("’", "'") for w in reference}


def test_misspelling_occurrences_equal_a_whole_word_scan():
    for text in SPELLING_TEXTS:
        words = sorted(spelling._candidates(parse(text, "text", "x")))
        alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        pattern = re.compile(rf"(?<!\w)(?<!\w['’])(?:{alternation})(?!\w)(?!['’]\w)", re.IGNORECASE)
        assert spelling._occurrences(text, words) == [m.span() for m in pattern.finditer(text)]


def test_a_gate_opens_exactly_when_its_pattern_occurs():
    texts = ["Plain text.", "A tab\x0bhere.", "zero\u200bwidth", "Wait.. what", "All fine... really", "\x85"]
    for text in texts:
        doc = parse(text, "text", "x")
        assert _CONTROL_GATE.open(doc) == bool(_CONTROL.search(text))
        assert _INVISIBLE_GATE.open(doc) == bool(_INVISIBLE.search(text))
        stray = re2.compile(r"[.!?][ \t]+,|,[ \t]*[,.]|;[ \t]*;|[?!]\.|(?:^|[^.])\.\.(?:[^.]|$)|\([ \t]*\)|\[[ \t]*\]")
        assert _STRAY_GATE.open(doc) == bool(stray.search(text))
