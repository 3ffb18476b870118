"""Build lint/data/article-nouns.tsv, the table behind mt-artefact.dropped-article.

Run by hand when the inputs change (not at lint time, not by the tests):

    pip install wordfreq wordsegment   # build-time only: verbs ("report", "match"), Web pair counts
    python scripts/build_article_nouns.py [--corpus news.jsonl.gz] [--sources a,b] [--out path]

How the table is made, and why (see lint/checks/article_drop.py for the detector):

1. In the paragraphs of edited news (the shared news corpus, all sources by
   default), look at every lower-case word after a *slot*: a preposition or
   "said" ("of", "in", "for", "said", ...). Count the word as *bare* when it
   follows the slot directly, and as *determined* when a determiner stands
   between ("of the report", "in its region"). Only uses where the word ends
   its noun phrase count: punctuation, an opening quote, a function word or a
   verb follows ("of the report.", "in region and", "of world grew"; `finite_verbs`, written on
   the table's `@verbs` line), never another word, which would make it the
   first half of a compound ("in world affairs", "of country music"). A use
   before "of" is counted apart, under the slot `in+of` ("in the middle of
   ..."): many nouns are determined there far more often than where they end
   the phrase ("the rest of" against "days of rest"), so each needs its own
   evidence.
   Two lower-case words that end the phrase are counted as one noun too ("at
   the same time", "in the near future", "in the third quarter"), neither of
   them a function word; for them only "the" counts as a determiner, since
   it is the article the detector offers ("for a long time" is no evidence
   for "for the long time"). The rest of the build treats them as any noun,
   but the Web's pair counts cannot veto them (it has no such triples).
2. Keep a word as a *count noun that needs its article* when it is seen
   determined at least `--min-determined` times and bare at most
   `--max-bare-share` as often. Mass nouns, bare idioms and roles drop out by
   themselves ("in court", "in fact", "as president", "by car", "of course",
   "at night"): edited news uses them bare all the time. Plurals (in -s) are
   left out: they take no article. A word that is a verb too but mostly a
   noun (a determiner before at least `--min-noun-share` of its uses in
   edited news: "report", "issue", "move") is not held to its infinitive
   ("to report"), which is no bare noun; a word used less often as a noun
   ("back", "face", "start", "fall") keeps that evidence against it, since
   its other senses are bare in other slots too ("done away with back in").
   Telegraphic sources (`--telegraphic`, the 1987 Reuters wire by default)
   drop articles by house style ("full name of company is ..."), as
   headlines do: their determined uses count as evidence, but their bare
   uses only against the looser `--telegraphic-share`, so that the wire's
   notes do not hide the noun while the idioms it shares with all news still
   do; its bare uses in a slot where they exceed `--telegraphic-slot` (a
   formula of its notes: "full name of company is") do not count at all,
   since that slot is not flagged (step 3). Because the wire cannot show how often prose writes a noun bare, the
   noun also needs `--min-edited` determined uses in edited sources: with
   fewer, "never bare" is no evidence. Nouns known mostly from the wire's
   count sense ("the budget", "the option", "the direction of rates") have
   mass or idiomatic uses that a few thousand edited sightings would show
   ("over budget", "under option", "looked to them for direction"); held-out
   tests flagged exactly these until this rule.
3. For each kept noun, list the slots it may be flagged after: those it was
   seen determined after at least `--min-slot` times, in any source (a slot
   never seen with "the noun" has no evidence that the noun needs it there:
   "after inquiry from", "within reason"), and seen bare after at most
   `--max-bare-slot` times (`--telegraphic-slot` in telegraphic sources), so
   that a bare idiom of one slot ("in season") does not count against the
   others; and "to" only when the noun is not also a verb by wordfreq ("to
   report" is an infinitive; "to economy" is not). English at large vetoes a
   slot too, from the Google Web 1T counts shipped in `wordsegment`: when
   the bare pair is seen more than `--max-web-share` as often as "the" with
   the noun, or more often than "slot the noun" is expected (the share of
   "the" after the slot times the share of the noun after "the"; a slot that
   rarely takes "the", like "over" or "within", hides its idioms from the
   first test), it is an idiom the news corpus is too small to show ("in
   partnership", "of day", "on site", "of rights", "over budget"). A pair
   missing from the Web list (seen fewer than 100,000 times) passes. After
   "of" the news counts may overrule the Web (`--min-of-determined` uses of
   "of the noun" ending the phrase and none bare), since the Web's counts
   ignore case and phrase ends: its "of party" is mostly titles and
   compounds ("Leader of Party", "of party politics").
4. "to" after some words is a preposition, never an infinitive's marker:
   "damage to", "similar to", "close to". `to_heads` learns them from the
   counts (followed by "to" and a determiner at least `--min-to-determined`
   times, by "to" and a verb in at most `--max-to-infinitive` of their uses,
   and no active verb: "fell to end at 105" is an infinitive of result) and
   writes them on the table's `@to-heads` line. A noun that is a verb too
   gets the slot `pto` (that "to") when it was seen after "to the" and at most
   `--max-bare-slot` times bare after such a word ("brought to market").

Only derived data is written (noun, then its slots): no corpus text. Measure
false alarms on text the table was not built from: tests/benchmarks/
collocation_holdout.py --rule dropped-article builds with one source left out
and lints that source.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator, Mapping
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from lint.checks.article_drop import CLASSIFIERS, COMPLEX_TO, TO_HEADS, TO_PREPOSITION, VERBS, frame, listed, maybe_verb, paired, plural  # noqa: E402 - after the sys.path set-up above

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "news-corpus" / "news.jsonl.gz"
DEFAULT_OUT = ROOT / "lint" / "data" / "article-nouns.tsv"

#: Words and the punctuation that ends a phrase, a dash only between spaces ("in world - but"); a hyphenated word
#: is one token, so "world over-supply" is a compound, not "world" ending its phrase before "over"; an opening quote
#: ends it too ("said the report “was flawed”").
_TOKEN = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*|[.,;:!?)]|(?<= )[-–—](?= )|(?<= )[\"“](?=\w)")
#: Plain words, for the share of a word's uses that follow a determiner.
_WORD = re.compile(r"[A-Za-z]+")
#: Words with an apostrophe whole ("didn't"), so that no fragment ("didn", "haven") passes for a word.
_WORD_APOSTROPHE = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")
#: Subject pronouns and the determiners that make the next word a noun, for `finite_verbs` ("that" may be either).
SUBJECTS = frozenset("i he she it we they who which".split())
ARTICLES = frozenset("the a an his her its their our my your".split())
#: Modal verbs: the word after one is a verb ("will report"), for `to_heads`.
MODALS = frozenset("will would could should may might must can cannot".split())
#: Words after which a singular count noun needs a determiner. Left out: "by" and "per" (distributive: "by
#: region", "per person"), "as" (a role: "as president"), "and"/"or" (pairs: "club and country").
SLOTS = ("of", "in", "on", "at", "for", "from", "with", "into", "about", "after", "before", "under", "over", "during",
         "through", "across", "within", "against", "among", "between", "toward", "towards", "upon", "said", "to")
DETERMINERS = frozenset("the a an his her its their our my your this that these those".split())
#: For `to_heads`: words after which the next is an active verb ("it rose", "has returned", "to add"), and words
#: after which it is a noun, an adjective or a passive participle ("the damage", "is similar", "was linked").
ACTIVE = MODALS | frozenset("i he she it we they who which has have had to".split())
STATIVE = DETERMINERS | frozenset("is was are were be been being very more most".split())
#: Function words: after one of these (or punctuation) the noun ends its phrase. No adverb or particle that a
#: phrasal verb takes ("team up") and no number or adjective, which would make the noun a modifier.
PHRASE_END = frozenset("""
of in on at for from with into about after before under over during through across within against among between
by to as and or but nor so than that which who whom whose where when while because if since until though although
is was are were be been has have had will would could should may might must can do does did not said says
this these those it its he she they we his her their there here then also yet
""".split())


def _ends_phrase(token: str, verbs: frozenset[str] = frozenset()) -> bool:
    return not token[0].isalpha() or token in PHRASE_END or token in verbs


def paragraphs(corpus: Path, sources: set[str]) -> Iterator[str]:
    """The body paragraphs of the corpus stories from `sources`."""
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            story = json.loads(line)
            if story["source"] in sources:
                yield from story["body"].split("\n\n")


def count(corpus: Path, sources: set[str], heads: frozenset[str] = frozenset(), verbs: frozenset[str] = frozenset()) \
        -> tuple[Counter[tuple[str, str]], Counter[tuple[str, str]]]:
    """(frame, word) counts: bare uses and determined uses that end the noun phrase (see `frame`), before
    punctuation, a function word or one of `verbs` (see `finite_verbs`). A bare use after "to" whose word before
    is one of `heads` is counted under the slot `pto` too (see `to_heads`)."""
    bare: Counter[tuple[str, str]] = Counter()
    determined: Counter[tuple[str, str]] = Counter()
    slots = frozenset(SLOTS)
    for para in paragraphs(corpus, sources):
        tokens = _TOKEN.findall(para)
        for i, slot in enumerate(tokens[:-2]):
            slot = slot.lower()
            if slot not in slots:
                continue
            start = i + 2 if tokens[i + 1] in DETERMINERS else i + 1
            for size in (1, 2):
                noun = _noun(tokens, start, size, verbs)
                if noun is None:
                    continue
                after = tokens[start + size]
                if start == i + 2:
                    # Of two words, only "the" counts: the fix the detector offers ("for a long time" is no evidence).
                    if size == 1 or tokens[i + 1] == "the":
                        determined[frame(slot, after), noun] += 1
                elif not _excused(tokens, i, size):
                    bare[frame(slot, after), noun] += 1
                    if slot == "to" and i > 0 and tokens[i - 1].lower() in heads:
                        bare[frame(TO_PREPOSITION, after), noun] += 1
    return bare, determined


def _noun(tokens: list[str], start: int, size: int, verbs: frozenset[str]) -> str | None:
    """The noun of `size` words at `start` ("report", "prime minister") when its words are lower case and it ends
    its phrase (see `_ends_phrase`); the first of two words must not end the phrase itself."""
    if start + size >= len(tokens):
        return None
    words = tokens[start:start + size]
    if not all(w.isalpha() and w.islower() for w in words) or not _ends_phrase(tokens[start + size], verbs):
        return None
    if size == 2 and any(_ends_phrase(w, verbs) or w in DETERMINERS for w in words):
        return None
    return " ".join(words)


def to_heads(corpus: Path, sources: set[str], min_determined: int, max_infinitive: float) -> frozenset[str]:
    """Lower-case words after which "to" is a preposition, not an infinitive's marker: "damage to", "close to",
    "similar to". Such a word is followed by "to" and a determiner at least `min_determined` times,
    and by "to" and a verb at most `max_infinitive` of its uses before "to" ("due to be", "plans to make" are
    infinitives). A verb is a word seen after a modal ("will", "could") more often than after a determiner.
    The word itself must be no active verb (seen after a subject, a modal, "has" or "to" less often than after a
    determiner or a form of "be"): after one "to" may open an infinitive of purpose or result that the counts
    rarely show ("prices fell to end at 105", "she returned to find"), while a noun, an adjective or a passive
    participle takes none ("damage to", "similar to", "was linked to")."""
    after_to: Counter[tuple[str, str]] = Counter()
    modal: Counter[str] = Counter()
    nominal: Counter[str] = Counter()
    active: Counter[str] = Counter()
    stative: Counter[str] = Counter()
    for para in paragraphs(corpus, sources):
        words = [*_WORD.findall(para), ""]  # "" so that the last pair is counted too
        for first, second, third in zip(words, words[1:], words[2:]):
            if second.lower() in MODALS:
                modal[third] += 1
            if first.lower() in DETERMINERS:
                nominal[second] += 1
            active[second] += first.lower() in ACTIVE
            stative[second] += first.lower() in STATIVE
            if second == "to" and first.islower() and third.islower():
                after_to[first, third] += 1
    verbs = {w for w, n in modal.items() if n > nominal[w]} | {"be"}
    uses: Counter[str] = Counter()
    determined: Counter[str] = Counter()
    infinitive: Counter[str] = Counter()
    for (head, word), n in after_to.items():
        uses[head] += n
        determined[head] += n * (word in DETERMINERS)
        infinitive[head] += n * (word in verbs)
    return frozenset(h for h, n in determined.items() if n >= min_determined and len(h) > 2 and h not in PHRASE_END
                     and infinitive[h] <= max_infinitive * uses[h] and active[h] <= stative[h])


def finite_verbs(corpus: Path, sources: set[str], min_uses: int, max_nominal: float) -> frozenset[str]:
    """Lower-case words that follow a subject pronoun ("it rose", "they said") at least `min_uses` times and a
    determiner ("the", "a", "its") at most `max_nominal` as often: verbs and adverbs, never nouns. After a noun
    such a word ends the noun's phrase ("the rest of world rose"), as a function word does; it cannot be the
    head of a compound, which would be a noun ("in world affairs")."""
    subject: Counter[str] = Counter()
    nominal: Counter[str] = Counter()
    for para in paragraphs(corpus, sources):
        words = _WORD_APOSTROPHE.findall(para)
        for first, second in zip(words, words[1:]):
            if second.isalpha() and second.islower():
                first = first.lower()
                subject[second] += first in SUBJECTS
                nominal[second] += first in ARTICLES
    return frozenset(w for w, n in subject.items() if n >= min_uses and nominal[w] <= max_nominal * n and len(w) > 2
                     and w not in PHRASE_END)


def _excused(tokens: list[str], i: int, size: int = 1) -> bool:
    """Whether the bare use of a noun of `size` words after the slot at `i` is one the detector leaves alone, so
    that it is no evidence against the noun: a pair or list of bare nouns ("for club and country", "with body, mind
    and money"), a noun after a classifier ("this kind of problem"), an -ing noun that may be a verb (`maybe_verb`:
    "after meeting with")."""
    slot, word, after = tokens[i].lower(), tokens[i + size], tokens[i + size + 1]
    end = i + size + 1
    if end + 1 < len(tokens) and paired(slot, word, after, tokens[end + 1]) or listed(tokens[end:end + 10]):
        return True
    if slot == "of" and i > 0 and tokens[i - 1] in CLASSIFIERS:
        return True
    return word.endswith("ing") and maybe_verb(slot, after if after[0].isalpha() else "")


@cache
def is_verb(word: str) -> bool:
    """Whether `word` (of two words, its last) has a past form in common use ("reported", "matched", "teamed"):
    then "to word" is a verb."""
    from wordfreq import zipf_frequency  # build-time only

    word = word.rpartition(" ")[2]

    stem = word[:-1] if word.endswith("e") else word
    forms = {stem + "ed", word + word[-1] + "ed", stem + "ing"}
    if word.endswith("y"):
        forms.add(word[:-1] + "ied")
    return max(zipf_frequency(f, "en") for f in forms) >= 2.5


def _slot(frame: str) -> str:
    return frame.partition("+")[0]


def _by_word(counts: Counter[tuple[str, str]], verbs: frozenset[str] = frozenset()) -> Counter[str]:
    """Counts per word over all frames, less the uses after "to" of the words in `verbs` (see `nominal_verbs`) and
    the `pto` frames, which count again some uses after "to"."""
    out: Counter[str] = Counter()
    for (frame_, word), n in counts.items():
        if _slot(frame_) != TO_PREPOSITION and (_slot(frame_) != "to" or word not in verbs):
            out[word] += n
    return out


def noun_shares(corpus: Path, sources: set[str]) -> dict[str, float]:
    """Lower-case word -> the share of its uses in the paragraphs of `sources` that follow a determiner."""
    total: Counter[str] = Counter()
    determined: Counter[str] = Counter()
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            story = json.loads(line)
            if story["source"] in sources:
                words = _WORD.findall(story["body"])
                total.update(w for w in words if w.islower())
                determined.update(w for prev, w in zip(words, words[1:]) if w.islower() and prev.lower() in DETERMINERS)
    return {w: determined[w] / n for w, n in total.items()}


def nominal_verbs(words: set[str], shares: Mapping[str, float], min_share: float) -> frozenset[str]:
    """The words that are verbs too ("report", "deal") but mostly nouns: a determiner before at least `min_share`
    of their uses in edited news. Their bare uses after "to" are infinitives ("to report"), no bare noun, so
    they say nothing of how often the noun goes without its article ("said the report" is as determined as
    "said the statement"). A word used less often as a noun ("back", "face", "fall", "start", "win") keeps
    them as evidence: its other senses are bare in other slots too ("done away with back in 2015")."""
    return frozenset(w for w in words if shares.get(w, 0.0) >= min_share and is_verb(w))


def table(edited: tuple[Counter[tuple[str, str]], Counter[tuple[str, str]]],
          telegraphic: tuple[Counter[tuple[str, str]], Counter[tuple[str, str]]],
          web: Counter[tuple[str, str]], args: argparse.Namespace,
          shares: Mapping[str, float] | None = None) -> dict[str, list[str]]:
    """Noun -> the slots after which its bare form is flagged (steps 2-3 of the module docstring).

    `edited` and `telegraphic` are (bare, determined) counts of the two kinds of source; `shares` the share of
    each word's uses in edited news that follow a determiner (`noun_shares`), which decides `nominal_verbs`.
    """
    (bare, determined), (tele_bare, tele_determined) = edited, telegraphic
    det, det_tele = _by_word(determined), _by_word(tele_determined)
    verbs = nominal_verbs({w for _, w in bare} | {w for _, w in tele_bare}, shares or {}, args.min_noun_share)
    # A formula of the wire's notes ("full name of company is") drops the article in one slot, which is then not
    # flagged (step 3): its bare uses there say nothing of the noun's other slots.
    beside_formulas = Counter({k: n for k, n in tele_bare.items() if n <= args.telegraphic_slot})
    bare_words, bare_tele = _by_word(bare, verbs), _by_word(beside_formulas, verbs)
    out: dict[str, list[str]] = {}
    for word in det.keys() | det_tele.keys():
        total = det[word] + det_tele[word]
        if total < args.min_determined or len(word) < 3 or word in PHRASE_END or plural(word):
            continue
        if det[word] < args.min_edited or bare_words[word] > args.max_bare_share * det[word] \
                or bare_words[word] + bare_tele[word] > args.telegraphic_share * total:
            continue
        frames = [frame(s, after) for s in SLOTS for after in ("", "of")]
        evidenced = [f for f in frames if determined[f, word] + tele_determined[f, word] >= args.min_slot
                     and bare[f, word] <= args.max_bare_slot and tele_bare[f, word] <= args.telegraphic_slot
                     and (_slot(f) != "to" or not is_verb(word))]
        slots = [f for f in evidenced if not web_idiom(web, _slot(f), word, args.max_web_share)]
        if is_verb(word) and not word.endswith("ing"):
            slots += _prepositional_to(word, determined, tele_determined, bare, tele_bare, args)
        if slots:
            out[word] = [f for f in evidenced if f in slots or _news_overrules_web(
                f, determined[f, word] + tele_determined[f, word], bare[f, word] + tele_bare[f, word], args)]
            out[word] += [f for f in slots if f not in evidenced]
    return dict(sorted(out.items()))


def _news_overrules_web(frame_: str, determined: int, bare: int, args: argparse.Namespace) -> bool:
    """Whether the news counts show that a noun needs its article after "of" although the Web vetoed the slot.

    The Web's counts ignore case and cannot tell where a noun phrase ends, so its "of party" holds titles ("Leader
    of Party", "Minister of Economy") and compounds ("of party politics"), which say nothing of a bare noun ending
    its phrase ("a member of party."). The news corpus can: `--min-of-determined` uses of "of the noun" that end
    the phrase, and not one bare, overrule the Web. Only a noun that needs its article in some slot the Web does
    not veto is given this one ("of its own." shows no noun)."""
    return _slot(frame_) == "of" and determined >= args.min_of_determined and bare == 0


def _prepositional_to(word: str, determined: Counter[tuple[str, str]], tele_determined: Counter[tuple[str, str]],
                      bare: Counter[tuple[str, str]], tele_bare: Counter[tuple[str, str]],
                      args: argparse.Namespace) -> list[str]:
    """The `pto` slots of a noun that is a verb too: "to" where the word before makes it a preposition ("damage to
    the building", see `to_heads`). Its evidence is the noun seen determined after any "to" (a determiner makes it
    a noun) and seen bare at most `--max-bare-slot` times after such a word ("brought to market" keeps "market"
    out). The Web cannot veto these: its "to report" is mostly an infinitive. An -ing word may be a gerund
    ("close to signing"), so the caller leaves it out."""
    out = []
    for after in ("", "of"):
        base, f = frame("to", after), frame(TO_PREPOSITION, after)
        if determined[base, word] + tele_determined[base, word] >= args.min_slot \
                and bare[f, word] <= args.max_bare_slot and tele_bare[f, word] <= args.telegraphic_slot:
            out.append(f)
    return out


def web_idiom(web: Counter[tuple[str, str]], slot: str, word: str, share: float) -> bool:
    """Whether the Web writes `slot word` bare too often for a slip: more than `share` as often as "the word", or
    more often than "slot the word" is expected (the share of "the" after the slot times the share of `word` after
    "the"), as in "over budget" and "within reason", which a slot that rarely takes "the" hides from the first test.
    `web[the, ""]` holds the count of "the" alone."""
    bare = web[slot, word]
    expected = web[slot, "the"] * web["the", word] / max(web["the", ""], 1)
    return bare > share * web["the", word] or bare > expected


def load_web_pairs() -> Counter[tuple[str, str]]:
    """Google Web 1T pairs shipped in `wordsegment` (lower case, seen >= 100,000 times), and the count of "the"
    alone under ("the", "")."""
    import wordsegment  # build-time only

    folder = Path(wordsegment.__file__).parent
    pairs: Counter[tuple[str, str]] = Counter()
    for line in (folder / "bigrams.txt").read_text(encoding="utf-8").splitlines():
        key, _, value = line.partition("\t")
        first, _, second = key.lower().partition(" ")
        pairs[first, second] += int(value)
    for line in (folder / "unigrams.txt").read_text(encoding="utf-8").splitlines():
        key, _, value = line.partition("\t")
        if key == "the":
            pairs["the", ""] = int(value)
    return pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sources", default="", help="comma-separated sources to count (default: all)")
    parser.add_argument("--min-determined", type=int, default=20)
    parser.add_argument("--min-edited", type=int, default=10, help="determined uses needed in edited news")
    parser.add_argument("--max-bare-share", type=float, default=0.03)
    parser.add_argument("--min-slot", type=int, default=1, help="determined uses needed after the slot")
    parser.add_argument("--max-bare-slot", type=int, default=1)
    parser.add_argument("--telegraphic", default="reuters-21578", help="sources that drop articles by house style")
    parser.add_argument("--telegraphic-share", type=float, default=0.1)
    parser.add_argument("--telegraphic-slot", type=int, default=3)
    parser.add_argument("--max-web-share", type=float, default=0.025)
    parser.add_argument("--min-of-determined", type=int, default=20,
                        help="uses of 'of the noun' ending its phrase, with none bare, that overrule the Web's veto")
    parser.add_argument("--min-noun-share", type=float, default=0.5,
                        help="share of a verb's uses after a determiner that makes its 'to' uses no evidence")
    parser.add_argument("--min-to-determined", type=int, default=10,
                        help="uses of 'word to <determiner>' that make 'to' after the word a preposition")
    parser.add_argument("--max-to-infinitive", type=float, default=0.03,
                        help="share of 'word to <verb>' among 'word to <lower-case word>' allowed such a word")
    parser.add_argument("--min-verb-uses", type=int, default=20, help="uses after a subject pronoun that make a verb")
    parser.add_argument("--max-verb-nominal", type=float, default=0.05,
                        help="uses after a determiner allowed a verb, as a share of its uses after a subject pronoun")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    sources = set(filter(None, args.sources.split(","))) or {"wikinews", "bbc-mlg-ucd", "reuters-21578"}
    telegraphic = set(filter(None, args.telegraphic.split(",")))
    heads = to_heads(args.corpus, sources, args.min_to_determined, args.max_to_infinitive)
    prepositional = heads | COMPLEX_TO
    verbs = finite_verbs(args.corpus, sources, args.min_verb_uses, args.max_verb_nominal)
    nouns = table(count(args.corpus, sources - telegraphic, prepositional, verbs),
                  count(args.corpus, sources & telegraphic, prepositional, verbs),
                  load_web_pairs(), args, noun_shares(args.corpus, sources - telegraphic))
    lines = ["# noun<TAB>slots after which it needs an article, 'in+of' when 'of' follows the noun"
             f" ('{TO_PREPOSITION}': 'to' after a word of the {TO_HEADS} line); built by scripts/build_article_nouns.py"]
    lines += [f"{noun}\t{' '.join(slots)}" for noun, slots in nouns.items()]
    lines.append(f"{TO_HEADS}\t{' '.join(sorted(heads))}")
    lines.append(f"{VERBS}\t{' '.join(sorted(verbs))}")
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(nouns)} nouns -> {args.out}")


if __name__ == "__main__":
    main()
