"""Lines of a page set before a paragraph that show what they are by their own shape.

A byline ("By Ana Torres"), a photo credit ("Image via Harbour Pictures"),
a time stamp ("July 2, 2018", "Nov. 4, 2021: 9:05 AM ET") or a counter of comments or
shares ("There are 13 comments") glued to the start of a paragraph is no
label in title case, so `GluedStart` cannot read it as one, yet no sentence
of a story opens so: a story says "By Friday, the..." or "On July 2,
2018, the...", never a name or a date run straight into the next sentence.
"""

from __future__ import annotations

import re2

_MONTH = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-zA-Z]*\.?"
_YEAR = r"(?:19|20)\d\d"
_DATE = (rf"(?:\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{_MONTH},?[ \t]+{_YEAR}|{_MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]+{_YEAR}"
         rf"|{_YEAR}-\d\d-\d\d)")
_AMPM = r"(?i:[ap]\.?m\b\.?)"
_CLOCK = rf"\d{{1,2}}:\d\d(?:[ \t]?{_AMPM})?"
_ZONE = r"(?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|GMT|UTC|BST|CET|CEST|IST|AEST|AEDT)"
#: A date with its year, and perhaps its clock time. A clock time alone ("5:11 PM The...") stamps a live
#: blog's entries, which are the story's own.
_STAMP = rf"{_DATE}(?:[ \t,:|•·-]+{_CLOCK})?(?:[ \t]+{_ZONE})?"
#: The line kinds, each up to where its name run or the next sentence starts, then a capital, a quotation or
#: a handle. Group 1 is the line's fixed part: a byline's or credit's label (names follow), or the whole stamp
#: or counter. Matched at a paragraph's start only (`shaped_candidate` first), not searched for.
SHAPED = re2.compile(
    r"([Bb]y[ \t]+"
    r"|(?:Image|Photo|Picture|Photograph|Video)s?[ \t]+(?i:via|copyright|courtesy(?:[ \t]+of)?|credit|by|source)[ \t]*:?[ \t]*"
    r"|(?:There[ \t]+(?:are|is|were)[ \t]+|New,[ \t]+)?\d[\d,]*[ \t]*(?i:comments?|replies|reply|shares|views|likes|reactions)"
    rf"|{_STAMP})"
    r"[ \t]*(?:[\p{Lu}@]|[\"“‘]\p{Lu})")
#: How a shaped line can open: its first three characters (a digit opens a stamp or a counter).
_HEADS = frozenset({"By ", "by ", "Ima", "Pho", "Pic", "Vid", "New"})
_MONTH3 = frozenset("jan feb mar apr may jun jul aug sep oct nov dec".split())


def shaped_candidate(text: str, start: int) -> bool:
    """True when the paragraph at `start` may open with a shaped line: most paragraphs are ruled out here,
    without a regular expression's pass over the story."""
    head = text[start:start + 3]
    return head[:1].isdigit() or head in _HEADS or head.casefold() in _MONTH3 or text.startswith("There ", start)


_MONTHS_DAYS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "monday tuesday wednesday thursday friday saturday sunday".split())
#: Words that open a sentence, not a name: a run of names stops before one.
_OPENERS = frozenset("The This These Those It Its Their His Her Our She He They We There A An In On At As After "
                     "When While Since Despite According Although Following Meanwhile However".split())
_QUOTES = "\"“‘'"


def shaped_lead(text: str, start: int, flag_end: int, line_end: int, max_names: int) -> int | None:
    """The end of a byline, credit, time stamp or counter opening the line at `start`, or None.

    `flag_end` ends the part `SHAPED` matched; `line_end` the paragraph's
    first line. A byline or credit goes on with its names, not a date ("By
    March 3, 2019 the..."); a stamp is not followed by its own time zone.
    """
    head = text[start:flag_end]
    words = head.split()
    if words[0] in ("By", "by") and (len(words) > 1 and words[1].strip(",.").casefold() in _MONTHS_DAYS
                                        or text[flag_end:line_end].split(None, 1)[0].strip(",.").casefold() in _MONTHS_DAYS):
        return None  # "By March 3, 2019 the...", "By Monday Police had..."
    if words in (["By"], ["by"]) or words[0] in _CREDIT_WORDS and len(words) > 1 and words[1].rstrip(":").casefold() in _CREDIT_LINKS:
        end = name_run(text, flag_end, line_end, max_names)
        if end is not None and words[0] in ("By", "by"):  # a byline's date goes with it ("by Ana Torres May 3, 2021")
            dated = _DATED.match(text[end:line_end])
            end += dated.end() if dated is not None else 0
        return end
    if _COUNTER.match(head) is not None:
        return flag_end
    if _ZONE_WORD.match(text[flag_end:line_end].lstrip()) is not None:
        return None  # the stamp's own zone ("12:00 PT -- ..."), a live blog's entry
    return flag_end


_CREDIT_WORDS = frozenset("Image Images Photo Photos Picture Pictures Photograph Photographs Video Videos".split())
_CREDIT_LINKS = frozenset("via copyright courtesy credit by source".split())
_ZONE_WORD = re2.compile(rf"^(?:{_ZONE}|{_AMPM})\b")
_DATED = re2.compile(rf"[ \t,|•·-]*{_STAMP}")
_COUNTER = re2.compile(r"^(?:There[ \t]+(?:are|is|were)[ \t]+|New,[ \t]+)?\d[\d,]*[ \t]*\p{L}+$")


def name_run(text: str, pos: int, end: int, max_names: int) -> int | None:
    """The end of a run of names from `pos` ("Ana Torres, Harbour Times"), before the sentence that follows.

    Names are capitalised words or handles, joined by spaces, commas, "and"
    or "&". The run stops before a word that opens sentences ("The"), a
    quotation, or a word glued on in capitals ("STAFFThe"); before a
    lower-case word the name just before it is the sentence's first word
    ("Ana Torres Police arrested..."). A comma before a lower-case word ends
    an introductory phrase ("By Royal Decree, the king..."): no name run.
    """
    names: list[tuple[int, bool]] = []  # (end of the name, whether a comma follows it)
    pos_ = pos
    while pos_ < end and len(names) <= max_names:
        while pos_ < end and text[pos_] in " \t":
            pos_ += 1
        stop = pos_
        while stop < end and not text[stop].isspace():
            stop += 1
        if stop == pos_:
            break
        word = text[pos_:stop]
        bare = word.rstrip(",")
        if bare in ("and", "&") and names:
            pos_ = stop
            continue
        if word[0] in _QUOTES or bare in _OPENERS:
            break
        if word[0] == "@" or word[0].isupper():
            glued = _glued_at(bare)
            if glued:
                names.append((pos_ + glued, False))
                break
            names.append((pos_ + len(bare), bare != word))
            pos_ = stop
            continue
        if names and names[-1][1]:
            return None  # an introductory phrase closed by its comma
        if names:
            names.pop()  # the capitalised word before a lower-case one starts the sentence
        break
    if not names or len(names) > max_names:
        return None
    return names[-1][0]


def _glued_at(word: str) -> int:
    """Where a sentence's word is glued on to a name ("STAFFRadcliffe's", "TorresThe"), or 0.

    A capitalised word after a run of capitals, or a word that opens
    sentences after a lower-case letter; "LaMotte" and "McDonald" are names.
    """
    for i in range(2, len(word) - 1):
        if not (word[i].isupper() and word[i + 1].islower()):
            continue
        if word[i - 2:i].isupper():
            return i
        tail = word[i:]
        cut = next((j for j, c in enumerate(tail) if not c.isalpha()), len(tail))
        if word[i - 1].islower() and tail[:cut] in _OPENERS:
            return i
    return 0
