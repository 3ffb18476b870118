"""A label or headline run onto the end of a paragraph after its last sentence.

A scraper that joins blocks without a break glues the next block to the
paragraph before it; the tail is judged by its shape (no sentence end,
title case, a date, headline wording, no space after the full stop).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

import re2

from lint.checks.base import Check
from lint.checks.web_residue_shapes import CLOCK, LABEL_MINOR, LINK_WORDS, NO_END, dateline, headline_case, truncated
from lint.document import Document
from lint.findings import Hit
from lint.frequency import zipf
from lint.rules.scan import scan

#: A date or a byline in a tail ("Nov. 20", "Monday", "By Ana Torres").
_DATE_LINE = re2.compile(
    r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d|\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b\d{4}-\d\d-\d\d\b"
    r"|^(?:by|posted by|written by|reported by|words by) \p{Lu}"
)


#: Words that open a sentence, not a label: a lone one ends a hard-wrapped line.
_OPENERS = LABEL_MINOR | frozenset(
    "those these that but so he she they we i you there then however when while if his her its their my".split())


#: The last sentence end of a paragraph and what follows it to the paragraph's end.
#: A bullet, a hyphen or an opening quotation mark may lead the tail; a bracket opens an aside ("[laughs]"),
#: a dash an attribution ("— Jane Doe") or a letter's signature ("-- WORRIED IN OHIO").
_TAIL = re2.compile(r"[.!?][\"”’')]?([ \t]*)((?:(?:-|[•·|›»>]+)[ \t]+|[\"“‘'])?[\p{L}\p{N}][^.!?\n]*)$")
_NO_SPACE_MESSAGE = ("Text run on with no space after the sentence before: '{match}' is page text glued to the "
                     "paragraph, or a space is missing. Delete it if it is not part of the story.")

#: A sentence end after a lower-case word with no space before the next capital or quotation mark
#: (a bracket after it is a citation mark, "supply.[231]", or an aside).
_NO_SPACE = re2.compile(r"\p{Ll}\p{Ll}[.!?](?P<flag>[\p{Lu}“‘]|[\"'][\p{Lu}\p{N}])")


def _last_joins(doc: Document) -> dict[int, int]:
    """For each block with a no-space sentence join, the offset after its last one (one pass over the text)."""
    joins: dict[int, int] = {}
    for start, _ in scan(doc, "text", _NO_SPACE):
        block = doc.block_at(start)
        if block is not None:
            joins[block.start] = start
    return joins


#: A sentence end inside a tail, before the next sentence's capital.
_INNER_SENTENCE = re2.compile(r"\p{Ll}\p{Ll}[.!?][\"”’')\]]*[ \t]+[\"“‘'(]?\p{Lu}")
#: A web address or file name at the start of a tail ("Suprnova.org website"), or a code ("Bagle.AT, ").
_WEB_TAIL = re2.compile(r"^[\p{L}\p{N}-]*\.(?i:com|org|net|gov|edu|int|info|biz|io|co|uk|au|de|fr|html?|php|pdf|zip|jpe?g|png)\b|^\p{Lu}{2,3}(?:[ \t,;]|$)|^\p{Lu}(?:[,;]|$)")
#: A clock time: a timestamp of the page ("Updated 11:21 pm CST").
_TAIL_WORD = re2.compile(r"[\p{L}\p{N}'’&-]+")
_LATIN_TEXT = re2.compile(r"^[\x{0}-\x{24F}\x{2000}-\x{206F}\x{20A0}-\x{20CF}]*$")


class GluedLine(Check):
    """Flag a label or headline run onto the end of a paragraph after its last sentence.

    Why it matters: a scraper that joins a page's blocks without a break
    glues the next block (a section name, a link, another story's headline)
    to the end of the paragraph: "...on Friday. Related Topics", "...in
    2019.Business of Sport". The tail is no sentence: it runs to the end of
    the paragraph without a closing mark, after a paragraph of prose, and
    the next paragraph starts afresh. It is flagged when it is glued with
    no space, when it is title-cased like a label ("Most Read Stories") or
    when it is a date or a timestamp ("Updated 11:21 pm CST"); a sentence that only
    lost its full stop is left alone.
    """

    params: ClassVar[dict[str, Any]] = {
        "max_words": 16,
        #: A line glued with no space after a sentence ("...on Friday.The dollar rose") has at most this many words.
        "max_glued_words": 20,
        #: Words the paragraph needs before the tail to count as prose.
        "min_head_words": 8,
        #: A title-cased tail shorter than this (in letters) may be an interjection ("LOL").
        "min_letters": 4,
        #: This many paragraphs going on in lower case below make a hard-wrapped text (sentence-case tails
        #: are not trusted there).
        "min_wraps": 2,
        #: Verbs that open a control's label: a tail opening with one is page furniture.
        "ui_verbs": [],
        #: A tail of at most this many words in sentence case is a label ("Marine life").
        "label_words": 3,
        #: Each word of a short label must be at least this common (Zipf).
        "label_zipf": 2.5,
        #: A run-on tail ending like a sentence is a headline only with at most this share of function words.
        "max_sentence_function_share": 0.2,
        #: A longer tail is a headline when at most this share of its words are function words.
        "max_function_share": 0.3,
    }

    def __init__(self, rule: Any, params: Any) -> None:
        super().__init__(rule, params)
        self._ui_verbs = frozenset(v.casefold() for v in self.p["ui_verbs"])
        zipf("the")  # load the word frequencies now, not while linting the first story

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        blocks = doc.blocks
        joins = _last_joins(doc)
        # In hard-wrapped text every line ends mid-sentence: a line's end tells nothing there,
        # and only the strong marks of a label (title case, a date, no space) are trusted.
        wrapped = sum(1 for b, n in zip(blocks, blocks[1:]) if text[b.end - 1:b.end].isalpha()
                      and text[n.start:n.start + 1].islower()) >= self.p["min_wraps"]
        for i, block in enumerate(blocks):
            last = text[block.end - 1:block.end]
            if block.kind != "paragraph" or not last or last.isspace():
                continue
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            fresh = nxt is None or _fresh_start(text[nxt.start:nxt.start + 2])
            glued = self._glued_sentence(text, block.start, block.end, joins.get(block.start), fresh)
            if glued is not None:
                yield Hit(glued[0], glued[1], message=_NO_SPACE_MESSAGE.format(match=text[glued[0]:glued[1]]))
                continue
            if last in _PROSE_CLOSE or not fresh:
                continue
            para = text[block.start:block.end]
            if "\n" in para:
                continue
            m = _TAIL.search(para)
            if m is None or para.count(" ", 0, m.start()) + 1 < self.p["min_head_words"]:
                continue
            tail = m.group(2).rstrip()
            if tail[-1] in ",;":
                continue  # a line broken mid-sentence ("...the papers. Thereupon,"): it goes on below
            words = [w for w in _TAIL_WORD.findall(tail) if any(c.isalnum() for c in w)]
            if not words or len(words) > self.p["max_words"] or not _LATIN_TEXT.search(tail):
                continue
            if _sign_off(words, tail) or nxt is None and len(words) == 1 and tail.isupper():
                continue  # a wire sign-off ("REUTER", "More") is the agency's own, not the page's
            before = para[:m.start()].rsplit(" ", 1)[-1]
            if not m.group(1) and before[-1:].isdigit() and tail[0].isdigit():
                continue  # a decimal number ("12.54 marks")
            if _abbreviation(before) or before.endswith(".") or any(c in before for c in "</@"):
                continue  # an abbreviation ("the U.S. Navy", "Mrs. Potts"), an ellipsis or a code ("<ABC.L>"), not a sentence end
            if self._furniture(para, m, tail, words, wrapped):
                start = block.start + m.start(2)
                yield Hit(start, start + len(tail), values={"label": tail})

    def _glued_sentence(self, text: str, start: int, end: int, tail_start: int | None,
                        fresh: bool) -> tuple[int, int] | None:
        """The span of a last line glued with no space to the sentence before it.

        "...on Friday.Harbour Weather Live" or "...on Friday.'We Got Her!':
        Video Shows Rescue": a full stop, question or exclamation mark after
        a lower-case word, then at once a capital or an opening quote, and
        one line to the paragraph's end. A plain sentence run on like this
        ("...final.The library opened in 1952.") is more likely a lost space,
        which punctuation.missing-space reports; it is claimed only when it
        reads as a headline, a teaser, a dateline or a control. Web
        addresses ("News.com.au", "Bagle.AT") and quotations nested in
        quotations ('.'"') are left alone.
        """
        if tail_start is None:
            return None
        head = text[max(start, tail_start - 40):tail_start].rsplit(None, 1)[-1]
        if any(c in head for c in "<(/@"):
            return None  # a code or an address split at its dot ("<eric.St>", "(cawl.L)")
        tail = text[tail_start:end].rstrip()
        if tail[-1] in ",;" or tail[-1] not in _PROSE_CLOSE and not fresh:
            return None  # a line hard-wrapped mid-sentence ("...percent.“We" / "think so,")
        words = _TAIL_WORD.findall(tail)
        if not words or len(words) > self.p["max_glued_words"] or text.count(" ", start, tail_start) + 1 < self.p["min_head_words"]:
            return None
        if _INNER_SENTENCE.search(tail) is not None or _WEB_TAIL.search(tail) is not None:
            return None  # several sentences (a lost space, not a glued line) or a web address
        if tail[-1] in _PROSE_CLOSE and not self._headline_sentence(tail, words):
            return None  # a plain sentence: a lost space, punctuation.missing-space's to report
        return tail_start, tail_start + len(tail)

    def _headline_sentence(self, tail: str, words: list[str]) -> bool:
        """True when a tail that ends like a sentence is a headline, a teaser, a dateline or a control."""
        bare = tail.rstrip(_PROSE_CLOSE)
        if not bare:
            return False
        function = sum(1 for w in words if w.casefold() in _FUNCTION)
        return (headline_case(words) or truncated(tail) or dateline(tail) or words[0].casefold() in self._ui_verbs
                or self._headlinese(bare, words) and function <= self.p["max_sentence_function_share"] * len(words))

    def _furniture(self, para: str, m: Any, tail: str, words: list[str], wrapped: bool) -> bool:
        """True when the tail is glued with no space to a word, title-cased, a date or a timestamp."""
        if not m.group(1):
            word = para[:m.start()].rsplit(" ", 1)[-1]
            # "in 2019.Business", "was 85.software-freedom"; not a web address ("site.org/index.html").
            ends_word = word[-2:].isalpha() and word[-2:].islower() or word[-1:].isdigit() and tail[0].isalpha()
            # A short lower-case part after the dot that the sentence goes on from ends a dotted name
            # ("Node.js:", "onmeth.com, the site"); alone at the paragraph's end ("high.git") it is debris.
            lead = _LEADING_LETTERS.match(tail).group()
            dotted_name = tail[0].islower() and word[-1:].isalpha() and len(lead) <= 3 and len(tail) > len(lead)
            if ends_word and not dotted_name and not any(c in word for c in "/@:.<") \
                    and (tail[0].isupper() or len(tail) >= 2 and tail.casefold() not in _WEB_ENDINGS):
                return True
        if dateline(tail) or not wrapped and (self._headlinese(tail, words) or words[0].casefold() in self._ui_verbs):
            return True  # a label, a headline, a dateline or a control ("Register for a free account")
        lead = _lead(tail)
        if not lead.isupper() and not lead.isdigit():
            return False
        short_date = len(words) <= 5 and _DATE_LINE.search(tail) is not None
        return self._titled(words) or short_date or CLOCK.search(tail) is not None

    def _headlinese(self, tail: str, words: list[str]) -> bool:
        """True for a label or headline in sentence case: "Marine life", "Court halts insider trial".

        Headlines and labels drop articles, auxiliaries and pronouns; a
        sentence that only lost its full stop keeps them ("It was all flash
        and no policy here"). A tail ending in a word that cannot end a
        sentence ("...McCreadie told the", "Scotland's") is a line
        hard-wrapped mid-sentence, and one ending in a colon a lead-in.
        """
        if tail[-1] == ":" or not _lead(tail).isalpha() or _NAME_LIST.search(tail) is not None:
            return False  # a lead-in, a figure, or a team sheet's line ("Not used: Fury, Brooks")
        if tail.split(None, 1)[0] in ("The", "A", "An"):
            return False  # a sentence that lost its full stop: headlines drop the article ("Crash kills seven")
        if any(w.casefold() in ("was", "were", "had", "said", "did", "would", "could") for w in words):
            return False  # past tense and reported speech are prose: headlines say "kills", "says"
        words = [w for w in words if any(c.isalnum() for c in w)]  # "&" is no word
        if not words or sum(len(w) for w in words) < self.p["min_letters"]:
            return False  # a stray letter ("...dlrs. s") is no label
        last = words[-1].casefold()
        if last in NO_END or last.endswith(("'s", "’s")) or words[0].casefold() in _PRONOUNS | LINK_WORDS:
            return False  # a headline never opens with a pronoun ("It cost 40 million pounds") or "However..."
        if len(words) <= self.p["label_words"]:
            # A menu or section label is made of ordinary words; "Booo hisss" is a reader's cry.
            return all(zipf(w.casefold()) >= self.p["label_zipf"] for w in words)
        function = sum(1 for w in words if w.casefold() in _FUNCTION)
        return bool(function <= self.p["max_function_share"] * len(words))

    def _titled(self, words: list[str]) -> bool:
        words = [w for w in words if any(c.isalnum() for c in w)]  # "Science & Technology"
        if not words:
            return False
        letters = sum(len(w) for w in words if w[0].isalpha())
        spelt = sum(1 for w in words if w[0].isalpha())
        # Figures of a table ("1.56 IV 2.55 2.55") are not a label.
        # "The more" is a sentence's start, "Most Read" a label: a capital past the first word.
        if len(words) > 1 and not any(w[0].isupper() for w in words[1:]):
            return False
        if len(words) == 1 and words[0].casefold() in _OPENERS:
            return False  # a hard-wrapped line's last word ("...the papers. Those")
        return letters >= self.p["min_letters"] and spelt * 2 >= len(words) and all(
            w[0].isupper() or w[0].isdigit() or w.casefold() in LABEL_MINOR for w in words)


#: Function words: articles, pronouns, auxiliaries, conjunctions and prepositions. Prose is full
#: of them; headlines drop them; a line cannot end on one.
_FUNCTION = _OPENERS | frozenset(
    "is are was were be been being am has have had do does did will would shall should can could may might must "
    "not no nor than too very just also only said says told i me him them us who whom whose which what where why how "
    "because although though since until unless whether after before about into onto over under between through "
    "against during without within".split())


#: A labelled list of names, as in a team sheet or a list of scorers.
_NAME_LIST = re2.compile(r":[ \t]*(?:\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*,[ \t]*)+\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*$")

#: Words that open a sentence but never a headline; "My newsletters", "Our team" are labels.
_PRONOUNS = frozenset("i you he she it we they there this that these those his her its their".split())


#: Wire sign-offs and continuation marks ("REUTER", "More"): the agency's own, not page furniture.
_SIGN_OFFS = frozenset({"REUTER", "REUTERS", "MORE", "ENDS"})


def _sign_off(words: list[str], tail: str) -> bool:
    """True for a wire sign-off: "REUTER", "REUTER^M", "Reuter4", a lone "More"."""
    return words[0].upper().rstrip("0123456789") in ("REUTER", "REUTERS") or all(w.upper() in _SIGN_OFFS for w in words)

#: Endings of a web or file address at the end of a paragraph ("example.com"), not a glued word.
_WEB_ENDINGS = frozenset("com org net gov edu int info biz io co uk html htm php pdf jpg png".split())

#: The letters that open a tail.
_LEADING_LETTERS = re2.compile(r"^\p{L}*")

#: A paragraph ending in one of these ends in a sentence or a quotation.
_PROSE_CLOSE = ".!?\"”’'`"


#: Abbreviations that end in a full stop inside a sentence: titles, months, "No.", "vs.".
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st mt jr sr no vs gen sen rep gov lt col sgt capt prof rev hon inc ltd corp co "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split())
#: Letters in dotted groups of one or two ("U.S", "e.g", "Ph.D"), not a web address ("OneStat.com").
_DOTTED = re2.compile(r"^(?:\p{L}{1,2}\.)+\p{L}{1,2}$")


def _abbreviation(word: str) -> bool:
    """True when the word before a full stop is an abbreviation: an initial, "U.S", "Mrs", "Nov"."""
    word = word.lstrip("(\"“‘'")
    return len(word) == 1 or word.casefold() in _ABBREVIATIONS or _DOTTED.search(word) is not None


def _lead(tail: str) -> str:
    """The first letter or digit of a tail, past a bullet, quotation mark or bracket."""
    for char in tail:
        if char.isalnum():
            return char
    return ""


def _fresh_start(start: str) -> bool:
    """True when a paragraph starting with `start` (its first two characters) starts a new sentence.

    A quotation mark opens one, unless a lower-case letter follows: "'s
    thunder" goes on with the line above.
    """
    char = start[:1]
    if char in "\"“‘'(":
        return not start[1:2].islower()
    return char.isupper() or char.isdigit()
