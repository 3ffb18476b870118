"""Spelling: common misspellings from codespell's dictionary, and an optional full check.

Why it matters: a misspelt word is the first thing a reader notices and the
last thing a hurried editor sees. Hand-typed typo lists go stale; codespell's
dictionary is maintained by many people and ships with the package, so it is
read from the installed package at lint time (parsed once per process).

Names are the hard part: "Gere", "Devine" and "Winn" are codespell entries
and real surnames. Measured on edited news, a capitalised word is almost
always a name, so one is flagged only when the word-frequency data of
`wordfreq` (which includes the names that occur in web and news text) has
never seen it; codespell's own proper-noun entries ("Ukranian") are flagged
below a frequency at which the spelling is also a real name ("Malcom").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from functools import cache, lru_cache
from importlib import resources
from itertools import islice
from typing import Any, ClassVar, NamedTuple

from lint.checks.base import Check
from lint.document import Document
from lint.findings import Hit
from lint.frequency import zipf

#: Words as codespell sees them, with inner apostrophes; hyphens split compounds.
_TOKEN = re.compile(r"\w+(?:['’]\w+)*")
#: The shape of the entries the cheap first pass can find: ASCII words of the
#: lower-cased text, with inner apostrophes.
_PRESCAN = re.compile(r"[a-z]+(?:['’][a-z]+)*")
#: For the first pass, on UTF-8 bytes: A-Z is lower-cased, a-z and the
#: apostrophe stay, anything else (all bytes of a non-ASCII character) becomes a space.
_ASCII_WORDS = bytes(c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 or c == 39 else 32 for c in range(256))
#: The only non-ASCII characters that lower-case to ASCII letters (Kelvin sign, dotted capital I).
_LOWER_TO_ASCII = ("\u212a", "\u0130")
#: An apostrophe that is not between two letters (a quotation mark).
_LONE_APOSTROPHE = re.compile(rb"'(?:(?<![a-z]')|(?![a-z]))")
_APOSTROPHES = "'’"
#: "[sic]" or "(sic)" after a word marks a spelling kept on purpose.
_SIC = re.compile(r"\s*[\[(]sic[\])]", re.IGNORECASE)

#: Words this short that codespell lists are also words of other languages: "te" (Maori), "jus" (Latin).
_SHORT = 3
#: The next word, past spaces and quotation marks.
_NEXT_WORD = re.compile(r"[\s\"'“”‘’„]*([^\W\d_]+)")
#: A lower-case word rarer than this (Zipf) is no English word: after a short "misspelling" it makes a
#: foreign phrase ("te reo Maori", "jus soli"), where the short word is a word of that language.
_FOREIGN_ZIPF = 3.0


#: The word before, past spaces.
_PREV_WORD = re.compile(r"([^\W\d_]+)\s+$")


def _name_particle(text: str, start: int, end: int) -> bool:
    """True for a short lower-case word between two capitalised words: a particle of a name ("Charlamagne
    tha God", "Vincent van Gogh"), where a slip would sit among ordinary words ("said tha council")."""
    before = _PREV_WORD.search(text, max(0, start - 40), start)
    after = _NEXT_WORD.match(text, end)
    return before is not None and after is not None and before.group(1)[0].isupper() and after.group(1)[0].isupper()


def _foreign_phrase(text: str, end: int) -> bool:
    """True when the word ending at `end` opens a phrase of another language: the next word is a
    lower-case word English hardly uses ("te reo", "jus soli"), where a slip ("te meeting", "wil be")
    is followed by an English one."""
    m = _NEXT_WORD.match(text, end)
    return m is not None and m.group(1).islower() and zipf(m.group(1)) < _FOREIGN_ZIPF
#: A chunk that is a URL, an e-mail address or a file name: not prose.
_NON_PROSE = re.compile(r"://|www\.|@|\.(?:com|org|net|html?|php)\b", re.IGNORECASE)


#: Bump when the cached codespell table changes shape.
_FORMAT = 1


class Entry(NamedTuple):
    """One codespell entry: its corrections, and whether it is about a proper noun."""

    corrections: tuple[str, ...]
    #: codespell gave a reason or several corrections: no automatic fix.
    ambiguous: bool
    #: The entry is written capitalised in codespell ("Ukranian->Ukrainian").
    proper: bool


@cache
def codespell_entries() -> Mapping[str, Entry]:
    """codespell's main dictionary, keyed by the lower-cased misspelling.

    Parsed once and kept in the user's cache (lint.cache.cached): parsing
    takes half a second, loading the table a few milliseconds.
    """
    from importlib.metadata import version

    from lint.cache import cached

    return _Entries(cached("codespell", f"{version('codespell')}-v{_FORMAT}", _parse_codespell))


class _Entries(Mapping[str, Entry]):
    """The cached plain tuples, seen as Entries (made on lookup: building 64,000 up front is slow)."""

    def __init__(self, raw: dict[str, tuple[tuple[str, ...], bool, bool]]) -> None:
        self._raw = raw

    def __getitem__(self, key: str) -> Entry:
        return Entry(*self._raw[key])

    def __contains__(self, key: object) -> bool:
        return key in self._raw

    def __iter__(self) -> Iterator[str]:
        return iter(self._raw)

    def __len__(self) -> int:
        return len(self._raw)


def _parse_codespell() -> dict[str, tuple[tuple[str, ...], bool, bool]]:
    """codespell's dictionary.txt as plain tuples.

    Hyphenated entries are left out: they are code identifiers
    ("arch-dependet"), and prose compounds are checked part by part.
    """
    path = resources.files("codespell_lib") / "data" / "dictionary.txt"
    entries: dict[str, tuple[tuple[str, ...], bool, bool]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        key, sep, data = line.partition("->")
        if not sep or "-" in key or not key.replace("'", "").isascii():
            continue  # non-ASCII keys are homoglyph traps for code ("сontain" with a Cyrillic с)
        # codespell's format: one correction is a safe fix; "a, b," lists
        # choices; "a, reason" (no trailing comma) gives a reason not to fix.
        parts = [p.strip() for p in data.split(",")]
        if len(parts) > 1 and parts[-1] == "":
            corrections, ambiguous = tuple(p for p in parts if p), True
        elif len(parts) > 1:
            corrections, ambiguous = (parts[0],), True
        else:
            corrections, ambiguous = (parts[0],), False
        proper = key != key.lower()
        entries[key.lower()] = (corrections, ambiguous, proper)
        if "'" in key:  # codespell also matches the typographic apostrophe
            entries[key.lower().replace("'", "’")] = (tuple(c.replace("'", "’") for c in corrections), ambiguous, proper)
    return entries


@cache
def _by_ascii_word() -> tuple[frozenset[bytes], Mapping[bytes, tuple[str, ...]]]:
    """The entries the first pass can find, keyed by their bytes with a straight apostrophe."""
    from importlib.metadata import version

    from lint.cache import cached

    index = cached("codespell-ascii", f"{version('codespell')}-v{_FORMAT}", _index_by_ascii_word)
    return frozenset(index), index


def _index_by_ascii_word() -> dict[bytes, tuple[str, ...]]:
    index: dict[bytes, tuple[str, ...]] = {}
    for key in codespell_entries():
        if _PRESCAN.fullmatch(key):
            straight = key.replace("’", "'").encode("ascii")
            index[straight] = (*index.get(straight, ()), key)
    return index


def _candidates(doc: Document) -> set[str]:
    """The entries that occur in the text as words, and perhaps a few more (never fewer).

    The text becomes bytes of lower-case ASCII words separated by spaces,
    with the same words as `_PRESCAN` finds in the lower-cased text, so C code
    splits it and a set intersection finds the entries: no regex pass, no
    Python loop per word. "’" and "'" are one in this pass, so "dosen't" also
    offers "dosen’t".
    """
    if any(char in doc.text for char in _LOWER_TO_ASCII):
        data = doc.text.lower().replace("’", "'").encode("ascii", "replace")
    else:
        data = doc.utf8.data.replace("’".encode(), b"'")
    data = data.translate(_ASCII_WORDS)
    if b"'" in data:
        data = _LONE_APOSTROPHE.sub(b" ", data)
    present, index = _by_ascii_word()
    return {key for word in present.intersection(data.split()) for key in index[word]}


#: How many of the commonest English words a sentence must draw on to count as English.
_COMMON_WORDS = 50


@cache
def common_english_words(count: int) -> frozenset[str]:
    """The `count` most frequent English words: a sentence without them is not English.

    Kept in the user's cache and loaded with the rule: asking wordfreq unpacks
    its whole English list, which otherwise costs the first story with a
    candidate misspelling a good part of a second.
    """
    from importlib.metadata import version

    from lint.cache import cached

    return frozenset(cached("wordfreq-top", f"{version('wordfreq')}-{count}", lambda: _top_words(count)))


def _top_words(count: int) -> list[str]:
    from wordfreq import top_n_list

    return list(top_n_list("en", count))


def match_case(word: str, correction: str) -> str:
    """Give the correction the capitalisation of the word it replaces."""
    if word.isupper() and len(word) > 1:
        return correction.upper()
    if word[:1].isupper():
        return correction[:1].upper() + correction[1:]
    return correction


class CommonMisspelling(Check):
    """Flag words that codespell's dictionary lists as common misspellings.

    Why it matters: "recieve", "goverment" and "definately" survive a quick
    read; each has one right spelling, so most can be fixed automatically.
    """

    params: ClassVar[Mapping[str, Any]] = {
        #: Spellings codespell lists that are valid in news copy (British variants).
        "accept": [],
        #: Words the user accepts (config `vocab`): names, house terms.
        "vocab": [],
        #: A capitalised word matching a lower-case entry is flagged only at or
        #: below this wordfreq Zipf frequency: 0 means "no one's name".
        "name_zipf": 0.0,
        #: codespell's proper-noun entries are flagged below this frequency;
        #: above it the spelling is also a real name (Malcom, Berkley).
        "proper_noun_zipf": 2.5,
        #: At a sentence start before another capitalised word, a word at least this common
        #: (Zipf) is read as the first word of a name ("Tre Harbison"); a rarer one as a typo.
        "name_pair_zipf": 2.3,
        #: A capitalised word mid-sentence is flagged when the story writes a correction at least this
        #: long with a capital mid-sentence too (a slip in a name such as "Budget Comittee").
        "named_correction_length": 5,
        #: A sentence of at least `foreign_min_words` words in which fewer than
        #: this share are among the `_COMMON_WORDS` commonest English words is not English.
        "foreign_share": 0.1,
        "foreign_min_words": 6,
    }

    def __init__(self, rule: Any, params: Mapping[str, Any]) -> None:
        super().__init__(rule, params)
        self.entries = codespell_entries()
        self.accepted = frozenset(w.lower() for w in (*self.p["accept"], *self.p["vocab"]))
        # Build the index and load the word lists now, not while linting the first story.
        _by_ascii_word()
        zipf("the")
        common_english_words(_COMMON_WORDS)

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        candidates = _candidates(doc) - self.accepted
        if not candidates:
            return
        for start, end in _occurrences(text, candidates):
            word = text[start:end]
            entry = self.entries.get(word.lower())
            if entry is None:  # a case-insensitive match on a look-alike letter (long s)
                continue
            if self._exempt(doc, start, end, word, entry):
                continue
            corrections = tuple(dict.fromkeys(c if entry.proper else match_case(word, c) for c in entry.corrections))
            yield Hit(
                start,
                end,
                replacements=corrections,
                fix=None if entry.ambiguous else corrections[0],
                values={"suggestions": " or ".join(f"'{c}'" for c in corrections)},
            )

    def _exempt(self, doc: Document, start: int, end: int, word: str, entry: Entry) -> bool:
        """True when the word is a name, a fragment, foreign, or marked on purpose."""
        text = doc.text
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        capitalised = word[:1].isupper() and word[1:] == word[1:].lower()
        if not word[:1].isalpha() or not word.islower() and not capitalised:
            return True  # acronym (ONS, BASF), CamelCase brand, or a token like "1nd"
        if capitalised and not self._misspelt_capital(doc, start, word, entry):
            return True
        if "[" in (before, after) or "]" in (before, after) or "&" in (before, after):
            return True  # an editor's bracketed insertion "develop[ment]", or an entity "caf&#233;"
        if _SIC.match(text, end):
            return True
        if after in _APOSTROPHES and entry.corrections[0] == word.lower() + "g":
            return True  # a dropped g written on purpose: "goin'"
        if (before == "-" or after == "-") and _compound_part(text, start, end):
            return True
        if _in_non_prose(text, start, end):
            return True
        if len(word) <= _SHORT and (_foreign_phrase(text, end) or _name_particle(text, start, end)):
            return True
        return self._foreign(doc, start)

    def _misspelt_capital(self, doc: Document, start: int, word: str, entry: Entry) -> bool:
        """Whether a capitalised word is a misspelling rather than a name.

        A capitalised word the story repeats letter for letter is a name
        ("Teather said" after "Sarah Teather"). Used once mid-sentence, a
        capital means a name unless wordfreq has never seen the word, or the
        story writes the correction with a capital mid-sentence too: "the
        Budget Comittee" in a story that names "the House Budget Committee" is
        a slip in a name made of ordinary words, which a person's name
        ("Richard Gere", never "Gear") is not. At the start of a sentence the
        capital says nothing, so the word counts as an ordinary one, unless a
        capitalised word follows it and wordfreq knows the word as well as it
        knows names (Zipf `name_pair_zipf` or more): a first name and a
        surname ("Tre Harbison rushed"), a company ("Groupe LAPS"). Typos are
        rarer in print: "Athough Reagan's", "Genral Dynamics".
        """
        frequency = zipf(word)
        if entry.proper:
            return frequency < float(self.p["proper_noun_zipf"])
        if _repeated(doc.text, word):
            return False  # a typo is rarely repeated letter for letter; a company name is
        if frequency <= float(self.p["name_zipf"]):
            return True
        if not _starts_sentence(doc, start):
            return self._correction_named(doc, start, entry)
        return frequency < float(self.p["name_pair_zipf"]) or not _NAME_AFTER.match(doc.text, start + len(word))

    def _correction_named(self, doc: Document, start: int, entry: Entry) -> bool:
        """True when the story also writes a correction of the word capitalised in mid-sentence,
        as part of a name; short corrections ("The", "Here") say nothing, nor does a word that
        ends a hyphenated name ("France-Presse")."""
        text = doc.text
        if start and text[start - 1] == "-":
            return False
        return any(not _starts_sentence(doc, at)
                   for correction in entry.corrections if len(correction) >= int(self.p["named_correction_length"])
                   for at in whole_word_starts(text, correction[0].upper() + correction[1:]))

    def _foreign(self, doc: Document, offset: int) -> bool:
        sentence = doc.sentence_at(offset)
        if sentence is None:
            return False
        words = _TOKEN.findall(doc.text[sentence.start:sentence.end].lower())
        if len(words) < self.p["foreign_min_words"]:
            return False
        common = common_english_words(_COMMON_WORDS)
        return sum(w in common for w in words) < float(self.p["foreign_share"]) * len(words)


def _occurrences(text: str, words: Iterable[str]) -> list[tuple[int, int]]:
    """Spans of `words` (lower-case entries) in `text`, any case, as whole words, in order.

    Whole words as the tokenizer cuts them: not the tail of "don't". Each
    word is looked for with `str.find` in the lower-cased text and confirmed
    by its own cached pattern, far cheaper than one new pattern per story
    run over the whole text. A text whose lower case is longer ("İ") keeps
    the plain scan, as offsets would not match.
    """
    lowered = text.lower()
    if len(lowered) != len(text):
        alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        return [m.span() for m in _whole_word(alternation).finditer(text)]
    found = []
    for word in words:
        at = lowered.find(word)
        while at >= 0:
            if _whole_word_at(text, at, at + len(word)):
                found.append((at, at + len(word)))
            at = lowered.find(word, at + 1)
    found.sort()
    return found


def _is_word_char(char: str) -> bool:
    """The regex class \\w for one character (what `re` tests: alphanumeric or underscore)."""
    return char.isalnum() or char == "_"


def _whole_word_at(text: str, start: int, end: int) -> bool:
    """True when text[start:end] stands as `_whole_word` requires: no word character or
    apostrophe-joined word character on either side. Tested directly, so a story's words
    need no pattern compiled each."""
    if start and _is_word_char(text[start - 1]):
        return False
    if start > 1 and text[start - 1] in _APOSTROPHES and _is_word_char(text[start - 2]):
        return False
    if end < len(text) and _is_word_char(text[end]):
        return False
    return not (end + 1 < len(text) and text[end] in _APOSTROPHES and _is_word_char(text[end + 1]))


def _repeated(text: str, word: str) -> bool:
    """True when `word` (case as given) stands twice or more in `text` between word boundaries."""
    return next(islice(whole_word_starts(text, word), 1, None), None) is not None


def whole_word_starts(text: str, word: str) -> Iterator[int]:
    """Where `word` (case as given) stands in `text` between word boundaries, in order and
    non-overlapping, as a regex \\bword\\b scan would find it (`str.find`: no pattern per word)."""
    n, at = len(text), text.find(word)
    while at >= 0:
        end = at + len(word)
        if _boundary(text, at, n) and _boundary(text, end, n):
            yield at
            at = text.find(word, end)
        else:
            at = text.find(word, at + 1)


def _boundary(text: str, at: int, n: int) -> bool:
    """The regex \\b at offset `at` of `text` (length `n`)."""
    return (at > 0 and _is_word_char(text[at - 1])) != (at < n and _is_word_char(text[at]))


@lru_cache(maxsize=4096)
def _whole_word(alternation: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?<!\w['’])(?:{alternation})(?!\w)(?!['’]\w)", re.IGNORECASE)


#: A capitalised word right after: the word before it is part of a name ("Tre Harbison").
_NAME_AFTER = re.compile(r"[ \t]+[A-Z]")


def _starts_sentence(doc: Document, offset: int) -> bool:
    """True for the first word of a sentence (after any opening quote or bracket), or of what a colon
    introduces (quoted speech: 'added: "People will...'), where a capital says nothing either."""
    if _AFTER_COLON.search(doc.text, max(0, offset - 6), offset):
        return True
    sentence = doc.sentence_at(offset)
    return sentence is not None and not any(c.isalnum() for c in doc.text[sentence.start:offset])


_AFTER_COLON = re.compile(r":[ \t]*[\"“‘'(]?\Z")


def _compound_part(text: str, start: int, end: int) -> bool:
    """True for a part of a hyphenated compound that is not a misspelling on its own.

    "add-ons", "mis-steps" and "pre-empted" split into "ons", "mis" and
    "empted": short parts are prefixes or suffixes, and a compound whose
    closed form is a known word ("preempted") is spelt right.
    """
    if end - start < 4:
        return True
    left = start
    while left > 0 and (text[left - 1].isalnum() or text[left - 1] == "-"):
        left -= 1
    right = end
    while right < len(text) and (text[right].isalnum() or text[right] == "-"):
        right += 1
    return zipf(text[left:right].replace("-", "")) > 0


def _in_non_prose(text: str, start: int, end: int) -> bool:
    """True inside a URL, e-mail address or file name (the whitespace-delimited chunk)."""
    left = text.rfind(" ", 0, start) + 1
    newline = text.rfind("\n", 0, start) + 1
    right_space = text.find(" ", end)
    right_newline = text.find("\n", end)
    right = min(r for r in (right_space, right_newline, len(text)) if r >= 0)
    return bool(_NON_PROSE.search(text, max(left, newline), right))


@cache
def _dictionary() -> Any:
    """pyspellchecker's English dictionary, read from the package (no network)."""
    from spellchecker import SpellChecker

    return SpellChecker(language="en", distance=1)


class UnknownWord(Check):
    """Flag lower-case words found in no English dictionary (off by default).

    Why it matters: typos that no list of common misspellings knows
    ("the goverenor's ofice") slip through. A full dictionary check is noisy
    on names and new words, so it only looks at lower-case words (a capital
    usually means a name; all capitals, an acronym), skips numbers, URLs and
    e-mail addresses, and accepts `vocab`. A word counts as English when
    pyspellchecker's (American) dictionary knows it or wordfreq finds it
    common, which admits British spellings and new words such as "covid".
    """

    params: ClassVar[Mapping[str, Any]] = {
        "vocab": [],
        #: Words at least this common on wordfreq's Zipf scale are accepted.
        "min_zipf": 3.0,
        "min_length": 3,
    }

    def __init__(self, rule: Any, params: Mapping[str, Any]) -> None:
        super().__init__(rule, params)
        self.accepted = {w.lower() for w in self.p["vocab"]}

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        checker = _dictionary()
        for m in _TOKEN.finditer(text):
            word = m.group().replace("’", "'")
            if len(word) < self.p["min_length"] or not word.isalpha() and "'" not in word or not word.islower():
                continue
            if word in self.accepted or word in checker or zipf(word) >= self.p["min_zipf"]:
                continue
            if any(variant in checker for variant in _american(word)):
                continue  # "hospitalised", "colour", "travelled", "centre": the dictionary is American
            before = text[m.start() - 1] if m.start() else " "
            after = text[m.end()] if m.end() < len(text) else " "
            if before in "-[&" or after in "-]&" or _in_non_prose(text, m.start(), m.end()):
                continue
            candidates = sorted(checker.candidates(word) or (), key=lambda c: (-checker.word_usage_frequency(c), c))
            yield Hit(m.start(), m.end(), replacements=tuple(candidates[:3]))


#: British spelling patterns and their American forms, for an American word list.
_BRITISH = (("is", "iz"), ("ys", "yz"), ("our", "or"), ("ll", "l"), ("tre", "ter"), ("ogue", "og"), ("ae", "e"), ("oe", "e"), ("ence", "ense"))


def _american(word: str) -> Iterator[str]:
    """American spellings a British word may have: one pattern changed at a time."""
    for british, american in _BRITISH:
        if british in word:
            yield word.replace(british, american)
