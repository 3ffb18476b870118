"""Punctuation detectors: stray sequences, marks after a closing quote, spacing around marks.

Why it matters: when a rewriting tool or a hurried editor deletes words
between two marks, the marks stay behind (". ,", ",,", "?."); when markup is
stripped, sentences run together ("said.The") or a space is left before a
comma. Each is small, each looks careless, and none is caught by a spell
checker. The patterns are narrow on purpose: ellipses, abbreviations before
a comma ("Jr.,", "U.S.,"), decimals, URLs and domain names are correct copy.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, ClassVar

from lint.checks.base import Check
from lint.checks.gates import Gate
from lint.document import Block, Document
from lint.findings import Hit
from lint.frequency import zipf
from lint.sentences import ABBREVIATIONS


def _blocks_to_scan(doc: Document, gate: Gate) -> tuple[Block, ...]:
    """The blocks to scan, or none when the linear-time `gate` (RE2) finds no candidate in the story.

    The exact patterns need look-around, which only Python's backtracking
    engine has; most stories have no candidate at all, so one RE2 pass over
    the whole text (shared by all gates) spares them the slow scan.
    """
    return doc.blocks if gate.open(doc) else ()


# Each pattern names the marks it finds; `_fix_stray` says what to keep.
_STRAY = re.compile(
    r"(?P<period_comma>(?<!\.)[.!?][ \t]+,)"      # "relations. , said"
    r"|(?P<word_period_comma>(?<=[a-z])\.,)"       # "agreed., saying" (not "Jr.,": see `_real_word_before`)
    r"|(?P<commas>,[ \t]*,)"                      # ",," / ", ,"
    r"|(?P<semicolons>;[ \t]*;)"                  # ";;"
    r"|(?P<comma_period>,[ \t]*\.(?![.\w]))"      # ",." but not ", ..." (an ellipsis) nor ", .com"
    r"|(?P<mark_period>[?!]\.(?!\.))"             # "?.", "!." (after "Yahoo!" too: its mark ends the sentence)
    r"|(?P<two_periods>(?<!\.)\.\.(?![.\w/]))"      # ".." but not "..." nor "../"
    r"|(?P<empty>(?<!\w)(?:\([ \t]*\)|\[[ \t]*\]))"  # "( )" / "[ ]", not code's "time.now()", "args[]"
    r"|(?P<separators>[,;:][ \t]*[,;:])"           # ";,", ",;", ":,", ", ;" (two of one kind are above; "::" is code)
    r"|(?P<separator_end>[,;:][!?]|[;:]\.(?![.\w]))"  # ";.", ":.", ",?" before an end mark
    r"|(?P<period_mark>(?<![.])\.[!?;:](?![!?.]))"     # ".?", ".!", ".;", ".:" (not "U.S.?": see `_abbreviation_before`)
)
_STRAY_GATE = Gate(
    r"[.!?][ \t]+,|[a-z]\.,|,[ \t]*[,.]|;[ \t]*;|[?!]\.|(?:^|[^.])\.\.(?:[^.]|$)|\([ \t]*\)|\[[ \t]*\]"
    r"|[,;:][ \t]*[,;:!?]|[;:]\.|[\w)]\.[!?;:]"
)
_SHORT_CAPITAL = re.compile(r"(?<![\w.])[A-Z][a-z]{0,2}$")  # "Nev", "Ore", "Fla": a short capitalised form
_ENTITY_BEFORE = re.compile(r"&#?[0-9A-Za-z]+$")
_NEXT_LETTER = re.compile(r"[ \t]*(\w)")


def _fix_stray(kind: str, match: str, text: str, end: int) -> str | None:
    """The text that replaces a stray sequence, or None when which mark belongs is unclear."""
    if kind == "word_period_comma":
        return ","
    if kind == "period_comma":
        # The next word decides: "relations. , said" wants the comma, ". , The" the period.
        m = _NEXT_LETTER.match(text, end)
        if m is None:
            return None
        return "," if m.group(1).islower() else match[0]
    return {
        "commas": ",",
        "semicolons": ";",
        "comma_period": ".",
        "mark_period": match[:1],
        "two_periods": ".",
        "empty": None,
        "separators": None,
        "separator_end": None,
        "period_mark": None,
    }[kind]


class StraySequence(Check):
    """Two marks that never stand together in edited copy: ". ,", ",,", ";;", "?.", "..", ";.", ".?", ":,", "( )".

    Why it matters: they are what is left when a tool or an editor deletes
    the words between two marks. An ellipsis ("..."), an abbreviation's
    period before another mark ("Jr.,", "in the U.S.?") and the interrobang
    pair ("?!", "!?") are not flagged. Which of two mixed marks belongs is
    the writer's call, so those get no fix.
    """

    params: ClassVar[dict[str, Any]] = {}

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        for block in _blocks_to_scan(doc, _STRAY_GATE):
            for m in _STRAY.finditer(text, block.start, block.end):
                kind = m.lastgroup or ""
                if kind == "word_period_comma" and not _real_word_before(text, m.start()):
                    continue
                if kind == "period_mark" and (_abbreviation_before(text, m.start()) or _SHORT_CAPITAL.search(text, max(0, m.start() - 8), m.start())):
                    continue  # "in the U.S.?", "Acme Inc.;", "Calif.:", "Reno, Nev.;"
                if kind == "separators" and m.group()[0] == m.group()[-1]:
                    continue  # "::" (code, a transcript's label); ",," and ";;" are their own kinds
                if m.group()[0] == ";" and _ENTITY_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                    continue  # "caf&#233;." ends an HTML entity: encoding.html-entity's finding
                fix = _fix_stray(kind, m.group(), text, m.end())
                yield Hit(m.start(), m.end(), replacements=(fix,) if fix is not None else (), fix=fix)


# Short forms of four or more letters written with a period before a comma: US states and
# Canadian provinces ("Hawthorne, Calif., police"), and clipped words ("Govt.,").
_SHORT_FORMS = frozenset(
    """
    ariz calif colo conn kans mass mich minn miss mont nebr okla penn tenn wash wisc wyom
    alta sask nfld govt incl excl approx intl natl assoc mgmt misc
    """.split()
)
_LAST_WORD = re.compile(r"(?<![\w.'’&-])[A-Za-z]{3,}$")
_VOWEL = re.compile(r"[aeiouy]")


def _real_word_before(text: str, dot: int) -> bool:
    """True when the period at `dot` ends a word ("agreed.,", "Leonov.,"), not an abbreviation ("Calif.,", "Inc.,").

    Abbreviations are short, listed, or clipped: a lower-case word of four or
    more letters that English uses (Zipf 3 or more), a very common three-letter
    one ("out.,"), or a longer word with a vowel (a name of five letters, a
    lower-case word of six) that no list names, is a word, and a period then
    a comma after it is debris.
    """
    m = _LAST_WORD.search(text, max(0, dot - 30), dot)
    if m is None:
        return False
    word = m.group()
    bare = word.lower()
    if bare in ABBREVIATIONS or bare in _SHORT_FORMS:
        return False
    long_word = word[1:].islower() and _VOWEL.search(bare) is not None and len(word) >= (5 if word[0].isupper() else 6)
    if long_word:
        return True
    if word[0].isupper() and len(word) < 4:
        return False
    return zipf(bare) >= (4.8 if len(word) == 3 else 3.0)


# A sentence end inside a closing quote, then a mark outside it that the sentence does not need.
_AFTER_QUOTE = re.compile(r"(?P<inner>[.!?,])(?P<quote>[”\"’]+)(?P<outer>[ \t]*[.,])(?![.\w])")
_LOWER_NEXT = re.compile(r"[ \t]+[a-z]")
_AFTER_QUOTE_GATE = Gate(r"[.!?,][”\"’]+[ \t]*[.,]")


class StrayAfterQuote(Check):
    """A period or comma after a closing quote that already ends with one: “Face the Nation.” .

    Why it matters: American and most house styles put the sentence's mark
    inside the quote; a second mark outside is residue of an edit. A comma
    that should replace the period inside (“It is over.”, she said) is fixed
    by moving it in. An abbreviation's period inside the quote (“Acme Inc.”,)
    is not flagged.
    """

    params: ClassVar[dict[str, Any]] = {}

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        for block in _blocks_to_scan(doc, _AFTER_QUOTE_GATE):
            for m in _AFTER_QUOTE.finditer(text, block.start, block.end):
                inner, outer = m.group("inner"), m.group("outer").strip()
                if inner == "." and _abbreviation_before(text, m.start()):
                    continue
                if m.group("quote")[0] == "’" and inner == ",":
                    continue  # an apostrophe, not a quote: "the players’,"
                glued = not m.group("outer")[0].isspace()
                if inner in "?!" and glued and not (outer == "." and _LOWER_NEXT.match(text, m.end())):
                    continue  # “Why?”, or “Why?”. is a house style in British copy; “Why?” . and “Why?”. he asked are residue
                if inner == "." and outer == ",":
                    fix = "," + m.group("quote")
                    yield Hit(m.start(), m.end(), replacements=(fix,), fix=fix, values={"mark": outer})
                else:
                    yield Hit(m.start("outer"), m.end(), replacements=("",), fix="", values={"mark": outer})


_WORD_BEFORE = re.compile(r"([\w.]+)$")


def _abbreviation_before(text: str, dot: int) -> bool:
    """True when the period at `dot` closes an abbreviation or initialism ("Inc.", "U.S.", "J.")."""
    m = _WORD_BEFORE.search(text, max(0, dot - 20), dot)
    if m is None:
        return False
    word = m.group(1)
    if word.rstrip(".").lower() in ABBREVIATIONS or word.lower() in _SHORT_FORMS:
        return True
    if len(word) == 1:
        return word.isupper()
    return "." in word and all(len(part) <= 2 for part in word.split(".") if part)


# A letter or digit, sentence punctuation (and a closing quote), then a capitalised word: "said.The".
# The next word: a capitalised word, an acronym ("NASA's", "GPs"), "I'm" or "O'Neill", or "A" / "I" alone.
_MISSING_SPACE = re.compile(
    r"(?<=[a-z0-9)%])(?P<mark>[.!?][”\"’]?)(?=[“\"‘]?(?:[A-Z][a-z]|(?P<acronym>[A-Z]{2,}(?:['’]?s)?\b)|[A-Z]['’]\w|[AI] ))"
    r"|(?<=[a-z])(?P<comma>,)(?=[A-Za-z]{2}|[aAI] )"
)
_MISSING_SPACE_GATE = Gate(r"[a-z0-9)%][.!?][”\"’]?[“\"‘]?[A-Z](?:[a-zA-Z'’]| )|[a-z],(?:[A-Za-z]{2}|[aAI] )")
_LOWER_WORD_BEFORE = re.compile(r"(?<![\w.])[a-z]+$")
# Tokens that are addresses, not prose: URLs, e-mail, domain names, file names.
_ADDRESS = re.compile(r"https?://|www\.|@|\.(?:com|org|net|gov|edu|co|uk|io|html?|php|aspx?)\b", re.IGNORECASE)


class MissingSpace(Check):
    """No space after a sentence's end or a comma: "said.The", "Party,said".

    Why it matters: stripping markup or joining lines glues sentences
    together; readers stumble and sentence splitting fails. Decimals
    ("3.5"), initialisms ("U.S."), URLs, e-mail addresses and domain names
    ("Amazon.com"), and names written with a period inside ("One.Tel,")
    are not prose and are left alone.
    """

    params: ClassVar[dict[str, Any]] = {"commas": True}

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        for block in _blocks_to_scan(doc, _MISSING_SPACE_GATE):
            for m in _MISSING_SPACE.finditer(text, block.start, block.end):
                mark = m.group("mark") or m.group("comma")
                if mark == "," and not self.p["commas"]:
                    continue
                if _ADDRESS.search(_token_around(text, m.start(), block.start, block.end)):
                    continue
                if m.group("acronym") and not _LOWER_WORD_BEFORE.search(text, max(block.start, m.start() - 30), m.start()):
                    continue  # "Bagle.AT", a name with a suffix; "spring.NASA" ends a sentence on a plain word
                if mark == "." and _dotted_name(text, m.start(), m.end()):
                    continue
                fix = mark + " "
                yield Hit(m.start(), m.end(), replacements=(fix,), fix=fix)


_CAPITAL_WORD_BEFORE = re.compile(r"(?<![\w.])[A-Z][a-z]+$")
_SHORT_TAIL = re.compile(r"[A-Z][a-z]{1,2}(?=[,;:)])")


def _dotted_name(text: str, dot: int, after: int) -> bool:
    """True for a name written with a period inside ("One.Tel,"), not two sentences run together.

    The second part is a short, uncommon capitalised word followed at once by
    a comma or a bracket: a new sentence does not open that way, except with
    a common word ("said.Yes, she").
    """
    tail = _SHORT_TAIL.match(text, after)
    return (
        tail is not None
        and zipf(tail.group().lower()) < 5.0
        and _CAPITAL_WORD_BEFORE.search(text, max(0, dot - 30), dot) is not None
    )


def _token_around(text: str, at: int, lo: int, hi: int) -> str:
    start = text.rfind(" ", lo, at) + 1 or lo
    end = text.find(" ", at, hi)
    return text[max(start, lo):end if end >= 0 else hi]


# Space before a mark that closes something: "word ,", "said .", "why ?". Not an ellipsis " ..." or " . . .".
_SPACE_BEFORE_GATE = Gate(r"[\w”\"’)\]][ \t]+[,;:?!.]")
_SPACE_BEFORE = re.compile(r"(?<=[\w”\"’)\]])(?P<space>[ \t]+)(?P<mark>[,;:?!]|\.(?!\.| \.))(?=\s|$|[”\"’)\]])")


class SpaceBefore(Check):
    """A space before a comma, period, colon, semicolon or question mark: "the plan , which".

    Why it matters: English puts no space before these marks; the space is
    left where a word, a link or a footnote marker was cut out. An ellipsis
    after a space ("and so on ...") and a colon between numbers ("2 : 1") are
    left alone, and so is a colon after a bracketed speaker label, and the
    spaced colons of a story that spaces them all (a house style).
    """

    params: ClassVar[dict[str, Any]] = {}

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        spaced_colons: bool | None = None
        for block in _blocks_to_scan(doc, _SPACE_BEFORE_GATE):
            for m in _SPACE_BEFORE.finditer(text, block.start, block.end):
                mark = m.group("mark")
                if mark == ":" and (text[m.start() - 1].isdigit() or text[m.start() - 1] in ")]"):
                    continue  # "2 : 1"; a transcript's speaker label "((Host)) :"
                if mark in ":;" and text[m.end():m.end() + 1] == ")":
                    continue  # a smiley after a space: "the principle ;)"
                if mark == ":":
                    if spaced_colons is None:
                        spaced_colons = _spaced_colon_style(text)
                    if spaced_colons:
                        continue
                yield Hit(m.start(), m.end(), replacements=(mark,), fix=mark, values={"mark": mark})


_SPACED_COLON = re.compile(r"\w[ \t]+:(?=\s)")
_TIGHT_COLON = re.compile(r"\w:(?=\s)")


def _spaced_colon_style(text: str) -> bool:
    """True when the story spaces its colons on purpose ("Tickets : 40,000 won"), as French and
    some other house styles do: two or more spaced colons and fewer tight ones. A lone " :" in a
    story that otherwise writes "said:" is a slip."""
    spaced = len(_SPACED_COLON.findall(text))
    return spaced >= 2 and spaced > len(_TIGHT_COLON.findall(text))


# An opening double quote, then a space before the quoted words: “ We will".
_SPACE_AFTER_OPEN = re.compile(r"(?P<quote>[“\"])(?P<space>[ \t]+)(?=[\w‘'])")
_SPACE_AFTER_OPEN_GATE = Gate(r"(?:^|[\s(\[{—–:])[“\"][ \t]+[\w‘']")
_STRAIGHT = re.compile(r"\"")
_SPACED_QUOTE_MESSAGE = "Space on both sides of a quote mark: a space after an opening or before a closing quote."
_SPACED_BOTH_SIDES = re.compile(r"(?:^|[.!?:,][ \t]+)$")


class SpaceAfterOpeningQuote(Check):
    """A space between an opening quote and the first quoted word: “ We will".

    Why it matters: it is left where a word or a tag was cut out, and it
    detaches the mark from the words it opens. A curly “ always opens; a
    straight quote opens when it is the first, third, fifth... of its
    paragraph, so this is read only in paragraphs whose straight quotes pair
    up (a lone inch mark, 12", makes the parity unreadable and is left
    alone). Either mark must also stand where quotes open (after a space, a
    bracket, a dash or a colon): a quote right after a word or a full stop
    closes one, whatever the count says (a paragraph may go on a quote that
    opened in the one before). Where straight quotes do not pair, a mark
    that opens the paragraph or has a space on both sides after a
    sentence's end, a colon or a comma is still flagged, without a fix: the
    space is a slip whichever side of a quote it is on. A space before the
    mark that ends a quote ('said .”') is punctuation.space-before's.
    """

    params: ClassVar[dict[str, Any]] = {}

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        for block in _blocks_to_scan(doc, _SPACE_AFTER_OPEN_GATE):
            straight = [q.start() for q in _STRAIGHT.finditer(text, block.start, block.end)]
            paired = len(straight) % 2 == 0
            for m in _SPACE_AFTER_OPEN.finditer(text, block.start, block.end):
                before = text[m.start() - 1] if m.start() > block.start else " "
                if not (before.isspace() or before in "([{—–:"):
                    continue  # after a word or a mark ("said." He, a 6" pipe) the quote closes something
                if m.group("quote") == '"' and not (paired and straight.index(m.start()) % 2 == 0):
                    if paired or not _SPACED_BOTH_SIDES.search(text[block.start:m.start()]):
                        continue
                    # Unpaired, but opening the paragraph, or spaced on both sides after a sentence's end,
                    # a colon or a comma ('year. " Fraud', 'added: " It'): a space after an opening or
                    # before a closing quote; which one is unclear, so no fix.
                    yield Hit(m.start("space"), m.end("space"), message=_SPACED_QUOTE_MESSAGE)
                    continue
                yield Hit(m.start("space"), m.end("space"), replacements=("",), fix="")


# A quoted clause closed with no comma before its attribution: “We will win” he said.
_SPEECH = (
    r"(?:said|says|added|adds|told|tells|wrote|writes|explained|explains|asked|asks|continued|insisted|warned"
    r"|stressed|noted|argued|replied|recalled|declared|stated|claimed|admitted|according)"
)
_ATTRIBUTION = (
    rf" (?:{_SPEECH}|(?:he|she|they|it|we|I) (?:\w+ )?{_SPEECH}"
    rf"|(?:(?:the|a|an) )?(?:[A-Z][\w.'’-]* ){{1,3}}{_SPEECH}|(?:the|a|an) \w+ {_SPEECH})\b"
)
_CLOSE_ATTRIBUTION = re.compile(rf"(?<=[\w)])(?P<quote>[”\"])(?={_ATTRIBUTION})")
_CLOSE_ATTRIBUTION_GATE = Gate(rf"[\w)][”\"]{_ATTRIBUTION}")
# Where a quoted clause may open: the paragraph's start, after a sentence's end, or after "said," / a colon.
_CLAUSE_OPENS_AFTER = re.compile(r"(?:^|[.!?][”\"’)]*[ \t]+|[,:][ \t]+)$")
_MIN_QUOTED_WORDS = 3


_TITLE_LOWER = frozenset("the and but nor for yet via per off out from with into onto over upon".split())


def _title_like(words: list[str]) -> bool:
    """True when every word but the short ones a title leaves in lower case is capitalised ("Face the
    Nation"): a title, not a clause ("Stop the war now")."""
    return all(w[:1].isupper() for w in words if len(w) >= 3 and w.lower() not in _TITLE_LOWER)


class AttributionComma(Check):
    """A quoted clause whose comma before the attribution was lost: “We will win” he said.

    Why it matters: news style ends a quoted sentence followed by its
    attribution with a comma inside the quote (“We will win,” he said);
    without it the quote runs into the attribution. Only a quote that is a
    full clause is read, one that opens a sentence (or follows "said," or a
    colon), starts with a capital, has at least three words and is not in
    title case (every word capitalised but "the", "and", "of"...): a title or a scare quote inside a
    sentence (the “Face the Nation” show said) needs no comma.
    """

    params: ClassVar[dict[str, Any]] = {}

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        for block in _blocks_to_scan(doc, _CLOSE_ATTRIBUTION_GATE):
            for m in _CLOSE_ATTRIBUTION.finditer(text, block.start, block.end):
                span = next((q for q in doc.quotes if q.end == m.end()), None)
                if span is None or span.start < block.start:
                    continue
                quoted = text[span.start + 1:m.start()].split()
                if len(quoted) < _MIN_QUOTED_WORDS or not quoted[0][:1].isupper() or _title_like(quoted):
                    continue
                if not _CLAUSE_OPENS_AFTER.search(text[block.start:span.start]):
                    continue
                yield Hit(m.start(), m.end(), replacements=("," + m.group("quote"),))
