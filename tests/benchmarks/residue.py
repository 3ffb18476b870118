"""Web-residue benchmark: furniture found on real pages, false alarms on clean news (run by hand).

Two measurements of the `web-residue` rules (nothing else runs):

pages   The text a careless scraper keeps from real news pages: the visible
        text of the page from a few lines before the article to a few lines
        after it, as plain text. Every line that is not part of the page's
        true article body is furniture. Prints how many furniture lines get a
        warning or error (recall) and how many article lines do (false
        alarms), per data set and per rule; `--show-missed N` prints missed
        furniture lines, `--show-false N` flagged article lines.
        - article-extraction-benchmark: page text is its `html-text` output
          (the whole visible page), truth is `ground-truth.json`.
        - readability-test-pages: page text is extracted here from
          `source.html.gz` by joining text nodes as the markup has them
          (block elements start a new line, inline ones are not spaced),
          truth is the text of `expected.html.gz`.
corpus  Flags per 10,000 words per rule and severity on the news corpus
        (title, blank line, body), and the throughput of the web-residue rules.

    python tests/benchmarks/residue.py pages
    python tests/benchmarks/residue.py pages --show-missed 40
    python tests/benchmarks/residue.py corpus --source reuters-21578

Only English pages are scored (truth text with enough English function words).
Page text is read from ../shared/data (beside the checkout) and never written anywhere.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from lint.engine import Linter  # noqa: E402
from lint.findings import Finding, Severity  # noqa: E402
from lint.rules.loader import builtin_rules_dir, load_rules  # noqa: E402

DATA = Path(__file__).resolve().parents[3] / "shared" / "data"
CORPUS = DATA / "news-corpus" / "news.jsonl.gz"
#: Lines of page text kept on each side of the article.
MARGIN = 30

_SPACE = re.compile(r"\s+")
_ENGLISH = re.compile(r"\b(?:the|and|of|to|is|that|with)\b", re.IGNORECASE)


def norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def english(text: str) -> bool:
    words = max(1, len(text.split()))
    return len(_ENGLISH.findall(text)) / words > 0.08


# -- page text --------------------------------------------------------------

_BLOCK = {
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure",
    "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
    "pre", "section", "table", "td", "th", "tr", "ul", "option", "select", "button", "label", "title",
}
_SKIP = {"script", "style", "noscript", "template", "svg", "iframe", "head", "canvas", "object"}


class _Text(HTMLParser):
    """Visible text as a careless scraper sees it: text nodes joined as they stand."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)

    def lines(self) -> list[str]:
        text = "".join(self.parts)
        return [line for line in (norm(piece) for piece in text.split("\n")) if line]


def html_lines(html: str) -> list[str]:
    parser = _Text()
    parser.feed(html)
    parser.close()
    return parser.lines()


@dataclass(frozen=True)
class Page:
    name: str
    lines: tuple[str, ...]   # the scraper's text, one line per text line
    article: tuple[bool, ...]  # line is part of the true article body


def _marks(lines: list[str], body: str, paragraphs: set[str]) -> list[bool]:
    """Which page lines are article text.

    A long line inside the body is article text; a short one must be a whole
    paragraph of it ("Twitter" or "More" occur inside many bodies without
    being part of them), or continue the body exactly where the article line
    before it stopped: a paragraph split by a link or a line break ("...he
    got rid of." on a line of its own) is still article text.
    """
    marks, cursor = [], -1
    for line in lines:
        at = -1
        if cursor >= 0:
            pos = cursor + (body[cursor:cursor + 1] == " ")
            at = pos if body.startswith(line, pos) else -1
        if at < 0 and (line in paragraphs or len(line) >= 40 or len(line.split()) >= 3):
            at = body.find(line)
        marks.append(at >= 0)
        if at >= 0:
            cursor = at + len(line)
    return marks


def _page(name: str, lines: list[str], truth: str) -> Page | None:
    body = norm(truth)
    if len(body) < 200 or not english(body):
        return None
    # A long line inside the body is article text; a short one must be a whole paragraph of it
    # ("Twitter" or "More" occur inside many bodies without being part of them).
    paragraphs = {norm(p) for p in re.split(r"\n", truth)}
    marks = _marks(lines, body, paragraphs)
    inside = [i for i, m in enumerate(marks) if m]
    if not inside:
        return None
    lo, hi = max(0, inside[0] - MARGIN), min(len(lines), inside[-1] + MARGIN + 1)
    return Page(name, tuple(lines[lo:hi]), tuple(marks[lo:hi]))


def zyte_pages() -> Iterator[Page]:
    root = DATA / "article-extraction-benchmark"
    truth = json.loads((root / "ground-truth.json").read_text())
    pages = json.loads((root / "output" / "html-text.json").read_text())["output"]
    for key, item in truth.items():
        text = pages.get(key, {}).get("articleBody", "")
        page = _page(key[:12], [norm(line) for line in text.split("\n") if norm(line)], item["articleBody"])
        if page:
            yield page


def readability_pages() -> Iterator[Page]:
    root = DATA / "readability-test-pages" / "pages"
    for folder in sorted(root.iterdir()):
        try:
            source = gzip.open(folder / "source.html.gz", "rt", encoding="utf-8", errors="replace").read()
            expected = gzip.open(folder / "expected.html.gz", "rt", encoding="utf-8", errors="replace").read()
        except OSError:
            continue
        page = _page(folder.name, html_lines(source), "\n".join(html_lines(expected)))
        if page:
            yield page


# -- scoring ----------------------------------------------------------------


@dataclass
class Score:
    pages: int = 0
    furniture: int = 0
    article: int = 0
    furniture_hit: int = 0
    furniture_info: int = 0
    article_hit: int = 0
    article_info: int = 0
    by_rule: Counter[str] = field(default_factory=Counter)
    false_by_rule: Counter[str] = field(default_factory=Counter)
    missed: list[str] = field(default_factory=list)
    false: list[tuple[str, str]] = field(default_factory=list)


def _line_findings(text: str, lines: Sequence[str], findings: Sequence[Finding]) -> list[list[Finding]]:
    """Findings overlapping each line of `text` (lines joined by blank lines)."""
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 2
    out: list[list[Finding]] = [[] for _ in lines]
    for f in findings:
        for i, s in enumerate(starts):
            if f.offset < s + len(lines[i]) and s < f.end_offset:
                out[i].append(f)
    return out


def score(linter: Linter, pages: Iterator[Page]) -> Score:
    result = Score()
    for page in pages:
        result.pages += 1
        # One line per paragraph, as a scraper writes them; the first line is the title block.
        text = "\n\n".join(page.lines)
        findings = linter.lint_text(text).findings
        for line, is_article, found in zip(page.lines, page.article, _line_findings(text, page.lines, findings)):
            strong = [f for f in found if f.severity >= Severity.WARNING]
            if is_article:
                result.article += 1
                result.article_hit += bool(strong)
                result.article_info += bool(found) and not strong
                for f in strong:
                    result.false_by_rule[f.rule] += 1
                if strong:
                    result.false.append((line, strong[0].rule))
            else:
                result.furniture += 1
                result.furniture_hit += bool(strong)
                result.furniture_info += bool(found) and not strong
                for f in strong:
                    result.by_rule[f.rule] += 1
                if not found:
                    result.missed.append(line)
    return result


def pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "n/a"


def print_score(name: str, s: Score, show_missed: int, show_false: int) -> None:
    print(f"== {name}: {s.pages} English pages, {s.furniture} furniture lines, {s.article} article lines")
    print(f"   furniture flagged (warning/error): {s.furniture_hit} = {pct(s.furniture_hit, s.furniture)}"
          f"   (+ info only: {s.furniture_info} = {pct(s.furniture_info, s.furniture)})")
    print(f"   article lines flagged (warning/error): {s.article_hit} = {pct(s.article_hit, s.article)}"
          f"   (info only: {s.article_info})")
    for rule, n in s.by_rule.most_common():
        print(f"     {rule:40} furniture {n:5}   article {s.false_by_rule[rule]:4}")
    for line, rule in s.false[:show_false]:
        print(f"   FALSE {rule}: {line[:140]!r}")
    for line in s.missed[:show_missed]:
        print(f"   MISSED: {line[:140]!r}")


# -- corpus -----------------------------------------------------------------


def corpus(linter: Linter, sources: set[str]) -> None:
    counts: Counter[tuple[str, str]] = Counter()
    words = 0
    spent = 0.0
    for raw in gzip.open(CORPUS, "rt", encoding="utf-8"):
        story = json.loads(raw)
        if story["source"] not in sources:
            continue
        text = story["title"] + "\n\n" + story["body"]
        words += len(text.split())
        began = time.perf_counter()
        findings = linter.lint_text(text).findings
        spent += time.perf_counter() - began
        for f in findings:
            counts[(f.rule, str(f.severity))] += 1
    print(f"== corpus {','.join(sorted(sources))}: {words} words, web-residue rules at {words / spent:,.0f} words/s")
    strong = sum(n for (_, sev), n in counts.items() if sev != "info")
    print(f"   warnings+errors: {strong} = {strong * 1e4 / words:.3f} per 10k words")
    for (rule, sev), n in sorted(counts.items()):
        print(f"     {rule:40} {sev:8} {n:5}  {n * 1e4 / words:.3f} per 10k")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("mode", choices=["pages", "corpus"])
    parser.add_argument("--source", default="wikinews,bbc-mlg-ucd")
    parser.add_argument("--show-missed", type=int, default=0)
    parser.add_argument("--show-false", type=int, default=20)
    args = parser.parse_args(argv)
    rules = [r for r in load_rules([builtin_rules_dir()]) if r.category == "web-residue" and r.enabled]
    linter = Linter(rules=rules)
    if args.mode == "corpus":
        corpus(linter, set(args.source.split(",")))
        return 0
    total = Score()
    for name, pages in (("article-extraction-benchmark", zyte_pages()), ("readability-test-pages", readability_pages())):
        s = score(linter, pages)
        print_score(name, s, args.show_missed, args.show_false)
        for attr in ("pages", "furniture", "article", "furniture_hit", "furniture_info", "article_hit", "article_info"):
            setattr(total, attr, getattr(total, attr) + getattr(s, attr))
    print(f"== both: furniture flagged {pct(total.furniture_hit, total.furniture)}, "
          f"article lines flagged {pct(total.article_hit, total.article)} ({total.article_hit} of {total.article})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
