"""False alarms of the whole default rule set on real published web articles (run by hand).

The news corpus is edited copy from three sources; this is the other half of
"almost no false alarms on clean professional copy": the true article bodies
of real news pages, as a publisher put them online, from two shared data sets.

- article-extraction-benchmark: `ground-truth.json` article bodies, linted as
  plain text (paragraphs as the annotators kept them).
- readability-test-pages: `expected.html.gz`, linted as HTML, so the HTML
  path (positions, block kinds) is measured on real markup too.

These bodies are extractions, not copy desks' files: list items without
markers, embedded tweets and shop widgets are in them. Read the flags with
`--show RULE`: a flag on a real defect of the page is correct.

    python tests/benchmarks/web_articles.py
    python tests/benchmarks/web_articles.py --show grammar.lowercase-sentence-start --context 80

Only English pages are scored (enough English function words, as in residue.py).
Page text is read from ../shared/data (beside the checkout) and never written anywhere.
"""

from __future__ import annotations

import argparse
import fnmatch
import gzip
import json
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
for path in (ROOT, HERE):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from corpus import Tally, _context, report  # noqa: E402
from residue import english  # noqa: E402

from lint.config import Config  # noqa: E402
from lint.engine import Linter  # noqa: E402
from lint.findings import Severity  # noqa: E402
from lint.markup import parse  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
EXTRACTION = DATA / "article-extraction-benchmark" / "ground-truth.json"
READABILITY = DATA / "readability-test-pages"


def pages() -> Iterator[tuple[str, str, str]]:
    """(id, format, text) of every English true article body."""
    truth = json.loads(EXTRACTION.read_text(encoding="utf-8"))
    for page_id, item in sorted(truth.items()):
        body = item.get("articleBody") or ""
        if english(body):
            yield f"aeb:{page_id[:12]}", "text", body
    for entry in json.loads((READABILITY / "index.json").read_text(encoding="utf-8")):
        if not str(entry.get("lang") or "").lower().startswith("en"):
            continue
        expected = READABILITY / "pages" / entry["name"] / "expected.html.gz"
        if expected.is_file():
            yield f"rtp:{entry['name']}", "html", gzip.decompress(expected.read_bytes()).decode("utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--select", action="append", default=[], help="only these rule ids/globs/categories (repeatable)")
    parser.add_argument("--show", action="append", default=[], help="print matches of this rule id/glob/category (repeatable)")
    parser.add_argument("--show-limit", type=int, default=200, help="print at most this many matches (default 200)")
    parser.add_argument("--context", type=int, default=60, help="characters of context each side (default 60)")
    args = parser.parse_args(argv)

    linter = Linter(Config(select=tuple(args.select), languagetool={"mode": "off"}))
    tally, shown = Tally(), 0
    for page_id, format, text in pages():
        start = time.perf_counter()
        result = linter.lint_text(text, format, page_id)
        tally.seconds += time.perf_counter() - start
        tally.stories += 1
        tally.words += len((parse(text, format, page_id).text if format == "html" else text).split())
        if result.error:
            tally.errors.append(result.error)
        for f in result.findings:
            (tally.info if f.severity == Severity.INFO else tally.serious)[f.rule] += 1
            if any(fnmatch.fnmatchcase(f.rule, p) or f.category == p for p in args.show) and shown < args.show_limit:
                shown += 1
                print(f"{page_id} {f.line}:{f.column} {f.rule} [{f.severity}] {f.message}")
                print(f"    {_context(text, f, args.context)}")
    report(tally, [loaded.rule.id for loaded in linter.rules], sys.stdout, profile=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
