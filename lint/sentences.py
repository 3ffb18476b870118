"""Sentence splitting that survives news copy.

News text is full of periods that do not end sentences: "U.S.", "Nov. 12",
"Mr. Biden", "J.K. Rowling", "3.5 percent", "9 a.m. Tuesday". The splitter
looks at each run of end punctuation (. ! ? … and any closing quotes or
brackets after it) that is followed by whitespace, and ends a sentence there
when the next word starts with a capital letter, a digit, or an opening quote
or bracket before one. Two kinds of period need more care:

- After a title that always precedes a name ("Mr.", "Dr.", "Gen.", "Sen."),
  never split.
- After any other abbreviation ("U.S.", "Inc.", "Nov.", "a.m.", "No." before a number) or a
  single initial ("J."), split only when the next word is one that starts
  sentences and never follows an abbreviation inside one: a closed-class word
  such as "The", "He", "But", "In" (see `STARTERS`), or when an opening quote
  follows. So "U.S. officials", "the U.S. Senate", "Nov. 12", "at 9 a.m.
  Tuesday" and "Main St. Louis" stay whole, while "in the U.S. The next day"
  and "Apple Inc. It said" split. A sentence that ends in an abbreviation and
  goes on with a name ("in the U.S. Biden said") is not split: a missed
  boundary costs a sentence-scope rule little, a false one breaks a sentence.

A "?" or "!" inside closing quotes followed by an attribution ("“Why?” Lee
asked.") does not end the sentence. Decimals and times ("3.5", "10:30") never
split, since a period must be followed by whitespace.
"""

from __future__ import annotations

import re

#: Titles before a name: a period after them never ends a sentence.
TITLES = frozenset(
    """
    mr mrs ms messrs mme mlle dr prof gen lt col maj capt cmdr adm sgt cpl pvt sen rep gov
    pres supt insp det rev fr hon atty
    """.split()
)

#: Other abbreviations that usually do not end a sentence (see the module docstring).
_OTHER_ABBREVIATIONS = frozenset(
    """
    st ste mt ft jr sr esq
    inc corp co ltd llc plc bros dept univ assn
    jan feb apr aug sep sept oct nov dec
    approx est vs v etc al ca cf ie eg
    ave blvd rd hwy
    """.split()
)

#: Every abbreviation whose period usually does not end a sentence (titles included).
ABBREVIATIONS = TITLES | _OTHER_ABBREVIATIONS

#: Abbreviations only before a number ("No. 10", "Vol. 3"); elsewhere they are words ("said no.").
NUMBER_ABBREVIATIONS = frozenset("no nos vol vols pp fig art".split())

#: Words that open sentences and do not follow an abbreviation within one.
STARTERS = frozenset(
    """
    The A An He She It They We I You His Her Its Their Our My Your
    This That These Those There Here Some Many Most Several Such Both Each Every Neither None
    But And Or So Yet Nor In On At For From With Without After Before When While Where If As
    Although Though Because Since Until Unless However Meanwhile Still Also Then Now Today
    Yesterday Tomorrow Earlier Later Instead Indeed Yes What Who Why How Which Whether
    """.split()
)

#: Verbs of attribution after a quoted question or exclamation ("“Why?” Lee asked.").
_ATTRIBUTION = re.compile(
    r"\s+(?:[A-Z][\w'’.-]*\s+){1,4}"
    r"(?:said|says|asked|asks|told|tells|added|adds|replied|replies|shouted|shouts|wrote|writes|"
    r"recalled|recalls|explained|explains|continued|continues|insisted|insists|cried|wondered)\b"
)
# Sentence-ending punctuation and any closing quotes or brackets (group 1), space, then what
# may open the next sentence: opening quotes or brackets (group 2) before a capital or digit (group 3):
# Latin (with Latin-1 and Latin Extended-A: "Łukasz", "Škoda"), Greek or Cyrillic.
_END = re.compile(r"([.!?…]+[\"'”’)\]]*)\s+([\"'“‘(\[]*)([A-Z0-9À-ÞĀ-žΆ-ΫЀ-Я])")
_NEXT_WORD = re.compile(r"[A-Za-z]+")
# Possessive: a shorter run could never end where the window does, so backtracking only costs time.
_WORD_BEFORE = re.compile(r"[\w.]++$")
_CLOSERS = "\"'”’)]"
_QUOTES = "\"'”’"


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Split text[start:end] into sentence spans (stripped of surrounding space)."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    sent_start = start
    # One match per candidate boundary: the run of end punctuation and the start of the next
    # sentence. Every span but the first starts on the next sentence's first character and every
    # span but the last ends on punctuation, so only those two edges can hold space to strip.
    for m in _END.finditer(text, start, end):
        if _ends_sentence(text, m):
            spans.append((sent_start, m.end(1)))
            sent_start = m.start(2)
    spans.append((sent_start, end))
    spans[0] = _strip(text, *spans[0])
    spans[-1] = _strip(text, *spans[-1])
    return [(s, e) for s, e in spans if e > s]


def _ends_sentence(text: str, m: re.Match[str]) -> bool:
    run = m.group(1)
    marks = run.rstrip(_CLOSERS)
    closers = run[len(marks):]
    if marks == ".":
        kind = _abbreviation(text, m.start())
        if kind == "title" and not closers:
            return False
        if kind == "abbreviation" and not any(q in closers for q in _QUOTES):
            return bool(m.group(2)) or _starts_sentence(text, m.start(3))
    elif marks[-1] in "?!" and any(q in closers for q in _QUOTES) and _ATTRIBUTION.match(text, m.end(1)):
        return False
    return True


def _abbreviation(text: str, dot: int) -> str | None:
    """"title", "abbreviation" or None for the word before the period at `dot`."""
    word = _word_before(text, dot)
    if word is None:
        return None
    bare = word.rstrip(".").lower()
    if bare in TITLES:
        return "title"
    if bare in ABBREVIATIONS:
        return "abbreviation"
    if bare in NUMBER_ABBREVIATIONS:
        return "abbreviation" if text[dot + 1:dot + 3].strip()[:1].isdigit() else None
    # A single initial ("J.") or a dotted initialism ("U.S", "a.m", "J.K").
    if len(word) == 1:
        return "abbreviation" if word.isupper() else None
    if "." in word and all(len(part) <= 2 and part.isalpha() for part in word.split(".") if part):
        return "abbreviation"
    return None


def _word_before(text: str, dot: int) -> str | None:
    """The run of word characters and periods that ends at `dot`, within 20 characters of it.

    Most such runs follow a space and hold only letters, digits and periods:
    those are cut out with `rfind`, in C; any other is left to the pattern
    (`_WORD_BEFORE`), whose regex search would try every start in the window.
    """
    start = max(0, dot - 20)
    space = text.rfind(" ", start, dot)
    if space >= 0:
        word = text[space + 1:dot]
        if word.replace(".", "").isalnum():
            return word
    m = _WORD_BEFORE.search(text, start, dot)
    return m.group() if m else None


def _starts_sentence(text: str, at: int) -> bool:
    m = _NEXT_WORD.match(text, at)
    return m is not None and m.group() in STARTERS


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
