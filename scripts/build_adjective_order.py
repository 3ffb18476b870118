"""Build lint/data/adjective-order.tsv, the table behind mt-artefact.adjective-after-noun.

Run by hand when the inputs change (not at lint time, not by the tests):

    pip install wordsegment   # build-time only: Google Web 1T pair counts
    python scripts/build_adjective_order.py [--corpus news.jsonl.gz] [--sources a,b] [--out path]

How the table is made, and why (see lint/checks/adjective_order.py for the detector):

1. Count words and adjacent tokens (words and the punctuation . , ; :) in the
   paragraphs of edited news: the shared news corpus, all sources by default.
   A possessive is one token ("Machines'", "firm's"), so "Portvale Machines'
   new chief" is no evidence that "machines new" occurs; only words of
   letters alone become adjectives or nouns.
2. Find the *attributive adjectives*: words English puts before a noun and
   almost never after one. The evidence is only how a word is used, never a
   word list: a lower-case word seen at least `--min-count` times that
   - follows a determiner (the, a, his, ...) in at least 10% of its uses
     (it sits inside a noun phrase),
   - is followed by punctuation in at most 5% (it rarely ends a phrase, as
     nouns and predicative adjectives do: "the public.", "years old."),
   - follows a copula or degree word (is, was, very, so, ...) in at most 5%
     ("is available", "too small": an adjective that stands after a noun as
     a complement, "made the files public", is left out),
   - is followed by a lower-case word in at least half of its uses, and by
     one of the 60 commonest words (of, to, in, ...) in at most 10% of its
     news uses and 30% of its Web pairs (which drops ordinals, numbers and
     adverbs: "came first", "the issue next year", "direct from"),
   - does not end in -ly: an adverb before a participle ("newly", "seasonally")
     stands after a noun in a reduced relative ("the firm newly formed").
3. Pair each with the nouns it is seen to modify ("new law", "former mayor"):
   a pair in the Web counts shipped in `wordsegment` (a trillion words; only
   pairs seen 100,000 times or more are listed) or seen at least once in the
   news corpus in lower case. The noun must not itself be an attributive
   adjective, and, when the corpus knows it (20 uses or more), must end a
   phrase in at least 5% of its uses, as nouns do ("best", "only" do not):
   before punctuation, or before "of" when it is not mostly a modifier
   itself (before another content word in at most half its uses), since a
   noun that mostly takes an "of" phrase ends one before it ("a number of",
   "a portion of"; not "the best of", "chief of staff"). Nor may it follow a
   copula or degree word in 3% of its uses or more, as adjectives and
   participles do ("is wealthy", "very determined", "was released"): an
   adjective before another ("a wealthy young widow") is no inversion.
   Seen after a determiner 20 times or more, it must end the phrase there
   (before punctuation or one of the 60 commonest words) in at least 10% of
   those uses: "the only way", "a strong team", "a popular show" take a noun
   after them, so "a strong new signal" is no inversion either.
   A word that rarely ends a phrase overall but does so in 80% of its uses
   after a determiner is a noun there: "boost" and "find" are mostly verbs,
   "a boost to", "the find." are nouns.
4. Keep a (noun, adjective) pair only when the reversed order never occurs:
   not among the Web pairs, not once in the news corpus.
5. *Predicative adjectives* ("big", "large", "small", "young", "public")
   fail step 2 only because they also stand after a noun as its complement
   ("made the files public", "is small"): seen after a determiner in at
   least 20% of their uses, before a lower-case word in at least 80%, before
   punctuation in at most 10% and after a copula or degree word in at most
   15% ("old", "available", "little" are not). They get nouns as in steps
   3-4 and are marked `after-preposition`: the detector flags them only in
   a preposition's object, where no verb can take a complement; those that
   almost never stand before a word in -ed (at most 1%: not "first", "wide",
   which are adverbs too: "The song first topped") are marked `at-start` and
   flagged at the start of a sentence as well; those that almost never take an "of" complement
   (in at most 0.2% of their uses; not "short of", "first of") are marked
   `before-of` too: before "of" they cannot be a complement either ("a
   portion large of the market"). Neither kind of adjective is taken for a
   noun of the other.
6. *Two adjectives* in a noun phrase keep an order too ("a new chemical
   model", "the former chief economist"): for each adjective, the
   modifiers it stands before at least twice in the news, before two
   different words or more (not a fixed name: "commercial real estate"),
   and never after (news in any case, Web pairs). A modifier stands before
   a lower-case content word in at least 70% of its uses, so it is no noun.
   Adjectives that head an "of" phrase in more than 0.2% of their uses
   ("the few of", "the largest of") get none: they head noun phrases too
   ("the other few days"). These go in a fourth column.

Only derived pairs are written (adjective, then the nouns): no corpus text.
Measure false alarms on text the table was not built from (build with
`--sources` leaving one out, lint the one left out with the rule's `table`
parameter), as tests/benchmarks/collocation_holdout.py does for spun
collocations.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "news-corpus" / "news.jsonl.gz"
DEFAULT_OUT = ROOT / "lint" / "data" / "adjective-order.tsv"

_TOKEN = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?['’]?|[.,;:]")
_PUNCT = frozenset(".,;:")
DETERMINERS = frozenset("the a an his her its their our this".split())
#: The marker of an adjective that also stands after a noun as its complement ("made the files public").
AFTER_PREPOSITION = "after-preposition"
#: The marker of a predicative adjective that never takes an "of" complement ("large", not "short of").
BEFORE_OF = "before-of"
#: The marker of a predicative adjective that is no adverb: flagged after a noun that opens a sentence too.
AT_START = "at-start"
#: Words before a predicative adjective: copulas and degree words.
PREDICATORS = frozenset("is was are were be been being very so too remain remained become became seems".split())


def count(corpus: Path, sources: set[str] | None, skip_every: int = 0) -> tuple[
        Counter[str], Counter[tuple[str, str]], Counter[tuple[str, str]], Counter[tuple[str, str]]]:
    """Token counts, adjacent-token counts (case kept), for each pair of lower-case words how many different
    lower-case words follow it ("commercial real" is always followed by "estate"), and the adjacent tokens
    that follow a determiner ("the only way" counts ("only", "way")) in the corpus's paragraphs.

    `skip_every` leaves out every n-th modern story, the ones the recall benchmarks inject defects into
    (tests/benchmarks/recall.py `held_out`), so that recall can be measured with a table blind to them.
    """
    unigrams: Counter[str] = Counter()
    bigrams: Counter[tuple[str, str]] = Counter()
    trigrams: set[tuple[str, str, str]] = set()
    determined: Counter[tuple[str, str]] = Counter()
    modern = 0
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            story = json.loads(line)
            if sources and story["source"] not in sources:
                continue
            if story["source"] in ("wikinews", "bbc-mlg-ucd"):
                modern += 1
                if skip_every and modern % skip_every == 0:
                    continue
            for para in story["body"].split("\n\n"):
                tokens = _TOKEN.findall(para)
                unigrams.update(tokens)
                bigrams.update(zip(tokens, tokens[1:]))
                trigrams.update(t for t in zip(tokens, tokens[1:], tokens[2:]) if all(w.isalpha() and w.islower() for w in t))
                determined.update((b, c) for a, b, c in zip(tokens, tokens[1:], tokens[2:]) if a.lower() in DETERMINERS)
    return unigrams, bigrams, Counter((a, b) for a, b, _ in trigrams), determined


def load_web_pairs() -> Counter[tuple[str, str]]:
    """Google Web 1T pairs shipped in `wordsegment` (lower case, seen >= 100,000 times)."""
    import wordsegment  # type: ignore[import-untyped]  # build-time only

    pairs: Counter[tuple[str, str]] = Counter()
    for line in (Path(wordsegment.__file__).parent / "bigrams.txt").read_text(encoding="utf-8").splitlines():
        key, value = line.split("\t")
        first, _, second = key.partition(" ")
        pairs[first, second] += int(value)
    return pairs


def attributive_adjectives(unigrams: Counter[str], bigrams: Counter[tuple[str, str]],
                           web: Counter[tuple[str, str]], min_count: int) -> tuple[set[str], set[str]]:
    """Words used before nouns and almost never after them (step 2 of the module docstring), and the
    predicative ones of step 5, which also stand after a noun as its complement ("made the files public")."""
    common = {w for w, _ in Counter({w: n for w, n in unigrams.items() if w.islower()}).most_common(60)}
    ends: Counter[str] = Counter()
    before_lower: Counter[str] = Counter()
    before_common: Counter[str] = Counter()
    after_det: Counter[str] = Counter()
    after_pred: Counter[str] = Counter()
    for (a, b), n in bigrams.items():
        if b in _PUNCT:
            ends[a] += n
        elif b.islower():
            before_lower[a] += n
            before_common[a] += n if b in common else 0
        if a in DETERMINERS:
            after_det[b] += n
        elif a in PREDICATORS:
            after_pred[b] += n
    web_all: Counter[str] = Counter()
    web_common: Counter[str] = Counter()
    for (a, b), n in web.items():
        web_all[a] += n
        web_common[a] += n if b in common else 0
    candidates = {w for w, n in unigrams.items()
                  if n >= min_count and w.isalpha() and w.islower() and len(w) >= 3 and not w.endswith("ly")
                  and web_common[w] <= 0.3 * max(1, web_all[w])}
    strict = {w for w in candidates
              if after_det[w] >= 0.1 * unigrams[w] and ends[w] <= 0.05 * unigrams[w]
              and after_pred[w] <= 0.05 * unigrams[w] and before_lower[w] >= 0.5 * unigrams[w]
              and before_common[w] <= 0.1 * before_lower[w]}
    predicative = {w for w in candidates - strict
                   if after_det[w] >= 0.2 * unigrams[w] and ends[w] <= 0.1 * unigrams[w]
                   and after_pred[w] <= 0.15 * unigrams[w] and before_lower[w] >= 0.8 * unigrams[w]
                   and before_common[w] <= 0.15 * before_lower[w]}
    return strict, predicative


def inversions(unigrams: Counter[str], bigrams: Counter[tuple[str, str]], web: Counter[tuple[str, str]],
               adjectives: set[str], determined: Counter[tuple[str, str]] | None = None,
               max_predicated: float = 0.03, min_heading: float = 0.1) -> dict[str, list[str]]:
    """Adjective -> nouns it modifies whose reversed order ("law new") English never shows (steps 3-4).
    `determined`: the pairs after a determiner (count()), for the test that a noun seen after one 20 times or
    more ends the phrase there in `min_heading` of those uses ("the only way", "a strong team": no nouns)."""
    common = {w for w, _ in Counter({w: n for w, n in unigrams.items() if w.islower()}).most_common(60)}
    ends: Counter[str] = Counter()
    before_of: Counter[str] = Counter()
    modifies: Counter[str] = Counter()
    for (a, b), n in bigrams.items():
        if b in _PUNCT:
            ends[a] += n
        elif b == "of":
            before_of[a] += n
        elif b.islower() and b not in common:
            modifies[a] += n
    # A noun heads its phrase before punctuation or "of" ("a number of"); "of" counts only for a word that is
    # not mostly a modifier itself ("the best of", "chief of staff": "best single", "chief executive").
    heads = Counter({w: ends[w] + (before_of[w] if modifies[w] <= 0.5 * unigrams[w] else 0) for w in unigrams})
    after_predicator = Counter({b: n for (a, b), n in bigrams.items() if a in PREDICATORS})
    after_determiner: Counter[str] = Counter()
    heads_after_determiner: Counter[str] = Counter()
    for (a, b), n in (determined or Counter()).items():
        after_determiner[a] += n
        heads_after_determiner[a] += n if b in _PUNCT or b in common else 0
    seen = {(a, b) for (a, b) in web if a in adjectives} | {(a, b) for (a, b) in bigrams if a in adjectives}
    table: dict[str, list[str]] = {}
    for adjective, noun in seen:
        if not (noun.isalpha() and noun.islower() and len(noun) >= 3) or noun in adjectives:
            continue
        # A word mostly used as a verb ("boost", "find") is a noun after a determiner if it ends the phrase there
        # in 80% of those uses ("a boost to", "the find."), though it rarely ends one overall.
        determined_head = after_determiner[noun] >= 20 and heads_after_determiner[noun] >= 0.8 * after_determiner[noun]
        if unigrams[noun] >= 20 and (heads[noun] < 0.05 * unigrams[noun] and not determined_head
                                     or after_predicator[noun] >= max_predicated * unigrams[noun]):
            continue
        if after_determiner[noun] >= 20 and heads_after_determiner[noun] < min_heading * after_determiner[noun]:
            continue
        if (noun, adjective) in web or bigrams[noun, adjective] or bigrams[noun.capitalize(), adjective]:
            continue
        table.setdefault(adjective, []).append(noun)
    return {a: sorted(nouns) for a, nouns in sorted(table.items())}


def modifier_inversions(unigrams: Counter[str], bigrams: Counter[tuple[str, str]], web: Counter[tuple[str, str]],
                        adjectives: set[str], nouns: dict[str, list[str]], followers: Counter[tuple[str, str]],
                        min_seen: int = 2, min_followers: int = 2, min_modifying: float = 0.7) -> dict[str, list[str]]:
    """Adjective -> modifiers it stands before, never after, in a noun phrase of two adjectives (step 6):
    "new chemical", "former chief", "main political", seen `min_seen` times in the news, the reversed order
    never (neither in the news, in any case, nor among the Web's pairs), and followed by `min_followers`
    different words at least, so the pair is no fixed name ("commercial real estate"). The modifier stands before a
    lower-case content word in `min_modifying` of its uses or more, so it is no noun that could end a phrase,
    and is no noun of the adjective already. An adjective that heads an "of" phrase (in more than 0.2% of its
    uses: "the few of", "the largest of") may head its noun phrase too ("the other few"), and has none."""
    common = {w for w, _ in Counter({w: n for w, n in unigrams.items() if w.islower()}).most_common(60)}
    modifies: Counter[str] = Counter()
    for (a, b), n in bigrams.items():
        if b.isalpha() and b.islower() and b not in common:
            modifies[a] += n
    table: dict[str, list[str]] = {}
    for (adjective, modifier), n in bigrams.items():
        if (adjective in adjectives and n >= min_seen and followers[adjective, modifier] >= min_followers
                and bigrams[adjective, "of"] <= 0.002 * unigrams[adjective]
                and modifier.isalpha() and modifier.islower()
                and len(modifier) >= 3 and unigrams[modifier] >= 20
                and modifies[modifier] >= min_modifying * unigrams[modifier]
                and modifier not in nouns.get(adjective, ()) and not bigrams[modifier, adjective]
                and not bigrams[modifier.capitalize(), adjective] and (modifier, adjective) not in web):
            table.setdefault(adjective, []).append(modifier)
    return {a: sorted(modifiers) for a, modifiers in sorted(table.items())}


def _markers(adjective: str, unigrams: Counter[str], bigrams: Counter[tuple[str, str]]) -> list[str]:
    """A predicative adjective's markers (step 5): always `after-preposition`; `before-of` when it takes no "of"
    complement; `at-start` when it hardly ever stands before a past participle or past tense, as an adverb does
    ("The song first topped the charts", "wide open")."""
    n = unigrams[adjective]
    before_ed = sum(c for (a, b), c in bigrams.items() if a == adjective and b.islower() and len(b) > 4
                    and b.endswith("ed"))
    return ([AFTER_PREPOSITION] + ([BEFORE_OF] if bigrams[adjective, "of"] <= 0.002 * n else [])
            + ([AT_START] if before_ed <= 0.01 * n else []))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sources", default="", help="comma-separated sources to count (default: all)")
    parser.add_argument("--min-count", type=int, default=100, help="uses needed to judge a word an adjective")
    parser.add_argument("--skip-every", type=int, default=0,
                        help="leave out every n-th modern story (the recall benchmarks' held-out stories: 10)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    unigrams, bigrams, followers, determined = count(args.corpus, set(filter(None, args.sources.split(","))) or None,
                                                     args.skip_every)
    web = load_web_pairs()
    strict, predicative = attributive_adjectives(unigrams, bigrams, web, args.min_count)
    both = inversions(unigrams, bigrams, web, strict | predicative, determined)
    table = {a: nouns for a, nouns in both.items() if a in strict}
    after_preposition = {a: nouns for a, nouns in both.items() if a in predicative}
    modifiers = modifier_inversions(unigrams, bigrams, web, set(both), both, followers)
    lines = ["# adjective<TAB>nouns it precedes, never follows<TAB>[after-preposition [before-of] [at-start]: predicative,"
             " flagged only where no verb can take it as a complement]<TAB>modifiers it precedes, never follows"
             " (built by scripts/build_adjective_order.py)"]
    markers = {a: " ".join(_markers(a, unigrams, bigrams)) for a in after_preposition}
    lines += [f"{a}\t{' '.join(both[a])}\t{markers.get(a, '')}\t{' '.join(modifiers.get(a, []))}".rstrip("\t")
              for a in sorted(both)]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(table)} adjectives and {len(after_preposition)} predicative ones,"
          f" {sum(map(len, both.values()))} pairs and {sum(map(len, modifiers.values()))} of two adjectives"
          f" -> {args.out}")


if __name__ == "__main__":
    main()
