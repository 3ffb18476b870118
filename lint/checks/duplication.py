"""Duplication detectors: doubled phrases, repeated sentences and paragraphs, echo fragments.

Why it matters: copy pasted together from two drafts, a scraper that reads a
block twice, or a rewriting tool that keeps a word it meant to replace leaves
text that says the same thing twice. Readers notice at once; spell checkers
and grammar checkers never do, because each copy is correct on its own.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections import Counter, deque
from collections.abc import Callable, Iterator, Sequence
from itertools import chain, islice, pairwise
from operator import eq
from typing import Any, ClassVar

from lint.checks.base import Check
from lint.document import TOKEN, Block, Document, Span
from lint.findings import Hit
from lint.frequency import zipf

# Possessive repeats (++, *+) match the same as greedy ones here, since nothing after them can fail,
# but keep no backtracking state: a third faster.
_WORD = re.compile(r"\w++(?:['’]\w++)*+")
# Plain: Python's engine runs this faster than the possessive form, with the same matches.
_SIMPLE_WORD = re.compile(r"\w+")
# A word, space (a line break too), the same word. Kept simple for speed; a match that is part of a
# hyphenated word or a contraction ("break-in in") is dropped afterwards. The word is taken whole
# (possessive: a shorter prefix could never be followed by a space), which saves the backtracking.
_DOUBLED = re.compile(r"\b(\w++)\s+(\1)\b", re.IGNORECASE)
_JOINERS = "-'’"

#: Function words: a repeated unit made only of these is a slip, not an idiom.
_FUNCTION = frozenset(
    ["a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for", "from", "with", "into", "onto", "upon", "as", "than", "that", "this", "these", "those", "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could", "may", "might", "must", "shall", "should", "it", "its", "he", "she", "they", "we", "i", "you", "him", "her", "them", "us", "his", "their", "our", "my", "your", "who", "which", "what", "not", "no", "so", "if", "then", "there"]
)

#: Links of the "X link X" idioms: back to back, hand in hand, word for word, a city a city.
_LINKS = frozenset({"to", "by", "after", "a", "an", "upon", "in", "on", "for", "against"})
#: The links of idioms that stand in a sentence with their first or last word cut off ("to back to back
#: victories", "day after day"): a unit with one of them is never a slip.
_CHAIN_LINKS = frozenset({"to", "by", "after", "for", "a", "an", "upon"})


def _is_word(token: str) -> bool:
    return token[0].isalnum() or token[0] == "_"


def _latin(word: str) -> bool:
    """Reduplication is grammar in many scripts (Hindi, Indonesian); only Latin-script words are checked."""
    return word[0].isalpha() and word[0] <= "\u024f"


class DoubledWord(Check):
    """The same word twice in a row: "the the", also across a line break, and across a paragraph
    break made in mid-sentence (see `_run_on`).

    Why it matters: the commonest slip of hurried typing and of copy pasted
    together from two drafts; spell checkers accept each copy. Some doubles
    are English ("had had", "that that"), listed in `exceptions`; a doubled
    "is" or "was" is English after a free relative ("What it is is a plan"),
    see `after_free_relative`. A word said three times or more ("no no no",
    "Turn, Turn Turn") is deliberate. A capitalised word doubled may be a
    name or a title ("Walla Walla", "Duran Duran", "Soldier Soldier"): it is
    a slip only when the story also uses the word on its own, doubles a
    first name before a surname the story uses on its own, or is a common
    English word said twice only once (doubled names are rare words; see
    `_name`).
    """

    params: ClassVar[dict[str, Any]] = {"exceptions": ["had", "that"], "after_free_relative": ["is", "was"]}

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        exceptions = {e.casefold() for e in self.p["exceptions"]}
        relative = {e.casefold() for e in self.p["after_free_relative"]}
        if not any(trap in text for trap in _CASE_TRAPS) and not _twins(doc.lower_tokens, exceptions):
            return
        # One pass over the whole story; the rare match is then checked to lie in one block.
        for m in _DOUBLED.finditer(text):
            block = doc.block_at(m.start())
            if block is None:
                continue
            start, end = block.start, block.end  # of the text the double lies in
            if m.end() > end:  # across a paragraph break: only one made in mid-sentence (see _run_on)
                after = doc.block_at(m.start(2))
                if after is None or after.start != m.start(2) or m.end(1) != end or not _run_on(doc, block, after):
                    continue
                if not _whole_copies(text, Span(*m.span(1)), Span(*m.span(2)), block, after):
                    continue
                end = after.end
            first, second = m.group(1), m.group(2)
            word = first.casefold()
            if word in exceptions or not _latin(first) or _label_line(text, m.start(), m.start(2), start):
                continue
            capitalised = first[0].isupper() and second[0].isupper() and word not in _FUNCTION
            if _joined(text, m.start(), m.end(), word):
                continue
            if first[0].islower() and second[0].isupper() and word not in _FUNCTION and _NEXT_NAME.match(text, m.end()):
                continue  # a word, then a name that opens with it: "a new New Zealand law", "the old Old Trafford"
            if word in relative and _free_relative(text, m.start(), start):
                continue
            if capitalised and not _common_opener(text, m.start(), m.end(), start) and _name(
                    text, m.start(), m.end(), word):
                continue
            if _again(text, m.end(), end, word) or _again_before(text, m.start(), start, word):
                continue
            yield Hit(m.start(), m.end(), replacements=(first,), fix=first)


#: Letters whose lower case changes length (İ) or depends on the next letter (Σ): with them, equal
#: lower-case tokens are not what the pattern's case-insensitive back-reference compares.
_CASE_TRAPS = ("\u0130", "\u03a3")


def _twins(tokens: Sequence[str], exceptions: set[str]) -> bool:
    """True when two neighbouring lower-case tokens are the same word, not one of `exceptions`.

    Every doubled word the rule reports is two whole tokens: a hyphen or
    apostrophe at either edge drops the match, so neither word is part of a
    longer token; only space lies between them; and the back-reference
    compares them letter by letter in lower case, as str.lower() does but for
    `_CASE_TRAPS` (and casefolding a lower-cased word gives what casefolding
    the word gives). A story without such twins (most) skips the pattern scan;
    the tokens are shared with the doubled-phrase check.
    """
    same = bytes(map(eq, tokens, tokens[1:]))
    i = same.find(1)
    while i >= 0:
        if _is_word(tokens[i]) and tokens[i].casefold() not in exceptions:
            return True
        i = same.find(1, i + 1)
    return False


def _joined(text: str, start: int, end: int, word: str) -> bool:
    """True when the match was cut out of a longer word and is no double.

    That is when a hyphen or apostrophe precedes it ("break-in in", "a
    non-bank bank", "long-term term loans"), an apostrophe or a combining
    mark follows it ("it it's" is two tokens), or a hyphen follows a word
    that can stand before a compound it opens: a preposition ("dissipated
    in in-fighting"), a number ("one one-hundredth"), a capitalised name
    ("Boutros Boutros-Ghali", "Le Clip clip-on watches"). Any other word
    doubled before a compound it starts is a slip: "a near near-record pace".
    """
    if start > 0 and text[start - 1] in _JOINERS:
        return True
    if end == len(text):
        return False
    after = text[end]
    if after == "-":
        return not text[start].islower() or word in _FUNCTION or word in _PARTICLES or word in _NUMBERS
    return after in _JOINERS or unicodedata.category(after).startswith("M")


#: Number words, which count a compound they precede: "one one-hundredth", "two two-year terms".
_NUMBERS = frozenset("one two three four five six seven eight nine ten eleven twelve".split())
#: Adverb particles that open compounds ("off off-road" is "off" before "off-road").
_PARTICLES = frozenset({"off", "out", "up", "down", "over", "under", "back", "after", "about", "through"})

#: Words that open a free relative clause, the subject of a doubled "is": "What it is is a plan."
_FREE_RELATIVE = frozenset({"what", "whatever", "all", "where", "why", "how", "who", "whoever"})
_CLAUSE_END = re.compile(r"[.!?;:,]")
#: A free relative before a doubled "is" is short: "What the problem really is is".
_RELATIVE_WORDS = 6


def _free_relative(text: str, start: int, limit: int) -> bool:
    """True when a free relative clause ends at `start`, where a doubled "is" is grammar.

    The clause opens with a word of `_FREE_RELATIVE` and has a subject of its
    own before the verb: "What the problem is is...", "All it was was...". A
    relative pronoun right before the verb is no such clause: "a man who was
    was arrested" is a slip.
    """
    clause = _CLAUSE_END.split(text[max(limit, start - 120):start])[-1]
    words = _SIMPLE_WORD.findall(clause)[-_RELATIVE_WORDS:]
    return any(w.casefold() in _FREE_RELATIVE for w in words[:-1])


def _name(text: str, start: int, end: int, word: str) -> bool:
    """True when a capitalised word said twice reads as a name or title, not a slip.

    Reduplicated names ("Walla Walla", "Duran Duran", "Sirhan Sirhan") and
    titles ("Soldier Soldier") are used whole: such a pair said again in the
    story is a name. Said once, a common English word doubled is a slip
    ("the Republic Republic of Congo"), unless a name follows ("Run Run
    Shaw"), a word that introduces a title stands by ("the TV series Soldier
    Soldier") or figures follow (a table's flattened header). Otherwise the
    pair is a slip when the story uses the
    word on its own elsewhere ("Mr Ghosn ... Mr Ghosn Ghosn", "British firms
    ... But British British Casino Association"), or when it is a first name
    doubled before a surname that the story uses on its own ("Okey Okey
    Oramah ... Oramah said"): the surname is a rare word (a common one,
    "Walla Walla University", is part of a name).
    """
    w = re.escape(word)
    pairs = re.compile(rf"(?<![\w'’-]){w}\s+{w}(?![\w-])", re.IGNORECASE)
    if any(m.start() != start for m in pairs.finditer(text)):
        return True
    if zipf(word) >= _SLIP_ZIPF and not (_NEXT_NAME.match(text, end) or _titled(text, start, end) or len(
            _FIGURE.findall(text, end, end + 60)) >= 3):
        return False  # a common word said twice, once, with no name, title word or table figures by it: a slip
    alone = re.compile(rf"(?<![\w'’-]){w}(?![\w-])", re.IGNORECASE)
    if alone.search(text, 0, start) or alone.search(text, end):
        return False
    after = _NEXT_NAME.match(text, end)
    if after is None or zipf(after.group(1)) >= _COMMON_ZIPF:
        return True
    surname = re.compile(rf"(?<![\w'’-]){re.escape(after.group(1))}(?![\w-])")
    return not (surname.search(text, 0, after.start(1)) or surname.search(text, after.end(1)))


def _titled(text: str, start: int, end: int) -> bool:
    """True when a word that introduces a title or a name stands just before or after the pair:
    "the TV series Soldier Soldier", "the Mambo Mambo album", "a horse called Lucky Lucky"."""
    before = _SIMPLE_WORD.findall(text, max(0, start - 24), start)[-2:]
    after = _SIMPLE_WORD.findall(text, end, end + 24)[:2]
    return any(w.casefold() in _TITLE_WORDS for w in before + after)


_FIGURE = re.compile(r"\d+")
#: Words that introduce a title or a name, whose words may be said twice on purpose.
_TITLE_WORDS = frozenset(
    "series show programme program film movie album single song hit track musical play novel book band group "
    "sitcom drama opera game title called named titled entitled nicknamed dubbed".split())


def _common_opener(text: str, start: int, end: int, limit: int) -> bool:
    """True for an ordinary English word doubled at the start of a sentence ("Instead Instead
    the board...", "Fans Fans will vote"): its capital says nothing of a name. A capitalised
    word after it means a title goes on ("Please Please Me was their first album")."""
    before = text[max(limit, start - 8):start].rstrip().rstrip(_OPENERS).rstrip().rstrip(_CLOSERS)
    if before and before[-1] not in ".!?":
        return False
    after = _NEXT_NAME.match(text, end)
    return after is None and zipf(text[start:end].split()[0]) >= _COMMON_ZIPF


_OPENERS = "\"“‘'(["
_CLOSERS = "\"”’')]"

#: The capitalised word after a doubled one, a surname when rare in English.
_NEXT_NAME = re.compile(r"\s+([A-Z][a-z]+(?:[A-Z][a-z]+)?)\b")
#: Words at least this common (Zipf) are ordinary English words ("Walla Walla University" is no surname).
_COMMON_ZIPF = 4.5
#: A capitalised word this common said twice, once in the story, is a slip, not a reduplicated name:
#: those are rare words ("Walla Walla", "Sirhan Sirhan", "Bora Bora", "Koh Phi Phi").
_SLIP_ZIPF = 4.0


_NEXT_WORD = re.compile(r"\s*(\w+)")
_PREV_WORD = re.compile(r"(\w+)[,!]?\s*$")


def _again(text: str, end: int, limit: int, word: str) -> bool:
    m = _NEXT_WORD.match(text, end, limit)
    return m is not None and m.group(1).casefold() == word


def _again_before(text: str, start: int, limit: int, word: str) -> bool:
    m = _PREV_WORD.search(text, max(limit, start - 40), start)
    return m is not None and m.group(1).casefold() == word


def _run_on(doc: Document, block: Block, after: Block) -> bool:
    """True when paragraph `after`, the block below `block`, goes on with the sentence that a
    paragraph break cut in the middle.

    That is when both are paragraphs, `block` ends in a word (no mark that
    can end a sentence), and `after` opens with an English word in lower
    case: a new sentence would start with a capital. A paragraph that opens
    in lower case with anything else is a name styled so ("eBay",
    "my6sense"), which may well follow a label that ends in it ("About
    my6sense"). Clean copy has no such break; scrapers that cut a page into
    chunks make them, and when the chunks overlap, the words before the
    break are said again after it.
    """
    text = doc.text
    if block.kind != "paragraph" or after.kind != "paragraph" or not text[block.end - 1].isalnum():
        return False
    first = _SIMPLE_WORD.match(text, after.start)
    return first is not None and first.group().isalpha() and first.group().islower() and zipf(
        first.group()) >= _RUN_ON_ZIPF


#: The word that goes on with a cut sentence is at least this common in English (Zipf): "waiving"
#: (2.7) is, a name coined in lower case is not.
_RUN_ON_ZIPF = 2.0


class DoubledPhrase(Check):
    """A run of 2 to 6 words said twice in a row: "said on Sunday said on Sunday".

    Why it matters: a doubled phrase is what a doubled word becomes when a
    whole fragment is pasted twice; the eye slides over it just the same.
    The chained idioms of speech ("more and more", "back to back", "on and
    on and on", "what makes a city a city") are told apart by their shape:
    the unit ends in a content word that the idiom links to itself, and a
    chain that starts a third time ("he wrote, and wrote, and wrote") is
    said on purpose. Units
    without a letter (tennis scores: "6-4 6-4") are not phrases. A phrase is
    also doubled across a paragraph break made in mid-sentence ("...was
    carrying only cargo" + "was carrying only cargo and a dummy", see
    `_run_on`): scrapers that cut a page into overlapping chunks leave that,
    and no idiom is ever cut so.
    """

    params: ClassVar[dict[str, Any]] = {"min_words": 2, "max_words": 6}

    def check(self, doc: Document) -> Iterator[Hit]:
        yield from self._within_blocks(doc)
        yield from self._across_breaks(doc)

    def _within_blocks(self, doc: Document) -> Iterator[Hit]:
        lo, hi = self.p["min_words"], self.p["max_words"]
        text = doc.text
        # One pass over the whole story's tokens (each punctuation mark is one, so a repeat never runs
        # across a comma unseen); a repeat found is then checked to lie in one block.
        found = _repeats(doc.lower_tokens, lo, hi)
        if not found:
            return
        last = max(i + 2 * n for i, n in found)
        spans = [m.span() for m in islice(TOKEN.finditer(text), last)]
        for i, n in found:
            start, end = spans[i][0], spans[i + 2 * n - 1][1]
            block = doc.block_at(start)
            if block is None or end > block.end:
                continue
            unit = text[start:spans[i + n - 1][1]]
            if _label_line(text, start, spans[i + n][0], block.start):
                continue
            yield Hit(start, end, replacements=(unit,), fix=unit, values={"words": n})

    def _across_breaks(self, doc: Document) -> Iterator[Hit]:
        """The words that end a paragraph cut in mid-sentence said again at the start of the next.

        The copies must be whole and the same (`_whole_copies`). The fix joins the two paragraphs.
        """
        lo, hi = self.p["min_words"], self.p["max_words"]
        lowered = doc.lowered
        for block, after in pairwise(doc.blocks):
            if not _run_on(doc, block, after):
                continue
            tail = deque(TOKEN.finditer(lowered, block.start, block.end), maxlen=hi + 1)
            head = list(islice(TOKEN.finditer(lowered, after.start, after.end), hi + 1))
            for n in range(min(hi, len(tail) - 1, len(head) - 1), lo - 1, -1):
                unit = [m.group() for m in islice(tail, len(tail) - n, None)]
                first, second = Span(tail[-n].start(), block.end), Span(after.start, head[n - 1].end())
                if unit == [m.group() for m in head[:n]] and _phrase(unit) and _whole_copies(
                        doc.text, first, second, block, after):
                    fix = doc.text[first.start:first.end]
                    yield Hit(first.start, second.end, replacements=(fix,), fix=fix, values={"words": n})
                    break


def _label_line(text: str, first: int, second: int, block_start: int) -> bool:
    """True when the first copy (at `first`) ends a line that is a heading or a label, and the
    second opens the next line: text below a run-in heading repeats its words ("Isolation" /
    "Isolation of each task", "No concurrent task execution" / "Concurrent task execution is...").
    That is when the copy is the whole line, capitalised, with a content word (a lone "In" is a
    line wrapped short), or when the second copy takes a capital the first lacks: a sentence
    starts there, and the line above ended without its stop."""
    gap = text[first:second]
    if "\n" not in gap or "\n" in gap.rstrip():
        return False
    if text[first].islower() and text[second].isupper():
        return True
    return (first == block_start or text[first - 1] == "\n") and gap[:1].isupper() and any(
        w.casefold() not in _FUNCTION for w in _SIMPLE_WORD.findall(gap))


def _whole_copies(text: str, first: Span, second: Span, block: Block, after: Block) -> bool:
    """True when the copies on either side of a paragraph break are the same text, letter for
    letter (an overlap is a copy: "Online Business" + "business journey" is not one), each a run
    of whole words ("dd/mm/yyyy" + "yyyy-mm-dd" are not), and each paragraph goes on beyond its
    copy (a line that is all copy is a caption two photos share, or a label)."""
    if first.start == block.start or second.end == after.end or not text[first.start - 1].isspace():
        return False
    return text[second.end] in _AFTER_WORDS and text[first.start:first.end].split() == text[
        second.start:second.end].split()


#: What may follow the end of a copy that is a run of whole words.
_AFTER_WORDS = frozenset(" \t\n,.;:!?)”’\"'")


def _phrase(unit: Sequence[str]) -> bool:
    """True for tokens that make a phrase: words at both ends, not one word said over ("no, no"),
    a letter somewhere (not a tennis score, "6-4 6-4"), and only Latin-script words (see `_latin`)."""
    if not (_is_word(unit[0]) and _is_word(unit[-1])) or len(set(unit)) == 1:
        return False
    return any(t[0].isalpha() for t in unit) and all(_latin(t) for t in unit if t[0].isalpha())


def _repeats(w: Sequence[str], lo: int, hi: int) -> list[tuple[int, int]]:
    """(start token, unit length) of each doubled unit, the longest unit first, without overlaps."""
    candidates: list[tuple[int, int]] = []
    for n in range(hi, lo - 1, -1):
        # same[i] is 1 when token i equals token i + n (compared without a Python loop per token),
        # so the units of n tokens said twice start where n ones in a row do.
        same = bytes(map(eq, w, w[n:]))
        run = b"\x01" * n
        i = same.find(run)
        while i >= 0:
            candidates.append((i, -n))
            i = same.find(run, i + 1)
    candidates.sort()
    found: list[tuple[int, int]] = []
    taken = -1
    for i, minus_n in candidates:
        n = -minus_n
        if i < taken:
            continue
        unit = w[i:i + n]
        if not _phrase(unit) or _idiom(w, i, unit) or (i + 2 * n < len(w) and w[i + 2 * n] == unit[0]):
            continue  # an idiom, or a chain going on a third time: "wrote, and wrote, and wrote"
        found.append((i, n))
        taken = i + 2 * n
    return found


def _idiom(w: Sequence[str], i: int, unit: Sequence[str]) -> bool:
    """True for a two-word unit (at token `i` of `w`) that repeats as a chained idiom.

    "on and on and on", "more and more", "again and again" chain a word with
    "and"/"or"; "back to back", "day after day", "step by step" and "what
    makes a city a city" link a content word to itself with a link that such
    chains use, and are read as idioms however they are cut ("to back to back
    victories", "for Measure for Measure"). With other links ("in", "on",
    "against") the content word must also stand just outside the doubled
    unit, as in "hand in hand in hand"; "contraction in contraction in" has
    no such neighbour: it is a slip.
    """
    if len(unit) != 2:
        return False
    first, second = unit
    if "and" in unit or "or" in unit or first in _CHAIN_LINKS or second in _CHAIN_LINKS:
        return True
    if first in _LINKS and second not in _FUNCTION:
        return i > 0 and w[i - 1] == second
    if second in _LINKS and first not in _FUNCTION:
        return i + 4 < len(w) and w[i + 4] == first
    return False


class RepeatedText(Check):
    """A sentence or a whole paragraph that appears twice in a story, exactly or nearly.

    Why it matters: scrapers read the same block twice, editors paste a
    paragraph and forget to delete the old one. Comparison is on words only
    (case, punctuation and spacing ignored), and "nearly" means the two share
    most of their three-word sequences (shingles), so a changed word or two
    still counts. Each sentence is hashed once and compared only with earlier
    sentences that share a shingle, which keeps the check linear in practice.
    A paragraph whose every sentence repeats is reported once, as a paragraph.
    A shorter sentence is reported when it follows itself directly, except in
    quoted speech, where a speaker may repeat a line on purpose.
    """

    params: ClassVar[dict[str, Any]] = {
        "min_words": 8,
        #: A sentence repeated right after itself counts from this many words.
        "min_words_adjacent": 4,
        "similarity": 0.7,
        "skip_blocks": ["title", "heading", "caption", "list-item", "table-cell"],
        #: A headline of this many words said again as a paragraph below it is a copy.
        "headline_min_words": 3,
        #: How many blocks below the headline are looked at, as long as they are short: a byline, a
        #: dateline, and on a scraped page the menus, share buttons and timestamps around the article.
        "headline_window": 30,
    }

    def check(self, doc: Document) -> Iterator[Hit]:
        headline = self._headline_copy(doc)
        if headline is not None:
            yield headline
        text = doc.text
        word_text = doc.word_text
        skip = set(self.p["skip_blocks"])
        min_words = self.p["min_words"]
        shortest = 2 * min_words
        index = _ShingleIndex(text, self.p["similarity"])
        # First every sentence compared is read into the index, then it tells which repeat an earlier one.
        blocks: list[tuple[Block, Sequence[Span], list[str]]] = []
        for block, sents in sentences_by_block(doc):
            if block.kind in skip or _list_item(text, block.start):
                continue
            keys = []
            for sent in sents:
                # A sentence too short to hold min_words words is not tokenized at all.
                if sent.end - sent.start < shortest:
                    keys.append("")
                    index.skip()
                    continue
                words = word_text[sent.start:sent.end].split()
                key = " ".join(words)
                keys.append(key)
                if len(words) >= min_words:
                    index.add(sent, key, words)
                else:
                    index.skip()
            blocks.append((block, sents, keys))
        copies = iter(index.earlier())
        paragraphs: dict[str, Span] = {}
        above: tuple[Span, str] = (Span(0, 0), "")  # the paragraph compared before, and its key
        for block, sents, keys in blocks:
            repeats = [(sent, next(copies)) for sent in sents]
            key = " ".join(keys)
            here = Span(block.start, block.end)
            first_paragraph = paragraphs.setdefault(key, here)
            if first_paragraph.start != block.start and len(key.split()) >= min_words:
                yield self._hit(doc, here, first_paragraph, "paragraph")
            elif repeats and all(earlier for _, earlier in repeats) and len(repeats) > 1:
                yield self._hit(doc, here, repeats[0][1], "paragraph")  # type: ignore[arg-type]
            elif self._edited_copy(doc, above, here, key):
                yield self._hit(doc, here, above[0], "paragraph")
            else:
                previous: Span | None = None
                for sent, earlier in repeats:
                    if earlier is not None:
                        yield self._hit(doc, sent, earlier, "sentence")
                    elif previous is not None and self._next_to_itself(doc, previous, sent):
                        yield self._hit(doc, sent, previous, "sentence")
                    previous = sent
            above = (here, key)

    def _edited_copy(self, doc: Document, above: tuple[Span, str], here: Span, key: str) -> bool:
        """True when paragraph `here` is the paragraph `above` it again with one word changed,
        added or dropped: an updated copy a CMS appended under the old one ("...the council
        approved the plan." then "...the council also approved the plan."), in a paragraph of
        `min_words` different words or more (not a row of figures). A number changed is an update
        ("...has died aged 77." then "...aged 81."), but two paragraphs that differ in a name each
        (class A and class B of a dividend) or in a negation state two facts with one template
        (`_other_facts`)."""
        span, above_key = above
        if not key or abs(len(key) - len(above_key)) > _EDIT_CHARS:
            return False
        if key[:_EDIT_CHARS] != above_key[:_EDIT_CHARS] and key[-_EDIT_CHARS:] != above_key[-_EDIT_CHARS:]:
            return False  # the edit lies inside: one end of the two is the same
        words = doc.word_text[here.start:here.end].split()
        above_words = doc.word_text[span.start:span.end].split()
        if len({w for w in words if w.isalpha()}) < self.p["min_words"] or not _same_line(
                above_words, words, ends=False):
            return False
        changed = set(words).symmetric_difference(above_words)
        return all(w[0].isdigit() for w in changed) or not _other_facts(doc.text, span, here)

    def _headline_copy(self, doc: Document) -> Hit | None:
        """The paragraph just below the headline that says the headline again, if any.

        A scraper that keeps both the page's title and the article's own
        headline puts the headline twice at the top of the story, the second
        time as a paragraph, maybe after a byline, a dateline, or the menus and
        share buttons of the page (short lines, looked past up to the first
        longer one, where the story has begun). The words must be the same,
        but for case, punctuation, a site name the page title carries ("Ferry
        sinks | The Gazette") and, in a headline of five words or more, one
        word changed, added or dropped inside it. A lede that opens with the
        headline's words and goes on is no copy: nor is an HTML heading, which
        may repeat the page's title by design.
        """
        blocks = doc.blocks
        if len(blocks) < 2 or blocks[0].kind not in _HEADLINE_KINDS:
            return None
        head = blocks[0]
        lowered = doc.lowered
        findall = _SIMPLE_WORD.findall
        titles = [findall(part) for part in _SITE_SEPARATOR.split(lowered[head.start:head.end])]
        if len(titles) > 1:
            titles.insert(0, findall(lowered, head.start, head.end))
        titles = [t for t in titles if len(t) >= self.p["headline_min_words"]]
        if not titles:
            return None
        for block in islice(blocks, 1, 1 + self.p["headline_window"]):
            words = doc.word_text[block.start:block.end].split()
            if block.kind == "paragraph" and any(_same_line(title, words) for title in titles):
                line, _ = doc.line_col(doc.source_map.start(head.start))
                return Hit(block.start, block.end, values={"line": line, "unit": "paragraph", "earlier": "the headline"})
            if len(words) > _BYLINE_WORDS:
                return None  # the story has begun
        return None

    def _next_to_itself(self, doc: Document, previous: Span, sent: Span) -> bool:
        """A shorter sentence said twice in a row ("Work starts in May. Work starts in May.") outside quoted speech."""
        if abs((sent.end - sent.start) - (previous.end - previous.start)) > 2:
            return False
        word_text = doc.word_text
        words = word_text[sent.start:sent.end].split()
        # Quoted speech is looked for last: a story with no sentence said twice never needs it found.
        return len(words) >= self.p["min_words_adjacent"] and words == word_text[
            previous.start:previous.end].split() and not doc.in_quote(sent.start, sent.end)

    def _hit(self, doc: Document, span: Span, earlier: Span, unit: str) -> Hit:
        line, _ = doc.line_col(doc.source_map.start(earlier.start))
        return Hit(span.start, span.end, values={"line": line, "unit": unit, "earlier": "the one"})


#: Blocks that can hold a story's headline: in plain text, a headline that ends like a sentence is a paragraph.
_HEADLINE_KINDS = frozenset({"title", "heading", "paragraph"})
#: What joins a headline and a site's name in a page title: "Ferry sinks | The Gazette", "Gazette - Ferry sinks".
_SITE_SEPARATOR = re.compile(r"\s+(?:[|\-–—·•]|::)\s+")
#: An edited copy is at most this many characters longer or shorter (one word), and shares as many at one end.
_EDIT_CHARS = 16
#: Lines this short above a story's first paragraph may be a byline, a dateline or page furniture.
_BYLINE_WORDS = 12


def _same_line(a: list[str], b: list[str], *, ends: bool = True) -> bool:
    """True for the same words, or, in lines of five words or more, one word changed, added or
    dropped; with `ends`, only inside them ("Storm hits coast" is not "Storm hits coast again")."""
    if a == b:
        return True
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1 or ends and (a[0] != b[0] or a[-1] != b[-1]):
        return False
    head = len(os.path.commonprefix([a, b]))
    tail = len(os.path.commonprefix([a[::-1], b[::-1]]))
    return min(head + tail, min(len(a), len(b))) >= max(len(a), len(b)) - 1


class _ShingleIndex:
    """Sentences by exact key and by shingle signature.

    Shingles are pairs of neighbouring content words (four letters or more:
    "the", "of" and "said" carry no identity). Rather than index every
    shingle, each sentence is filed under four of them, the least and greatest
    in two orders (a min-hash with fixed orderings): two sentences that share
    most of their shingles almost always share one of those four. Candidates
    are then compared in full. The cost is a few min/max scans per sentence;
    only sentences with a signature another sentence also has are filed and
    compared, since no other sentence can match them or be matched by them.
    """

    def __init__(self, text: str, similarity: float) -> None:
        self.text = text
        self.similarity = similarity
        self.found: list[Span | None] = []
        self.keys: dict[str, Span] = {}
        self.signed: list[tuple[int, Span, list[str], set[tuple[str, str]]]] = []
        self.by_signature: dict[tuple[str, str], list[tuple[Span, list[str]]]] = {}

    def add(self, span: Span, key: str, words: list[str]) -> None:
        """Read the next sentence: its lower-case words, joined in `key`."""
        first = self.keys.setdefault(key, span)
        if first is not span:
            self.found.append(first)
            return
        self.found.append(None)
        content = [w for w in words if len(w) > 3]
        if len(content) >= 5:  # fewer have fewer than four shingles: no signatures
            signatures = _signatures(content)
            if signatures is not None:
                self.signed.append((len(self.found) - 1, span, content, signatures))

    def skip(self) -> None:
        """Read the next sentence, one too short to compare."""
        self.found.append(None)

    def earlier(self) -> list[Span | None]:
        """For each sentence read, in text order: the earlier one it repeats, exactly or nearly, if any."""
        # Near copies share a signature: a sentence whose signatures no other sentence has is settled.
        counts = Counter(chain.from_iterable(signatures for _, _, _, signatures in self.signed))
        for i, span, content, signatures in self.signed:
            if max(map(counts.__getitem__, signatures)) > 1:
                self.found[i] = self._add(content, signatures, span)
        return self.found

    def _add(self, content: list[str], signatures: set[tuple[str, str]], span: Span) -> Span | None:
        """File a sentence under its signatures, unless it nearly repeats one filed before: return that one."""
        earlier = self._near(content, signatures, span)
        if earlier is None:
            for sig in signatures:
                self.by_signature.setdefault(sig, []).append((span, content))
        return earlier

    def _near(self, content: list[str], signatures: set[tuple[str, str]], current: Span) -> Span | None:
        """The earliest filed sentence sharing `similarity` of the longer one's shingles."""
        best: Span | None = None
        shingles: set[tuple[str, str]] | None = None  # built only when there is something to compare
        for sig in signatures:
            for span, other_content in self.by_signature.get(sig, ()):
                if shingles is None:
                    shingles = set(pairwise(content))
                other = set(pairwise(other_content))
                similar = len(shingles & other) >= self.similarity * max(len(shingles), len(other))
                if similar and (best is None or span.start < best.start) and not _other_facts(self.text, span, current):
                    best = span
        return best


def _other_facts(text: str, a: Span, b: Span) -> bool:
    """True when two similar sentences or paragraphs state different facts, not one fact twice.

    That is when one has a negation the other lacks, or each has a name or
    number the other lacks.

    "Smith predicts 319 seats." and "Jones predicts 359 seats." report two
    facts with one template, as "Qtly div class A nine cts" and "Qtly div
    class B nine cts" do; a copy that only gained a dateline does not.
    """
    words_a = set(_WORD.findall(text, a.start, a.end))
    words_b = set(_WORD.findall(text, b.start, b.end))
    if any(w.casefold() in _NEGATIONS or w.endswith(("n't", "n’t")) for w in words_a ^ words_b):
        return True  # "what you like" against "what you do not like"
    return _has_fact(words_a - words_b) and _has_fact(words_b - words_a)


_NEGATIONS = frozenset({"not", "no", "never", "nor", "without"})


def _signatures(content: list[str]) -> set[tuple[str, str]] | None:
    """The four signature shingles of a sentence's content words, or None when it has fewer than four
    distinct shingles (neighbouring pairs).

    They are the least and greatest pair in two orders: by first word, and by
    second word. Worked out on the words rather than on a set of pairs, which
    is what made this the check's main cost: the least pair by first word is
    the least word that has a follower, with its least follower.
    """
    if len(content) < 5:
        return None
    head, tail = content[:-1], content[1:]
    least, most = min(head), max(head)
    least_last, most_last = min(tail), max(tail)
    signatures = {
        (least, _neighbour(head, tail, least, min)),
        (most, _neighbour(head, tail, most, max)),
        (_neighbour(tail, head, least_last, min), least_last),
        (_neighbour(tail, head, most_last, max), most_last),
    }
    # Four different signatures are four different pairs; only fewer need the pairs counted.
    if len(signatures) < 4 and len(set(pairwise(content))) < 4:
        return None
    return signatures


def _neighbour(words: list[str], others: list[str], word: str, pick: Callable[..., str]) -> str:
    """`pick` (min or max) of others[k] over the k where words[k] == word (words, others: aligned)."""
    if words.count(word) == 1:
        return others[words.index(word)]
    return pick(o for w, o in zip(words, others) if w == word)


def _has_fact(words: set[str]) -> bool:
    """True when a name, a number or a capital letter that labels something ("class A") is among `words`."""
    return any((w[0].isupper() or w[0].isdigit()) and (w.casefold() not in _FUNCTION or w == "A") for w in words)


_LIST_MARK = re.compile(r"\s*(?:[-*•–—]|\d{1,2}[.)])\s")


def _list_item(text: str, start: int) -> bool:
    """A paragraph that opens with a bullet or a number is a list item, whatever the markup said."""
    return _LIST_MARK.match(text, start) is not None


def sentences_by_block(doc: Document) -> Iterator[tuple[Block, Sequence[Span]]]:
    """Each block with its sentences."""
    return zip(doc.blocks, doc.block_sentences)


#: Words that make a short sentence a clause rather than a fragment: pronoun subjects,
#: auxiliaries, and the commonest irregular past forms (regular ones end in -ed).
_CLAUSE_WORDS = frozenset(
    ["i", "we", "you", "he", "she", "it", "they", "me", "us", "him", "them", "this", "these", "those", "there", "here", "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did", "done", "will", "would", "can", "could", "may", "might", "must", "shall", "should", "ought", "need", "say", "says", "said", "go", "goes", "went", "gone", "come", "comes", "came", "get", "gets", "got", "make", "makes", "made", "take", "takes", "took", "know", "knows", "knew", "see", "sees", "saw", "think", "thinks", "thought", "give", "gives", "gave", "find", "finds", "found", "tell", "tells", "told", "become", "became", "leave", "leaves", "left", "feel", "felt", "bring", "brought", "begin", "began", "keep", "kept", "hold", "held", "stand", "stood", "hear", "heard", "let", "lets", "mean", "meant", "meet", "met", "pay", "paid", "run", "ran", "win", "won", "lose", "lost", "fall", "fell", "rise", "rose", "sell", "sold", "send", "sent", "build", "built", "spend", "spent", "grow", "grew", "fight", "fought", "lead", "led", "seek", "sought", "buy", "bought", "catch", "caught", "teach", "taught", "write", "wrote", "speak", "spoke", "break", "broke", "choose", "chose", "fly", "flew", "flee", "fled", "drive", "drove", "eat", "ate", "wear", "wore", "hit", "hurt", "cut", "put", "set", "shut", "quit", "yes", "no", "not", "never", "always", "also", "just", "only", "very", "too", "please", "thanks", "hello", "goodbye"]
)
_CONJUNCTIONS = frozenset(["and", "or", "but", "nor", "so", "yet", "for", "if", "because", "while", "although", "though", "when", "where", "as", "than"])


class EchoFragment(Check):
    """A short verbless "sentence" that repeats the stem of the words just before it.

    Why it matters: when a rewriting tool or a careless edit cuts a sentence
    short, the words it meant to replace survive as a fragment of their own:
    "...his planned meeting with China. Chinese leader." The fragment has no
    verb, starts a new sentence inside a body paragraph, and echoes the stem
    of the last words of the sentence before. Headlines, datelines, captions,
    list items and credit lines are not sentences and are never checked, nor
    is the first sentence of a paragraph, nor quoted speech.
    """

    params: ClassVar[dict[str, Any]] = {
        "max_words": 3,
        "last_words": 2,
        "min_stem": 4,
        "stem_share": 0.5,
        "blocks": ["paragraph"],
    }

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        kinds = set(self.p["blocks"])
        for block, sents in sentences_by_block(doc):
            if block.kind not in kinds:
                continue
            for prev, frag in pairwise(sents):
                echo = self._echo(text, prev, frag)
                if echo and not doc.in_quote(frag.start, frag.end):
                    yield Hit(frag.start, frag.end, values={"echo": echo})

    def _echo(self, text: str, prev: Span, frag: Span) -> str | None:
        """The word of `prev` the fragment echoes, or None when `frag` is not an echo fragment."""
        if frag.end - frag.start > 16 * self.p["max_words"]:
            return None
        piece = text[frag.start:frag.end]
        if not (piece[0].isupper() and piece.endswith(".") and not piece.endswith("..")):
            return None
        if any(ch.isdigit() or ch in ",;:\"“”()" for ch in piece):
            return None
        words = _WORD.findall(piece)
        if not 1 <= len(words) <= self.p["max_words"] or text[prev.end - 1] not in ".!?":
            return None
        folded = [w.casefold() for w in words]
        if any(w in _CLAUSE_WORDS or w in _CONJUNCTIONS or w.endswith(("ed", "ly")) for w in folded):
            return None
        before = [w for w in _WORD.findall(text, prev.start, prev.end) if w.casefold() not in _FUNCTION]
        for last in before[-self.p["last_words"]:]:
            for w in folded:
                if w not in _FUNCTION and self._same_stem(w, last.casefold()):
                    return None if _emphasis(folded, last.casefold()) else str(last)
        return None

    def _same_stem(self, a: str, b: str) -> bool:
        """True for two forms of one stem: a long shared prefix (China, Chinese), or the shorter
        word's consonants opening the longer one's (France, French; Spain, Spanish)."""
        a, b = a.removesuffix("’s").removesuffix("'s"), b.removesuffix("’s").removesuffix("'s")
        if len(os.path.commonprefix([a, b])) >= max(self.p["min_stem"], self.p["stem_share"] * min(len(a), len(b))):
            return True
        short, long = sorted((_skeleton(a), _skeleton(b)), key=len)
        return len(short) >= 3 and long.startswith(short)


#: Degree words that may stand before a word said again for emphasis: "I've seen worse. Much worse."
_DEGREE = frozenset("much far very so even way just too a lot still".split())


def _emphasis(fragment: list[str], word: str) -> bool:
    """True for a fragment that says the word before it again, unchanged, alone or after degree
    words ("It's stupid. Stupid.", "I've seen worse. Much worse."): the writer's emphasis. A cut
    rewrite leaves another form of the word, or more words ("with China. Chinese leader.")."""
    return word in fragment and all(w == word or w in _DEGREE for w in fragment)


def _skeleton(word: str) -> str:
    """The word's first letter and its later consonants: "french" -> "frnch"."""
    return word[:1] + _VOWELS.sub("", word[1:])


_VOWELS = re.compile("[aeiouy]")
