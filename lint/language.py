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
_FORMAT = 3


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

    @property
    def name(self) -> str:
        return WORD_LANGUAGES.get(self.language, self.language)


def _build() -> tuple[dict[str, list[tuple[str, float]]], list[str]]:
    """Each language's commonest words with their Zipf frequency, and the marker words of the
    languages written in Latin letters."""
    from wordfreq import top_n_list, zipf_frequency

    top = {code: [w for w in top_n_list(code, _TOP + 100) if w.isalpha()][:_TOP] for code in WORD_LANGUAGES}
    markers = sorted({
        word
        for code, words in top.items()
        if code != "en" and not _SCRIPT_RUN.search("".join(words))
        for word in words
        if len(word) > 1
        and (english := zipf_frequency(word, "en")) <= _MARKER_MAX_ENGLISH
        and zipf_frequency(word, code) - english >= _MARKER_GAP
    })
    return {code: [(w, zipf_frequency(w, code)) for w in words] for code, words in top.items()}, markers


@cache
def _tables() -> tuple[dict[str, tuple[tuple[str, float], ...]], tuple[str, ...]]:
    """word -> the languages among whose commonest words it is, with its Zipf frequency in each;
    and the marker words."""
    from importlib.metadata import version

    from lint.cache import cached

    top, markers = cached("wordfreq-languages", f"{version('wordfreq')}-v{_FORMAT}", _build)
    vocab: dict[str, list[tuple[str, float]]] = {}
    for code, words in top.items():
        for word, zipf in words:
            vocab.setdefault(word, []).append((code, zipf))
    return {w: tuple(codes) for w, codes in vocab.items()}, tuple(markers)


def _script(run: str) -> str:
    """The script of a run of `_SCRIPT_RUN` (a run may cross scripts that touch: rare, and harmless)."""
    return _RANGE_STARTS[bisect.bisect_right(_RANGE_STARTS, (run[0], "~")) - 1][1]


def markers() -> tuple[str, ...]:
    """Frequent words of other languages that English text almost never uses."""
    return _tables()[1]


def _shares(words: list[str], candidates: tuple[str, ...] | None) -> tuple[Counter[str], dict[str, float]]:
    """Per language: how many of `words` are among its commonest, and the sum of their Zipf
    frequencies there (which tells close languages apart: "es" and "en" are common words of both
    Spanish and Catalan, but not equally common)."""
    vocab = _tables()[0]
    counts: Counter[str] = Counter()
    weights: dict[str, float] = {}
    for word in words:
        for code, zipf in vocab.get(word, ()):
            if candidates is None or code in candidates:
                counts[code] += 1
                weights[code] = weights.get(code, 0.0) + zipf
    return counts, weights


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
                    counts, weights = _shares([w.lower() for w in words], language)
                    language, rivals = _best(counts, weights) if weights else (language[0], ())
                elif script == "han" and runs["kana"]:
                    language = "Japanese"
                size = count // 2 if unspaced else len(words)
                return Estimate(language, count / letters, 0.0, size, by_script=True, rivals=rivals)
    words = [w for w in words if len(w) > 1 and not w[0].isupper()]
    if not words:
        return None
    counts, weights = _shares([w.lower() for w in words], None)
    english = counts.pop("en", 0)
    weights.pop("en", None)
    best, rivals = _best(counts, weights) if weights else ("en", ())
    top = counts[best]
    if top <= english:
        best, top, rivals = "en", english, ()
    return Estimate(best, top / len(words), english / len(words), len(words), rivals=rivals)


#: A rival language has at least this share of the best one's common words.
_RIVAL = 0.8


def _best(counts: Counter[str], weights: dict[str, float]) -> tuple[str, tuple[str, ...]]:
    """The language whose common words weigh most, and the names of its close rivals."""
    best = max(weights, key=weights.__getitem__)
    rivals = tuple(WORD_LANGUAGES[c] for c, n in counts.items() if c != best and n >= _RIVAL * counts[best])
    return best, rivals
