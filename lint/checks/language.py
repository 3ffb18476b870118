"""Passages not written in English: reported once, and English-only rules kept out of them.

Why it matters: a German paragraph quoted in full, or a whole Russian page, is
not copy with a typo in every other word. An editor needs to know the passage is
there (to translate it or confirm it belongs); the spelling, grammar and
phrase rules, which know English only, must not flag its words one by one.

The language of each block comes from `lint.language.estimate`. A block with
too few words to judge (a headline, a caption) that does not look English takes
the language of the blocks around it when they agree, so a German story's
headline is German too, and "Photo: Anna Weber" under an English paragraph stays
English. Consecutive blocks in one language make one stretch and one finding.
"""

from __future__ import annotations

import bisect
import fnmatch
import re
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, ClassVar

import re2

from lint.checks.base import Check
from lint.checks.gates import Gate
from lint.document import Document
from lint.findings import Finding, Hit
from lint.language import OTHER_SCRIPT, Estimate, estimate, markers, other_script
from lint.rules.model import Rule

#: The gate's marker words come from each language's 150 commonest (fewer words, a faster
#: pattern; 96% of the foreign paragraphs of the shared web pages have one).
_GATE_TOP = 150
_NOUNS = {"title": "headline", "list-item": "list item", "table-cell": "table cell"}


@cache
def _pattern() -> str:
    """A marker word of another language, or letters of another script. A story without any is
    English throughout, and so is a long block without any. RE2's \\b knows only ASCII letters:
    words that begin or end with another letter ("più", "été") spell out their edges."""
    words = markers(_GATE_TOP)
    plain = [w for w in words if w[0].isascii() and w[-1].isascii()]
    accented = [w for w in words if not (w[0].isascii() and w[-1].isascii())]
    return (
        rf"\b(?:{'|'.join(plain)})\b|(?:^|[^\pL\pM])(?:{'|'.join(accented)})(?:$|[^\pL\pM])|{OTHER_SCRIPT}"
    )


@cache
def _gate() -> Gate:
    return Gate(_pattern())


@cache
def _finder() -> re2._Regexp:
    return re2.compile(_pattern())


@dataclass(frozen=True)
class Stretch:
    """Consecutive blocks in one language other than English, as offsets in `Document.text`."""

    start: int
    end: int
    language: str
    kinds: tuple[str, ...]
    #: The foreign part of each block: all of it, less the sentences in English (or in no telling
    #: language) that open or close it, as in an interview answer given in English, then in the
    #: original. The `skip` rules are silent there.
    parts: tuple[tuple[int, int], ...] = ()
    #: False when some block lost sentences to that trimming.
    whole: bool = True


class ForeignLanguage(Check):
    """Finds stretches of the story in another language; the engine drops the `skip` rules' findings there."""

    params: ClassVar[dict[str, Any]] = {
        "min_words": 10,
        "min_share": 0.3,
        "margin": 0.2,
        "skip": ["spelling", "grammar", "mt-artefact", "readability", "consistency", "duplication",
                 "punctuation.space-before", "punctuation.space-after-quote", "punctuation.unbalanced-quote"],
    }

    def __init__(self, rule: Rule, params: Mapping[str, Any]) -> None:
        super().__init__(rule, params)
        self._gate = _gate()
        self._key = f"language:{self.p['min_words']}:{self.p['min_share']}:{self.p['margin']}"

    def check(self, doc: Document) -> Iterator[Hit]:
        stretches = self.stretches(doc)
        whole = len(stretches) == 1 and _covers(stretches[0], doc)
        for s in stretches:
            what = "This story" if whole else _describe(s.kinds) if s.whole else "This passage"
            yield Hit(s.start, s.end, values={"what": what, "verb": "look" if what.startswith("These") else "looks", "language": s.language})

    def stretches(self, doc: Document) -> tuple[Stretch, ...]:
        """The story's stretches in other languages (computed once per document and settings)."""
        found = doc.memo.get(self._key)
        if found is None:
            found = tuple(self._find(doc)) if self._gate.open(doc) else ()
            doc.memo[self._key] = found
        return found

    def masked(self, doc: Document, finding: Finding) -> bool:
        """True when `finding` comes from a rule in `skip` (category or id glob) and starts in a
        foreign stretch: the engine drops it."""
        stretches = self.stretches(doc)
        if not stretches or finding.rule == self.rule.id:
            return False
        if not any(p == finding.category or fnmatch.fnmatchcase(finding.rule, p) for p in self.p["skip"]):
            return False
        return any(
            doc.source_map.start(start) <= finding.offset < doc.source_map.end(end)
            for s in stretches
            for start, end in s.parts
        )

    def _find(self, doc: Document) -> Iterator[Stretch]:
        starts = [b.start for b in doc.blocks]
        # A match's last character is in the block of its word (its first may be the break before it).
        ends = (doc.utf8.to_char(m.end()) - 1 for m in _finder().finditer(doc.utf8.data))
        marked = {bisect.bisect_right(starts, end) - 1 for end in ends}
        texts = [doc.text[b.start:b.end] for b in doc.blocks]
        # Judged now: long blocks short of English function words, and short ones with a marker
        # word. Other short blocks wait until some block turns out foreign.
        short = {i for i, text in enumerate(texts) if len(text.split()) < self.p["min_words"]}
        later = short - marked
        guesses = [None if i in later or i not in short and _english(text) else estimate(text) for i, text in enumerate(texts)]
        labels = [None if i in later else self._label(guess) if guess else "" for i, guess in enumerate(guesses)]
        if not any(labels):
            return
        for i in later:
            guesses[i] = estimate(texts[i])
            labels[i] = self._label(guesses[i])
        settled = _fill(_main_language(labels, guesses))
        run: list[int] = []
        for i, label in enumerate([*settled, ""]):
            if run and label != settled[run[0]]:
                parts = tuple(_trim(doc, j) for j in run)
                whole = all(part == (doc.blocks[j].start, doc.blocks[j].end) for part, j in zip(parts, run))
                kinds = tuple(doc.blocks[j].kind for j in run)
                yield Stretch(parts[0][0], parts[-1][1], settled[run[0]], kinds, parts, whole)
                run = []
            if label:
                run.append(i)

    def _label(self, guess: Estimate | None) -> str | None:
        """A foreign language's name or "" (English) for a block long enough to judge; for a
        shorter one, "" if its words lean English, `_LEANS` if they lean to another language,
        None if they say nothing."""
        if guess is None:
            return None
        if guess.words < self.p["min_words"]:
            if guess.language == "en":
                return "" if guess.english > 0 else None
            return _LEANS if guess.share > guess.english else None
        if guess.language == "en":
            return ""
        if guess.by_script:
            return guess.name
        clear = guess.marked and guess.share >= self.p["min_share"] and guess.share - guess.english >= self.p["margin"]
        return guess.name if clear else ""


#: A short block whose few words lean to a language other than English.
_LEANS = "?"


#: English function words: a fifth of the words of an English paragraph, a few in a hundred of
#: a Dutch or German one ("in", "is", "was").
_FUNCTION_WORDS = frozenset("the and of to in is was that for with on it he she they said The In It He She They".split())


def _english(text: str) -> bool:
    """Plainly English: no letters of another script, and at least one word in seven is an
    English function word."""
    if other_script(text):
        return False
    words = text.split()
    return sum(map(_FUNCTION_WORDS.__contains__, words)) * 7 >= len(words)


#: The end of a sentence in any script, for trimming: cruder than `lint.sentences` (which wants a
#: Latin capital after the full stop) but it only decides where a foreign passage starts.
_SENTENCE_END = re.compile(r"[.!?…。।]+[\"'”’»)\]]*\s+")


def _trim(doc: Document, index: int) -> tuple[int, int]:
    """Block `index` less the sentences that open or close it without a sign of another language."""
    block = doc.blocks[index]
    bounds = [block.start, *(m.end() for m in _SENTENCE_END.finditer(doc.text, block.start, block.end)), block.end]
    pieces = [(a, b) for a, b in zip(bounds, bounds[1:]) if a < b]
    start, end = block.start, block.end
    for i in range(len(pieces) - 1):
        if _foreign(doc.text[pieces[i][0]:pieces[i][1]]):
            break
        start = pieces[i + 1][0]
    for i in range(len(pieces) - 1, 0, -1):
        if pieces[i][0] <= start or _foreign(doc.text[pieces[i][0]:pieces[i][1]]):
            break
        end = pieces[i - 1][1]
    return start, start + len(doc.text[start:end].rstrip())


def _foreign(sentence: str) -> bool:
    """True when a sentence's words or letters lean to a language other than English."""
    guess = estimate(sentence)
    return guess is not None and (guess.by_script or guess.language != "en" and guess.share > guess.english)


def _main_language(labels: list[str | None], guesses: Sequence[Estimate | None]) -> list[str | None]:
    """Close languages share many common words (Spanish and Catalan, Russian and Macedonian): a
    block that names a close rival of the story's main foreign language (the one with the most
    words) is in the main one."""
    words: Counter[str] = Counter()
    for label, guess in zip(labels, guesses):
        if label and label != _LEANS and guess is not None:
            words[label] += guess.words
    if not words:
        return labels
    main = words.most_common(1)[0][0]
    return [
        main if label and label != _LEANS and guess is not None and main in guess.rivals else label
        for label, guess in zip(labels, guesses)
    ]


def _fill(labels: Sequence[str | None]) -> list[str]:
    """Settle the short blocks. One that leans foreign takes the language of the judged blocks
    around it when they agree (one side is enough at the start or end of the story); one whose
    words say nothing needs judged blocks on both sides that agree, or a story wholly in one other
    language. Everything else is English."""
    judged = [x for x in labels if x is not None and x != _LEANS]
    if not any(judged):
        return ["" for _ in labels]
    story = judged[0] if len(set(judged)) == 1 else ""
    before = _nearest(labels)
    after = _nearest(labels[::-1])[::-1]
    filled: list[str] = []
    for label, prev, nxt in zip(labels, before, after):
        if label is None or label == _LEANS:
            sides = {x for x in (prev, nxt) if x is not None}
            if story:
                label = story
            elif len(sides) == 1 and (label == _LEANS or (prev is not None and nxt is not None)):
                label = sides.pop()
            else:
                label = ""
        filled.append(label)
    return filled


def _nearest(labels: Sequence[str | None]) -> list[str | None]:
    """For each block, the label of the nearest judged block before it (None at the start)."""
    out: list[str | None] = []
    last: str | None = None
    for label in labels:
        out.append(last)
        if label is not None and label != _LEANS:
            last = label
    return out


def _covers(stretch: Stretch, doc: Document) -> bool:
    return bool(doc.blocks) and stretch.start <= doc.blocks[0].start and stretch.end >= doc.blocks[-1].end


def _describe(kinds: tuple[str, ...]) -> str:
    noun = _NOUNS.get(kinds[0], kinds[0])
    if len(kinds) == 1:
        return f"This {noun}"
    if len(set(kinds)) == 1:
        return f"These {len(kinds)} {noun}s"
    return f"These {len(kinds)} blocks"
