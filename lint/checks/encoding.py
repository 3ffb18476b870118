"""Encoding damage: mojibake, stray control and invisible characters, HTML residue.

Why it matters: text that passed through the wrong decoder ("Itâ€™s"), a
CMS that left HTML in a plain-text export ("&amp;", "</p>") or a copy-paste
that carried invisible characters looks broken to readers, breaks search
and can change how a word is read aloud. Each of these has one right repair,
so every detector offers a safe fix where it can.

Every detector first asks whether its characters occur at all (a `Gate`,
answered for several detectors by one RE2 pass, or a plain `in` test), then
scans the text with one compiled pattern and does the expensive work (ftfy)
only on the few spans that match.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any, ClassVar

from lint.checks.base import Check
from lint.checks.gates import Gate
from lint.document import Document
from lint.findings import Hit, Severity

#: Characters that the second byte of a UTF-8 sequence becomes when the bytes
#: are read as Windows-1252 or Latin-1: C1 controls, Latin-1 punctuation and
#: the cp1252 extras (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ).
_CONTINUATION = "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
#: The same bytes read as Mac Roman: the lead bytes of Latin-1, Latin Extended and
#: punctuation characters (C2-C5, E2: ¬ √ ƒ ≈ ‚) and what a continuation byte becomes
#: ("It‚Äôs", "¬£5", "caf√©"). The other Mac Roman lead bytes are ordinary letters and
#: quotes of their own ("’", "É"), left to the Windows-1252 pattern and to ftfy.
_MAC_LEAD = "\u00ac\u221a\u0192\u2248\u201a"
_MAC_CONTINUATION = bytes(range(0x80, 0xC0)).decode("mac_roman")
#: A UTF-8 lead byte read as Latin-1 (Â-ô) or Mac Roman followed by a continuation byte.
_SUSPECT_PATTERN = f"[\u00c2-\u00f4][{_CONTINUATION}]|[{_MAC_LEAD}][{_MAC_CONTINUATION}]"
_SUSPECT = re.compile(_SUSPECT_PATTERN)
_SUSPECT_GATE = Gate(_SUSPECT_PATTERN)
#: Characters that belong to a mojibake run, for reporting an unfixable one.
_MOJIBAKE_CHAR = re.compile(f"[\u00c2-\u00f4{_CONTINUATION}{_MAC_LEAD}{_MAC_CONTINUATION}]+")
_SPACE = " \t\n\r\f\v"


@cache
def _ftfy_config() -> Any:
    """ftfy repairs encoding only: no quote straightening, no normalisation."""
    from ftfy import TextFixerConfig

    return TextFixerConfig(
        unescape_html=False,
        remove_terminal_escapes=False,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        fix_surrogates=False,
        remove_control_chars=False,
        normalization=None,
        explain=False,
    )


def _token(text: str, start: int, end: int) -> tuple[int, int]:
    """The whitespace-delimited chunk around [start, end); a no-break space stays inside."""
    while start > 0 and text[start - 1] not in _SPACE:
        start -= 1
    while end < len(text) and text[end] not in _SPACE:
        end += 1
    return start, end


def _changed(old: str, new: str) -> tuple[int, int, str]:
    """The span of `old` that differs from `new`, and its replacement.

    The span is the smallest difference widened to whole runs of mojibake
    characters, so "Â£" -> "£" reports "Â£" -> "£", not "Â" -> "".
    """
    prefix = 0
    while prefix < min(len(old), len(new)) and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < min(len(old), len(new)) - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    while prefix and _MOJIBAKE_CHAR.fullmatch(old[prefix - 1]):
        prefix -= 1
    while suffix and _MOJIBAKE_CHAR.fullmatch(old[-suffix]):
        suffix -= 1
    return prefix, len(old) - suffix, new[prefix:len(new) - suffix]


class Mojibake(Check):
    """Flag text decoded with the wrong character set, and repair it with ftfy.

    Why it matters: "Itâ€™s", "cafÃ©" and "â€”" are UTF-8 read as Windows-1252;
    readers see garbage where an apostrophe, accent or dash should be.
    """

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        if "\u00c2" in text:
            yield from _lone_a_circumflex(text)
        if _SUSPECT_GATE.open(doc):
            yield from _garbled_runs(text)


#: "Â" then an ordinary space: a no-break space (C2 A0) read as Windows-1252 whose second
#: byte was later turned into a space ("5Â million", "said. Â The"). No word of Latin-script
#: text ends in a capital Â after a lower-case letter, digit or mark.
_LONE_A = re.compile(r"(?:(?<=[ \t])|(?<![A-Z\u00c0-\u00de]))\u00c2[ \t]")


def _lone_a_circumflex(text: str) -> Iterator[Hit]:
    for m in _LONE_A.finditer(text):
        start = m.start() - 1 if m.start() and text[m.start() - 1] in " \t" else m.start()
        yield Hit(start, m.end(), replacements=(" ",), fix=" ", values={"repair": " "})


def _garbled_runs(text: str) -> Iterator[Hit]:
    """Runs that ftfy repairs (safe fix) or that it finds bad but cannot repair (no fix)."""
    from ftfy import fix_text
    from ftfy.badness import is_bad

    done = -1
    for m in _SUSPECT.finditer(text):
        if m.start() < done:
            continue
        start, end = _token(text, m.start(), m.end())
        done = end
        chunk = text[start:end]
        fixed = fix_text(chunk, _ftfy_config())
        if fixed != chunk:
            a, b, repair = _changed(chunk, fixed)
            safe = "\ufffd" not in repair and not is_bad(fixed)
            yield Hit(
                start + a, start + b,
                replacements=(repair,) if safe else (),
                fix=repair if safe else None,
                values={"repair": repair},
            )
        elif is_bad(chunk):
            run = _MOJIBAKE_CHAR.search(chunk, m.start() - start)
            if run is not None:
                yield Hit(start + run.start(), start + run.end(), values={"repair": ""})


#: C0 controls except tab, line feed and carriage return; DEL; C1 controls.
_CONTROL = re.compile("[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]+")
_CONTROL_GATE = Gate(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x{9f}]")
#: Controls that separate (vertical tab, form feed, file/group/record/unit separators).
_SEPARATORS = set("\u000b\u000c\u001c\u001d\u001e\u001f")


class ControlCharacter(Check):
    """Flag control characters: never part of prose.

    Why it matters: a NUL, an escape or a C1 control left by a converter
    shows as a box or nothing at all, and breaks search and feeds.
    """

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        if not _CONTROL_GATE.open(doc):
            return
        for m in _CONTROL.finditer(text):
            before = text[m.start() - 1] if m.start() else " "
            after = text[m.end()] if m.end() < len(text) else " "
            # A separator between two words stood for a break: keep a space.
            joins = before not in _SPACE and after not in _SPACE and set(m.group()) & _SEPARATORS
            repair = " " if joins else ""
            yield Hit(m.start(), m.end(), replacements=(repair,), fix=repair, values={"name": _names(m.group())})


#: Invisible format characters: zero-width space, joiners, word joiner,
#: invisible operators, direction marks and embeddings, BOM, Mongolian
#: vowel separator, soft hyphen.
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]+")
_INVISIBLE_GATE = Gate(_INVISIBLE.pattern)
_JOINERS = set("\u200c\u200d")
_RTL_MARKS = {chr(c) for c in (0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))}
#: Characters that change nothing a reader sees in Latin-script text: joiners, the word
#: joiner, invisible operators, a lone direction mark (no right-to-left letter for it to
#: group with: social sites put one before "@handles"), a byte-order mark in mid-text.
#: A zero-width space inside a word (a line may break there), a soft hyphen (a hyphen
#: that may appear), direction embeddings, overrides and isolates (reordered text) do.
_UNSEEN = set("\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff")
_BOM_MESSAGE = "Byte-order mark (U+FEFF) inside the text: a file marker, left where two files were joined."


class InvisibleCharacter(Check):
    """Flag invisible characters in Latin-script text.

    Why it matters: a zero-width space or joiner inside a word makes it a
    different string: search, spell checks and screen readers stumble, and
    the word cannot be found in the archive. Joiners are needed in Arabic,
    Persian and Indic scripts and in emoji, and direction marks in
    right-to-left text, so those are flagged only between Latin-script
    characters. A soft hyphen is a hyphenation hint in HTML and Markdown;
    in plain text it is residue. A character that changes nothing the
    reader sees (a joiner, a word joiner, a left-to-right mark, a zero-width
    space that splits no word, as in an "empty" paragraph) is reported as
    info: worth the safe fix, not worth an editor's attention. A byte-order
    mark that opens a later line is a warning: it marks where two files were
    concatenated, and text may be missing or repeated there (mid-line it is
    the old zero-width no-break space, as in Wikipedia's coordinates: info).
    """

    params: ClassVar[Mapping[str, Any]] = {
        #: Formats in which a soft hyphen is flagged.
        "soft_hyphen_formats": ["text"],
    }

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        if not _INVISIBLE_GATE.open(doc):
            return
        for m in _INVISIBLE.finditer(text):
            chars = set(m.group())
            if m.start() == 0 and chars == {"\ufeff"}:
                continue  # a byte-order mark at the very start is a file marker
            if chars == {"\u00ad"} and doc.format not in self.p["soft_hyphen_formats"]:
                continue
            before = text[m.start() - 1] if m.start() else " "
            after = text[m.end()] if m.end() < len(text) else " "
            if chars & (_JOINERS | _RTL_MARKS) and not (_latin_context(before) and _latin_context(after)):
                continue
            if "\ufeff" in chars and text.rfind("\n", 0, m.start()) >= len(text[:m.start()].rstrip(" \t")) - 1:
                # Only a file starts with a byte-order mark: one that opens a later line is where two
                # files were joined. Mid-line, U+FEFF is the old zero-width no-break space (info).
                yield Hit(m.start(), m.end(), replacements=("",), fix="", message=_BOM_MESSAGE)
                continue
            splits_word = before.isalnum() and after.isalnum()
            severity = Severity.INFO if chars <= _UNSEEN or (chars <= _UNSEEN | {"\u200b"} and not splits_word) else None
            yield Hit(m.start(), m.end(), replacements=("",), fix="", values={"name": _names(m.group())}, severity=severity)


def _latin_context(char: str) -> bool:
    """True for a character of Latin-script text: ASCII, Latin letters, spaces and punctuation."""
    if char < "\u0250" or char in _SPACE:
        return True
    category = unicodedata.category(char)
    return category[0] in "PZ" and not "\u0590" <= char <= "\u08ff"


def _names(chars: str) -> str:
    """Unicode names of the distinct characters, for the message: "U+200B ZERO WIDTH SPACE"."""
    seen = dict.fromkeys(chars)
    return ", ".join(f"U+{ord(c):04X} {unicodedata.name(c, 'control character')}" for c in seen)


#: An HTML character reference, possibly escaped again ("&amp;amp;", "&amp;#8217;").
_ENTITY = re.compile(r"&(?:amp;)*(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


class HtmlEntity(Check):
    """Flag HTML character references left in the text ("&amp;", "&#8217;").

    Why it matters: readers see "M&amp;S" and "it&#8217;s". In plain text
    any reference is residue; Markdown and HTML are decoded once by the
    parser, so a reference still in the prose was escaped twice.
    """

    params: ClassVar[Mapping[str, Any]] = {
        #: Formats where the decoded character is a safe fix; in Markdown and
        #: HTML source the right repair depends on the markup around it.
        "fix_formats": ["text"],
    }

    def check(self, doc: Document) -> Iterator[Hit]:
        if "&" not in doc.text:
            return
        for m in _ENTITY.finditer(doc.text):
            decoded = m.group()
            for _ in range(4):  # undo repeated escaping, a few layers at most
                once = html.unescape(decoded)
                if once == decoded:
                    break
                decoded = once
            if decoded == m.group():
                continue  # not a character reference HTML knows ("&foo;")
            if decoded in _LOST and _between_letters(doc.text, m.start(), m.end()):
                # "person&#191;s": the converter had already lost the character.
                yield Hit(m.start(), m.end(), message=f"HTML entity '{m.group()}' stands for a character lost in conversion (often an apostrophe).")
                continue
            fix = decoded if doc.format in self.p["fix_formats"] else None
            yield Hit(m.start(), m.end(), replacements=(decoded,), fix=fix, values={"decoded": decoded})
        for m in _BARE_ENTITY.finditer(doc.text):
            if _ADDRESS_CHARS.search(doc.text, *_token(doc.text, m.start(), m.end())):
                continue  # a URL's query string ("?a=1&copy=2"), not prose
            decoded = html.unescape("&" + (m.group("name") or m.group("glued")) + ";")
            fix = decoded if doc.format in self.p["fix_formats"] else None
            yield Hit(m.start(), m.end(), replacements=(decoded,), fix=fix, values={"decoded": decoded})


#: A common named reference that lost its semicolon ("10&nbsp km", "AT&amp T"): HTML5
#: still decodes the legacy ones without it, so a careless export leaves them. Not glued
#: to a following letter, digit, "=" or ";", except the names no word begins with
#: ("1972&nbspupon"; "&ampl", "&lto", "&region" may be text or code).
_BARE_ENTITY = re.compile(
    r"&(?:amp;)*(?:(?P<name>nbsp|amp|quot|lt|gt|copy|reg|mdash|ndash|hellip|rsquo|lsquo|rdquo|ldquo|apos)(?![\w;=])"
    r"|(?P<glued>nbsp|mdash|ndash|hellip|rsquo|lsquo|rdquo|ldquo)(?=[A-Za-z0-9]))"
)
_ADDRESS_CHARS = re.compile(r"://|www\.|[?=/]")

#: What converters write for a character they could not map.
_LOST = {"\u00bf", "\ufffd", "?"}


def _between_letters(text: str, start: int, end: int) -> bool:
    return start > 0 and end < len(text) and text[start - 1].isalpha() and text[end].isalpha()


_TAG_NAMES = (
    "a|abbr|article|aside|b|blockquote|br|center|cite|code|dd|del|div|dl|dt|em|figcaption|figure|font|footer"
    "|h[1-6]|header|hr|i|iframe|img|ins|li|link|mark|meta|nav|noscript|ol|p|picture|pre|q|s|script|section"
    "|small|source|span|strike|strong|style|sub|sup|table|tbody|td|th|thead|time|tr|u|ul|video|wbr"
)
#: Tags of HTML elements, and comments, as a CMS leaves them in exported text.
#: A bare opening tag must be lower-case: wire copy writes tickers in angle
#: brackets ("<DD>", "<S>"), and a company name is no tag ("<Strong Point Inc>").
_TAG = re.compile(
    rf"<!--.*?-->"
    rf"|(?i:</(?:{_TAG_NAMES})\s*>)"
    rf"|(?i:<(?:{_TAG_NAMES})\s[^<>]{{0,500}}?=[^<>]{{0,500}}?/?>)"
    rf"|<(?:{_TAG_NAMES})\s*/?>",
    re.DOTALL,
)


#: The word after a tag that a story names rather than leaves behind ("an <img> tag").
_NAMED_AS_TAG = re.compile(r"[ \t]?(?:tags?|elements?)\b", re.IGNORECASE)


class HtmlTag(Check):
    """Flag HTML tags left in plain text ("</p>", "<br>", "<a href=...>").

    Why it matters: a plain-text export that kept the markup shows readers
    angle brackets. In Markdown, tags are markup, so only the formats listed
    are checked (in HTML, a tag still in the prose was escaped in the source).
    """

    params: ClassVar[Mapping[str, Any]] = {
        "formats": ["text", "html"],
    }

    def check(self, doc: Document) -> Iterator[Hit]:
        if doc.format not in self.p["formats"] or "<" not in doc.text:
            return
        text = doc.text
        for m in _TAG.finditer(text):
            if "=" not in m.group() and _NAMED_AS_TAG.match(text, m.end()):
                continue  # a tag the story writes about: "an <img> tag", "the </p> element"
            before = text[m.start() - 1] if m.start() else " "
            after = text[m.end()] if m.end() < len(text) else " "
            # Deleting a tag between two words would glue them: leave a space.
            repair = " " if before not in _SPACE and after not in _SPACE and _breaks(m.group()) else ""
            fix = repair if doc.format == "text" else None
            yield Hit(m.start(), m.end(), replacements=(repair,), fix=fix)


def _breaks(tag: str) -> bool:
    """True for a tag that separates words (block elements and line breaks)."""
    name = re.match(r"</?([A-Za-z0-9]+)", tag)
    return name is None or name.group(1).lower() not in {"a", "abbr", "b", "cite", "em", "font", "i", "mark", "s", "small", "span", "strike", "strong", "sub", "sup", "u", "del", "ins", "q", "code", "time"}


#: Escapes of JSON and JavaScript strings: "\u2019", "\U0001F600", "\x92", an escaped quote
#: ("\"") and a literal "\n" where a line break or a space stood. A "\n" counts only after a
#: sentence's end or before a capital, or doubled: a Windows path ("C:\new") has none of these.
_ESCAPE = re.compile(
    r"\\(?:u(?P<u>[0-9a-fA-F]{4})|U(?P<big>000[0-9a-fA-F]{5}|0010[0-9a-fA-F]{4})|x(?P<x>[89a-fA-F][0-9a-fA-F]))"
    r"|(?<!\\)\\(?P<quote>[\"'])"
    r"|(?<=[.!?\"”’)])(?:\\r)?\\n(?:(?:\\r)?\\n)*|\\n(?:\\n)*(?=[A-Z“\"])|\\n\\n(?:\\n)*"
)


class EscapeSequence(Check):
    """Flag escape sequences of JSON or JavaScript strings left in the text ("It\\u2019s", "\\"", ".\\n").

    Why it matters: a scraper that copied text out of a page's script data
    without decoding it leaves "It\\u2019s", "\\"Yes\\"" and "over.\\nThe"; readers
    see the codes instead of the characters. News prose has no other use for
    a backslash before these letters.
    """

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        if "\\" not in text:
            return
        for m in _ESCAPE.finditer(text):
            code = m.group("u") or m.group("big") or m.group("x")
            if code is not None:
                value = int(code, 16)
                decoded = bytes([value]).decode("cp1252", "replace") if m.group("x") else chr(value)
                if unicodedata.category(decoded) in ("Cs", "Cn") or decoded == "\ufffd":
                    continue  # half a surrogate pair, or no character: not text that was escaped
                yield Hit(m.start(), m.end(), replacements=(decoded,), fix=decoded, values={"decoded": decoded})
            elif m.group("quote"):
                yield Hit(m.start(), m.end(), replacements=(m.group("quote"),), fix=m.group("quote"), values={"decoded": m.group("quote")})
            else:
                yield Hit(m.start(), m.end(), replacements=(" ",), values={"decoded": "a line break"})
