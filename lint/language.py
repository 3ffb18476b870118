"""Which language a block of prose is written in: offline, from wordfreq's word lists.

Why it matters: newslint's spelling, grammar and phrase rules know English only.
Run over a paragraph of German or a Russian page they flag every other word. A
block is judged by its commonest words, which every language has and no other
shares much: the share of the block's words among each language's few hundred
most frequent words (wordfreq, already a dependency: no model, no network). A
block in another script (Cyrillic, Greek, Arabic, CJK...) is told by its letters.

Most stories never get that far: `markers()` lists, for each candidate language,
frequent words that English text almost never uses ("und", "più", "não"), and
a story without any of them and without letters of another script is English
(one RE2 pass, shared with the other gates: see `lint.checks.gates`).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from itertools import chain

#: Languages told apart by their common words (wordfreq codes), with English names.
WORD_LANGUAGES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
    "pt": "Portuguese", "nl": "Dutch", "sv": "Swedish", "da": "Danish", "nb": "Norwegian",
    "pl": "Polish", "cs": "Czech", "sk": "Slovak", "sl": "Slovene", "sh": "Serbo-Croatian",
    "ro": "Romanian", "ca": "Catalan", "tr": "Turkish", "fi": "Finnish", "hu": "Hungarian",
    "lt": "Lithuanian", "lv": "Latvian", "id": "Indonesian", "ms": "Malay",
    "ru": "Russian", "uk": "Ukrainian", "bg": "Bulgarian", "mk": "Macedonian",
    "ar": "Arabic", "fa": "Persian", "ur": "Urdu",
}

#: Scripts other than Latin: code-point ranges, the language named when the script has only
#: one, or the word languages that share it, and whether words are written without spaces.
_SCRIPTS: dict[str, tuple[str, str | tuple[str, ...], bool]] = {
    "greek": ("\u0370-\u03ff\u1f00-\u1fff", "Greek", False),
    "cyrillic": ("\u0400-\u052f", ("ru", "uk", "bg", "mk"), False),
    "armenian": ("\u0530-\u058f", "Armenian", False),
    "hebrew": ("\u0590-\u05ff", "Hebrew", False),
    "arabic": ("\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff", ("ar", "fa", "ur"), False),
    "devanagari": ("\u0900-\u097f", "Hindi", False),
    "bengali": ("\u0980-\u09ff", "Bengali", False),
    "tamil": ("\u0b80-\u0bff", "Tamil", False),
    "thai": ("\u0e00-\u0e7f", "Thai", True),
    "georgian": ("\u10a0-\u10ff", "Georgian", False),
    "hangul": ("\u1100-\u11ff\uac00-\ud7af", "Korean", False),
    "kana": ("\u3040-\u30ff", "Japanese", True),
    "han": ("\u3400-\u4dbf\u4e00-\u9fff", "Chinese", True),
}
_SCRIPT_RUN = re.compile("[" + "".join(ranges for ranges, _, _ in _SCRIPTS.values()) + "]+")
#: The first code point of each script's ranges, sorted, and the script it starts.
_RANGE_STARTS = sorted((r[0], name) for name, (ranges, _, _) in _SCRIPTS.items() for r in re.findall(".-.", ranges))
#: RE2: a few letters of any script above (a lone "μ" or "π" in a unit or formula is no passage).
OTHER_SCRIPT = "[" + "".join(ranges for ranges, _, _ in _SCRIPTS.values()) + "]{3}"

_LETTERS = re.compile(r"[^\W\d_]+")
#: How many of each language's commonest words describe it.
_TOP = 300
#: Marker words: among a language's commonest, rare in English (at most about one in a million
#: words: Zipf 3, which leaves out names such as "Los Angeles", "van der" and "Las Vegas") and
#: at least a hundred times (two Zipf units) more frequent in their own language.
_MARKER_MAX_ENGLISH, _MARKER_GAP = 3.0, 2.0
_FORMAT = 5


@dataclass(frozen=True)
class Estimate:
    """The language of one block: wordfreq code (or a script's language name), and the evidence."""

    language: str
    #: Share of the block's words among that language's commonest words (letters, for a script).
    share: float
    #: Share of the block's words among English's commonest words.
    english: float
    words: int
    #: True when told by the letters of a script other than Latin, not by words.
    by_script: bool = False
    #: Close languages that scored almost as well (names): a story's main language may be one.
    rivals: tuple[str, ...] = ()
    #: How many different marker words (see `markers`) the block has: prose in another language
    #: has some, a list of names with "de la" and "van der" in it has none.
    marked: int = 0

    @property
    def name(self) -> str:
        return WORD_LANGUAGES.get(self.language, self.language)


def _build() -> tuple[dict[str, list[tuple[str, float]]], dict[str, int]]:
    """Each language's commonest words with their Zipf frequency, and the marker words of the
    languages written in Latin letters with their best rank."""
    from wordfreq import top_n_list, zipf_frequency

    top = {code: [w for w in top_n_list(code, _TOP + 100) if w.isalpha()][:_TOP] for code in WORD_LANGUAGES}
    markers: dict[str, int] = {}
    for code, words in top.items():
        if code == "en" or _SCRIPT_RUN.search("".join(words)):
            continue
        for rank, word in enumerate(words):
            english = zipf_frequency(word, "en")
            if len(word) > 1 and english <= _MARKER_MAX_ENGLISH and zipf_frequency(word, code) - english >= _MARKER_GAP:
                markers[word] = min(rank, markers.get(word, rank))
    return {code: [(w, zipf_frequency(w, code)) for w in words] for code, words in top.items()}, markers


@cache
def _tables() -> tuple[dict[str, tuple[str, ...]], dict[str, dict[str, float]], dict[str, int]]:
    """word -> the languages among whose commonest words it is; per language, the Zipf frequency
    of each of those words; and the marker words with their best rank."""
    from importlib.metadata import version

    from lint.cache import cached

    top, markers = cached("wordfreq-languages", f"{version('wordfreq')}-v{_FORMAT}", _build)
    codes: dict[str, list[str]] = {}
    for code, words in top.items():
        for word, _ in words:
            codes.setdefault(word, []).append(code)
    zipf = {code: dict(words) for code, words in top.items()}
    return {w: tuple(c) for w, c in codes.items()}, zipf, markers


def _script(run: str) -> str:
    """The script of a run of `_SCRIPT_RUN` (a run may cross scripts that touch: rare, and harmless)."""
    return _RANGE_STARTS[bisect.bisect_right(_RANGE_STARTS, (run[0], "~")) - 1][1]


def other_script(text: str) -> bool:
    """True when `text` has letters of a script other than Latin."""
    return not text.isascii() and _SCRIPT_RUN.search(text) is not None


def markers(top: int = _TOP) -> tuple[str, ...]:
    """Frequent words of other languages (among the `top` commonest of one) that English text
    almost never uses, sorted."""
    return tuple(sorted(w for w, rank in _tables()[2].items() if rank < top))


def _counts(words: list[str], candidates: tuple[str, ...] | None = None) -> Counter[str]:
    """Per language: how many of `words` are among its commonest."""
    codes = _tables()[0]
    counts = Counter(chain.from_iterable(codes.get(w, ()) for w in words))
    return counts if candidates is None else Counter({c: n for c, n in counts.items() if c in candidates})


def estimate(text: str) -> Estimate | None:
    """The language of `text` and how sure that is, or None when it has no words.

    `words` counts what the judgement rests on. In Latin letters that is the words in lower
    case of two letters or more: names, initials and capitalised words weigh nothing, so a
    team sheet of Italian names is no Italian prose. Other scripts count all their words, or
    for scripts written without spaces, their letters two to a word.
    """
    words = _LETTERS.findall(text)
    if not words:
        return None
    if not text.isascii():
        runs: Counter[str] = Counter()
        for m in _SCRIPT_RUN.finditer(text):
            runs[_script(m.group())] += m.end() - m.start()
        if runs:
            script, count = runs.most_common(1)[0]
            letters = sum(map(len, words))
            if count * 2 > letters:
                _, language, unspaced = _SCRIPTS[script]
                rivals: tuple[str, ...] = ()
                if isinstance(language, tuple):
                    lowered = [w.lower() for w in words]
                    counts = _counts(lowered, language)
                    language, rivals = _best(counts, lowered) if counts else (language[0], ())
                elif script == "han" and runs["kana"]:
                    language = "Japanese"
                size = count // 2 if unspaced else len(words)
                return Estimate(language, count / letters, 0.0, size, by_script=True, rivals=rivals)
    words = [w for w in words if len(w) > 1 and not w[0].isupper()]
    if not words:
        return None
    lowered = [w.lower() for w in words]
    counts = _counts(lowered)
    english = counts.pop("en", 0) / len(words)
    if max(counts.values(), default=0) <= english * len(words):
        return Estimate("en", english, english, len(words))
    best, rivals = _best(counts, lowered)
    marked = len(_tables()[2].keys() & lowered)
    return Estimate(best, counts[best] / len(words), english, len(words), rivals=rivals, marked=marked)


#: A rival language has at least this share of the best one's common words.
_RIVAL = 0.8


def _best(counts: Counter[str], words: list[str]) -> tuple[str, tuple[str, ...]]:
    """Among the languages with nearly as many common words as the first, the one whose words
    weigh most (the sum of their Zipf frequencies, which tells close languages apart: "es" and
    "en" are common words of both Spanish and Catalan, but not equally common); and the others,
    its close rivals, by name."""
    most = max(counts.values())
    close = [c for c, n in counts.items() if n >= _RIVAL * most]
    zipf = _tables()[1]
    weights = {c: sum(zipf[c].get(w, 0.0) for w in words) for c in close}
    best = max(weights, key=weights.__getitem__)
    return best, tuple(WORD_LANGUAGES[c] for c in close if c != best)
