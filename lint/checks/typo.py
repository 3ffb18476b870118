"""Likely typos: a word English has never seen, one keystroke away from a common word.

Lists of common misspellings ("recieve") miss the typos of hurried typing,
which are different every time: "analsyts", "legisation", "folllowing".
Such a word has a shape of its own: wordfreq, which counts words over
billions of words of English, has never seen it, and one slip of the hand
(a letter dropped, doubled, swapped with its neighbour, mistyped or added)
turns it into a common word. New English words are rarely one keystroke from
a common word and absent from the Web; derived words are ("reusers",
"demerge", "tieless"), so a word that is a known word with a common prefix or
suffix is accepted.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import lru_cache
from string import ascii_lowercase
from typing import Any, ClassVar

from lint.checks.base import Check
from lint.checks.spelling import _in_non_prose, match_case, whole_word_starts
from lint.document import Document
from lint.findings import Hit
from lint.frequency import _table, zipf

_ASCII_LOWER = re.compile(r"[a-z]+")
#: Whole lower-case words (not the tail of a capitalised one).
_LOWER_WORD = re.compile(r"(?<![A-Za-z])[a-z]+(?![A-Za-z])")
#: Affixes that make new words out of known ones: a word built so is a coinage, not a slip.
_PREFIXES = ("re", "de", "un", "non", "pre", "post", "over", "under", "out", "co", "mis", "anti", "sub", "super",
             "inter", "multi", "counter", "dis", "semi", "micro", "mega", "ultra", "cyber", "eco")
_SUFFIXES = ("s", "es", "r", "rs", "er", "ers", "less", "ness", "ly", "ed", "d", "ing", "able", "ism", "ist",
             "ists", "ful", "ship", "hood", "wise", "ish", "like", "y")
#: Suffixes that follow only a final "e" ("user", "rued"), and the endings "es" follows.
_AFTER_E = frozenset({"r", "rs", "d"})
_BEFORE_ES = ("s", "x", "z", "ch", "sh", "o")
#: Invisible marks inside a word: a soft hyphen ("Netan\u00adyahu") or a zero-width (non-)joiner or space.
_IN_WORD = "\u00ad\u200b\u200c\u200d\u2060"
#: Characters beside a word that mark it as part of a token, markup or an editorial insertion.
_BEFORE = "-'’[]&;#/.@_" + _IN_WORD
_AFTER = "-'’[]&@_" + _IN_WORD
#: The same, for a word that stands on its own in a hyphenated compound (at least `_HYPHEN_PART` letters).
_BEFORE_PART = _BEFORE.replace("-", "")
_AFTER_PART = _AFTER.replace("-", "")
_HYPHEN_PART = 5


def _part_of_token(text: str, start: int, end: int, before: str = _BEFORE, after: str = _AFTER,
                   possessive: bool = False) -> bool:
    """True when the word at [start, end) runs on into a longer token: a letter, digit or one of
    `before` just before it, or one of `after` just after ("non-bank", "[e]xtremely", "@user");
    with `possessive`, a possessive ending after it ("the worrld's") does not count."""
    return bool(start and (text[start - 1] in before or text[start - 1].isalnum())) or (
        end < len(text) and (text[end] in after or text[end].isalnum())
        and not (possessive and _POSSESSIVE_END.match(text, end)))


_POSSESSIVE = re.compile(r"[a-z]+['’]s")
_POSSESSIVE_END = re.compile(r"['’]s\b")


def _english_compound(text: str, start: int, end: int) -> bool:
    """True when the word at [start, end) is a long part of a hyphenated compound whose parts
    beside it are numbers or common English words: a word of its own, a slip in it a typo
    ("48-mopnth", "non-exective", "wholly-oiwned"). A compound of another language's words
    ("Kansallis-osake-Pankki", "boias-frias") is left alone."""
    if end - start < _HYPHEN_PART:
        return False
    before = _PART_BEFORE.search(text, max(0, start - 40), start)
    after = _PART_AFTER.match(text, end)
    if not (before or after):
        return False
    return all(part is None or part[1].isdigit() or zipf(part[1]) >= _COMMON_PART for part in (before, after))


_PART_BEFORE = re.compile(r"(\w+)-\Z")
_PART_AFTER = re.compile(r"-(\w+)")
#: The parts beside a word in an English compound are at least this common (Zipf), or numbers.
_COMMON_PART = 3.0


def _capitalised_elsewhere(text: str, word: str) -> bool:
    """True when the story also writes `word` with a capital, as a whole word."""
    return next(whole_word_starts(text, word[0].upper() + word[1:]), None) is not None


def _stem(token: str) -> str:
    return token[:-2] if _POSSESSIVE.fullmatch(token) else token


def _edits(word: str) -> dict[str, None]:
    """Every string one keystroke from `word`, in a fixed order (a letter deleted, swapped with the next, replaced,
    inserted): the order breaks ties between equally common corrections, the same in every run (a set's order
    changes with the interpreter's hash seed)."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = dict.fromkeys(a + b[1:] for a, b in splits if b)
    out.update(dict.fromkeys(a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1))
    out.update(dict.fromkeys(a + c + b[1:] for a, b in splits if b for c in ascii_lowercase))
    out.update(dict.fromkeys(a + c + b for a, b in splits for c in ascii_lowercase))
    out.pop(word, None)
    return out


def _derived(word: str, min_zipf: float) -> bool:
    """True for a known word with a common prefix or suffix ("reusers", "demerge", "rueing").

    The affix must attach as English spelling attaches it, or every slip
    near a word's end would pass as a derivation: "r", "rs" and "d" follow
    only an "e" ("use-rs", "rue-d": not "tend-r", "player-rs"); "es" follows
    s, x, z, ch, sh or o; a stem's final "e" drops before a vowel ("plac(e)-ing")
    but stays before a consonant ("likely", not "unlik-ly") and is never
    doubled ("manage-er"). Stems are at least three letters ("at-ist"), four
    before "ly" ("era-ly") and five after a two-letter prefix ("co-pis").
    """
    for prefix in _PREFIXES:
        stem = word[len(prefix):]
        if word.startswith(prefix) and len(stem) >= (5 if len(prefix) == 2 else 4) and zipf(stem) >= min_zipf:
            return True
    for suffix in _SUFFIXES:
        if not word.endswith(suffix):
            continue
        stem = word[: -len(suffix)]
        if suffix in _AFTER_E:
            if stem.endswith("e") and len(stem) >= 3 and zipf(stem) >= min_zipf:
                return True
            continue
        if len(stem) < (4 if suffix == "ly" else 3) or (suffix == "es" and not stem.endswith(_BEFORE_ES)):
            continue
        if suffix[0] in "aeiouy":
            if suffix[0] == "e" and stem.endswith("e"):
                continue  # "manage" + "er" is "manager"
            if zipf(stem) >= min_zipf or zipf(stem + "e") >= min_zipf:
                return True
        elif zipf(stem) >= min_zipf:
            return True
    return False


def _occurrences(text: str, words: list[str]) -> list[tuple[int, int]]:
    """Spans, in text order, where each of `words` (lower-case ASCII) stands as a whole run of a-z
    (what the pattern [a-z]+ would match): found with `str.find`, not a Python loop over every word."""
    found = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            if not (at and "a" <= text[at - 1] <= "z") and not (end < len(text) and "a" <= text[end] <= "z"):
                found.append((at, end))
            at = text.find(word, at + 1)
    found.sort()
    return found


#: The document memo's key for its distinct tokens that wordfreq's table lacks (both rules here ask for them).
_UNSEEN = "typo.unseen-tokens"


def _unseen_tokens(doc: Document) -> tuple[str, ...]:
    """The story's distinct tokens that wordfreq's table lacks (a C-level set difference, made once per story)."""
    tokens = doc.memo.get(_UNSEEN)
    if tokens is None:
        tokens = doc.memo[_UNSEEN] = tuple(set(doc.lower_tokens).difference(_table()))
    return tokens


@lru_cache(maxsize=8192)
def _correction(word: str, min_zipf: float, stem_zipf: float) -> str | None:
    """The commonest word one keystroke from `word`, if `word` is an unseen word and not a derived one."""
    if zipf(word) > 0 or _derived(word, stem_zipf):
        return None
    table = _table()
    edits = _edits(word)
    # The few edits that are words, found by C code; the first of the commonest (in the edits'
    # order) wins, at or above the floor.
    known = {candidate: table[candidate] for candidate in table.keys() & edits.keys()}
    best_score = max(known.values(), default=0)
    if best_score < round(min_zipf * 100):
        return None
    if best_score == 0:  # a floor of 0: every edit scores 0, the first wins
        return next(iter(edits), None)
    best = [candidate for candidate, score in known.items() if score == best_score]
    return best[0] if len(best) == 1 else next(c for c in edits if c in best)


class LikelyTypo(Check):
    """A lower-case word wordfreq has never seen, one keystroke from a common word.

    Why it matters: typos of hurried typing are not in any list of common
    misspellings, and a full dictionary check is too noisy for news (names,
    new words). The words it flags are unknown to the whole of wordfreq's
    English, so names and new coinages that the Web uses pass; the common
    word it is one keystroke from is offered as the suggestion. Capitalised
    words (names), short words, parts of hyphenated or bracketed words
    ("[e]xtremely"), URLs and passages in another language (most of the
    words around rare in English) are left alone.
    """

    params: ClassVar[Mapping[str, Any]] = {
        "min_length": 5,
        #: The word it is a slip of must be at least this common (Zipf scale).
        "min_zipf": 3.5,
        #: A word is derived when its stem (without a common affix) is at least this common.
        "stem_zipf": 2.5,
        "vocab": [],
        #: A word among more than this share of words rare in English (Zipf < 3) is in a foreign passage.
        "foreign_share": 0.2,
    }

    def __init__(self, rule: Any, params: Mapping[str, Any]) -> None:
        super().__init__(rule, params)
        self.accepted = frozenset(w.lower() for w in self.p["vocab"])

    def check(self, doc: Document) -> Iterator[Hit]:
        min_length = self.p["min_length"]
        # The story's distinct tokens wordfreq lacks, less the vocabulary, then
        # the few left that are whole lower-case ASCII words long enough: the only words the rule can flag.
        unseen = [t for t in _unseen_tokens(doc)
                  if len(t) >= min_length and (_ASCII_LOWER.fullmatch(t) or _POSSESSIVE.fullmatch(t))
                  and _stem(t) not in self.accepted]
        if not unseen:
            return
        text = doc.text
        for start, end in _occurrences(text, unseen):
            end = start + len(_stem(text[start:end]))
            joins = (_BEFORE_PART, _AFTER_PART) if _english_compound(text, start, end) else (_BEFORE, _AFTER)
            if _part_of_token(text, start, end, *joins, possessive=True):
                continue
            if _in_non_prose(text, start, end):  # before the correction, which costs far more to work out
                continue
            word = text[start:end]
            if _capitalised_elsewhere(text, word):
                continue  # a name written in lower case too ("Wasmer's ... wasmer-js")
            correction = _correction(word, float(self.p["min_zipf"]), float(self.p["stem_zipf"]))
            if correction is None or _foreign(doc, start, float(self.p["foreign_share"])) or (end - start < 5 and self._rare_beside(text, start, end)):
                continue
            yield Hit(start, end, replacements=(match_case(word, correction),), values={"suggestion": correction})

    @staticmethod
    def _rare_beside(text: str, start: int, end: int) -> bool:
        """True when a lower-case word among the two either side is rare in English (Zipf < 3).

        A four-letter word has many more neighbours one keystroke away, and
        a short word of another language ("free mukt or swatantra software",
        "abortos pese a") is one of them; a short slip stands among common words.
        """
        words = _LOWER_WORD.findall(text, max(0, start - 40), start)[-2:] + _LOWER_WORD.findall(text, end, end + 40)[:2]
        return any(zipf(w) < 3.0 for w in words)



def _foreign(doc: Document, offset: int, share: float) -> bool:
    """True inside a sentence of another language ("A pesar de contar con el mandato del pueblo").

    Three or more of the lower-case words around, and more than `share`
    of them, are rare in English; in an English sentence nearly all
    lower-case words are common, a typo aside.
    """
    start = doc.text.rfind("\n", 0, offset) + 1
    end = doc.text.find("\n", offset)
    window = doc.text[max(start, offset - 120):min(end if end >= 0 else len(doc.text), offset + 120)]
    words = _LOWER_WORD.findall(window)
    rare = sum(zipf(w) < 3.0 for w in words)
    return rare >= 3 and rare > share * len(words)


# -- letters misread by a scanner ------------------------------------------------------------

#: Shapes an optical character reader takes for one another, each way round: a letter pair that
#: prints like one letter ("rn"/"m", "cl"/"d", "li"/"h", "ii"/"u", "vv"/"w"), letters of like strokes
#: ("c"/"e", "l"/"i", "h"/"b", "f"/"t") and the digits 0 and 1 for "o", "l" and "i".
_SHAPES: tuple[tuple[str, str], ...] = (
    ("rn", "m"), ("m", "rn"), ("cl", "d"), ("d", "cl"), ("li", "h"), ("h", "li"), ("ii", "u"), ("u", "ii"),
    ("nn", "m"), ("m", "nn"), ("vv", "w"), ("w", "vv"), ("ri", "n"), ("n", "ri"), ("c", "e"), ("e", "c"),
    ("l", "i"), ("i", "l"), ("h", "b"), ("b", "h"), ("f", "t"), ("t", "f"), ("0", "o"), ("1", "l"), ("1", "i"),
)
#: Lower-case letters with the digits 0 or 1 among them ("1ike", "c0nflict", "wor1d").
_LETTERS_AND_01 = re.compile(r"[a-z01]+")
#: A capital I inside a lower-case word, where a scanner read an "l" ("heIp", "wiIl").
_CAPITAL_I = re.compile(r"(?<![A-Za-z])[a-z]+I[a-zI]*(?![A-Za-z])")
#: The cheap test first: a capital I after a small letter (found with a fast scan for "I").
_I_AFTER_LOWER = re.compile(r"I(?<=[a-z]I)")


def _digit_slip(token: str) -> bool:
    """True for a token of at least three letters with a 0 or 1 among them, never two digits side by
    side: a scanner misreads a letter here and there, while "10am", "100m" and "h1n1" are written so."""
    return (bool(_LETTERS_AND_01.fullmatch(token)) and sum(c.isalpha() for c in token) >= 3
            and not any(pair in token for pair in ("00", "01", "10", "11")) and not token.isalpha())


def _shape_variants(word: str) -> Iterator[str]:
    """Every string one misread shape away from `word` (see `_SHAPES`)."""
    for wrong, right in _SHAPES:
        at = word.find(wrong)
        while at >= 0:
            yield word[:at] + right + word[at + len(wrong):]
            at = word.find(wrong, at + 1)


@lru_cache(maxsize=8192)
def _ocr_reading(word: str, min_zipf: float, stem_zipf: float) -> str | None:
    """The commonest word that `word` is, read with one or two shapes corrected, if `word` is unseen."""
    table = _table()
    if word in table or (word.isalpha() and _derived(word, stem_zipf)):
        return None
    first = set(_shape_variants(word))
    readings = first | {v2 for v1 in first for v2 in _shape_variants(v1)}
    known = {candidate: table[candidate] for candidate in table.keys() & readings}
    if not known:
        return None
    best = max(sorted(known), key=known.__getitem__)
    return best if known[best] >= round(min_zipf * 100) else None


class OcrConfusion(Check):
    """A word that is a common word with letter shapes misread by a scanner: "rnodern", "1ike", "heIp".

    Why it matters: copy that went through optical character recognition
    (archives, faxed statements, scanned press releases) carries slips no
    typist makes: "rn" read for "m", "cl" for "d", "li" for "h", the digit
    1 for "l", 0 for "o", a capital I inside a word. Such a word is often
    two keystrokes from the word meant ("govemment"), beyond
    spelling.likely-typo's reach, yet it is plain once the shapes are read
    back: the word is one wordfreq has never seen, and correcting one or
    two misread shapes makes it a common word. Capitalised words (names),
    short words, parts of hyphenated words, URLs and passages in another
    language are left alone, as in spelling.likely-typo.
    """

    params: ClassVar[Mapping[str, Any]] = {
        "min_length": 4,
        #: The word read back must be at least this common (Zipf scale).
        "min_zipf": 3.5,
        #: A word is derived when its stem (without a common affix) is at least this common.
        "stem_zipf": 2.5,
        "vocab": [],
        "foreign_share": 0.2,
        #: A capitalised word (only at a sentence's start) must read back as a word at least this common.
        "capital_zipf": 4.0,
    }

    def __init__(self, rule: Any, params: Mapping[str, Any]) -> None:
        super().__init__(rule, params)
        self.accepted = frozenset(w.lower() for w in self.p["vocab"])

    def check(self, doc: Document) -> Iterator[Hit]:
        min_length = self.p["min_length"]
        unseen = [t for t in _unseen_tokens(doc) if len(t) >= min_length and not t.isdigit()
                  and (_ASCII_LOWER.fullmatch(t) or _digit_slip(t)) and t not in self.accepted]
        spans = _occurrences(doc.text, unseen) if unseen else []
        if _I_AFTER_LOWER.search(doc.text):
            spans += [m.span() for m in _CAPITAL_I.finditer(doc.text) if m.end() - m.start() >= min_length]
        text = doc.text
        yield from self._sentence_starts(doc, unseen)
        for start, end in sorted(spans):
            if _part_of_token(text, start, end):
                continue
            word = text[start:end]
            if _in_non_prose(text, start, end):
                continue
            min_zipf, stem_zipf = float(self.p["min_zipf"]), float(self.p["stem_zipf"])
            if word.islower() and word.isalpha() and _correction(word, min_zipf, stem_zipf):
                continue  # one keystroke from a common word: spelling.likely-typo's
            read = word.replace("I", "l")  # a capital I inside a lower-case word is an "l" misread
            reading = read if read != word and zipf(read) >= min_zipf else _ocr_reading(read, min_zipf, stem_zipf)
            if reading is None or _foreign(doc, start, float(self.p["foreign_share"])):
                continue
            yield Hit(start, end, replacements=(reading,), values={"suggestion": reading})

    def _sentence_starts(self, doc: Document, unseen: list[str]) -> Iterator[Hit]:
        """Misread words that open a sentence, and so have a capital ("Rnany said...", "Tlie council...").

        A capital mid-sentence marks a name and is left alone; at a sentence's
        start it says nothing, so the word is read as any other, with a
        higher bar (the word read back at least `capital_zipf`: a common word,
        not a rare one a name may resemble) and never when the story repeats
        it letter for letter (a name is repeated; a misread rarely is).
        """
        text = doc.text
        capitals = [t[0].upper() + t[1:] for t in unseen if t[0].isalpha()]
        for start, end in _occurrences(text, capitals) if capitals else ():
            if _part_of_token(text, start, end, before=""):  # a sentence may open after a quote mark
                continue
            word = text[start:end]
            if not _opens_sentence(text, start) or text.count(word) > 1 or _in_non_prose(text, start, end):
                continue
            lowered = (word[0].lower() + word[1:]).replace("I", "l")
            reading = _ocr_reading(lowered, float(self.p["capital_zipf"]), float(self.p["stem_zipf"]))
            if reading is None or _foreign(doc, start, float(self.p["foreign_share"])):
                continue
            reading = reading[0].upper() + reading[1:]
            yield Hit(start, end, replacements=(reading,), values={"suggestion": reading})


def _opens_sentence(text: str, at: int) -> bool:
    """True when only spaces and opening quotes or brackets stand between `at` and a sentence end or the start."""
    while at > 0 and text[at - 1] in " \t\"“‘'(":
        at -= 1
    return at == 0 or text[at - 1] in ".!?\n"
