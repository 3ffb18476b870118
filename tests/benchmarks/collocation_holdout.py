"""False alarms of a table-driven mt-artefact rule on text its table was not built from.

The shipped tables are built from the news corpus, so on that corpus they
cannot fire honestly (mt-artefact.spun-collocation drops every variant seen
there). To measure honestly, this script builds a table from all sources but
one, lints the held-out source with it, and prints flags per 10,000 words and
every flag in context. It also lints the article bodies of the
article-extraction benchmark (news text outside the corpus) and human
post-edits of MT with the shipped table.

    python tests/benchmarks/collocation_holdout.py [--rule spun-collocation] [--min-expected 10]
        [--hold wikinews,bbc-mlg-ucd]

`--rule` is one of RULES: spun-collocation (default), dropped-article,
adjective-after-noun.

Needs the build-time packages of scripts/build_collocations.py.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from lint.engine import Linter  # noqa: E402 - after the sys.path set-up above
from lint.rules.loader import builtin_rules_dir, load_rules  # noqa: E402

NEWS = Path(__file__).resolve().parents[3] / "shared" / "data" / "news-corpus" / "news.jsonl.gz"
BENCHMARK = Path(__file__).resolve().parents[3] / "shared" / "data" / "article-extraction-benchmark" / "ground-truth.json"
POST_EDITS = Path(__file__).resolve().parents[3] / "shared" / "data" / "mlqe-pe-to-english" / "post-editing"
SOURCES = ("wikinews", "bbc-mlg-ucd", "reuters-21578")
#: Rule name -> the script that builds its table (every one takes --sources and --out).
RULES = {"spun-collocation": "build_collocations.py", "dropped-article": "build_article_nouns.py",
         "adjective-after-noun": "build_adjective_order.py"}


def stories(source: str) -> Iterator[tuple[str, str]]:
    with gzip.open(NEWS, "rt", encoding="utf-8") as f:
        for line in f:
            story = json.loads(line)
            if story["source"] == source:
                yield story["id"], f"{story['title']}\n\n{story['body']}"


def benchmark_bodies() -> Iterator[tuple[str, str]]:
    for key, value in json.loads(BENCHMARK.read_text(encoding="utf-8")).items():
        yield key, value["articleBody"]


def post_edits() -> Iterator[tuple[str, str]]:
    """Each archive's human post-edits, one sentence a paragraph, with the tokenizer's spaces before punctuation removed."""
    for archive in sorted(POST_EDITS.glob("*/*.tar.gz")):
        with tarfile.open(archive) as tar:
            member = next(m for m in tar.getmembers() if m.isfile() and m.name.endswith(".pe"))
            data = tar.extractfile(member)
            if data is None:
                continue
            lines = data.read().decode("utf-8").splitlines()
        yield archive.name, "\n\n".join(re.sub(r" ([.,;:!?)'])", r"\1", line) for line in lines)


def run(name: str, texts: Iterator[tuple[str, str]], rule_name: str, table: str, min_expected: float) -> None:
    rule = next(r for r in load_rules([builtin_rules_dir()]) if r.id == f"mt-artefact.{rule_name}")
    linter = Linter(rules=[rule])
    linter.config.overrides[rule.id] = {}
    loaded = linter.rules[0]
    loaded.matcher.p.update(table=table)  # type: ignore[attr-defined]
    if "min_expected" in loaded.matcher.p:  # type: ignore[attr-defined]
        loaded.matcher.p.update(min_expected=min_expected)  # type: ignore[attr-defined]
    words = flags = 0
    for story_id, text in texts:
        words += len(text.split())
        for f in linter.lint_text(text).findings:
            flags += 1
            context = text[max(0, f.offset - 50):f.end_offset + 50].replace("\n", " ")
            print(f"  {story_id}: [[{f.match}]] -> {f.suggestions[0]}   …{context}…")
    print(f"{name}: {flags} flags in {words} words = {flags / max(words, 1) * 10000:.3f} per 10k")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rule", choices=sorted(RULES), default="spun-collocation")
    parser.add_argument("--min-expected", type=float, default=10.0)
    parser.add_argument("--hold", default="wikinews,bbc-mlg-ucd")
    parser.add_argument("--build-args", default="", help="extra arguments for build_collocations.py")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for held in args.hold.split(","):
            table = Path(tmp) / f"without-{held}.tsv"
            others = ",".join(s for s in SOURCES if s != held)
            subprocess.run(
                [sys.executable, str(ROOT / "scripts" / RULES[args.rule]), "--sources", others, "--out", str(table),
                 *args.build_args.split()],
                check=True,
            )
            run(f"{held} (table built without it)", stories(held), args.rule, str(table), args.min_expected)
    run("article-extraction benchmark bodies (shipped table)", benchmark_bodies(), args.rule, "", args.min_expected)
    run("MLQE-PE human post-edits (shipped table)", post_edits(), args.rule, "", args.min_expected)


if __name__ == "__main__":
    main()
