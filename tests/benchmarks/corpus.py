"""False alarms and speed of a rule set on a news corpus (run by hand, not by pytest).

Lints every story of a JSONL corpus (title + blank line + body, as plain text)
with the default rule set (LanguageTool off) on one core, and prints, per
rule, flags per 10,000 words (warnings and errors apart from info), the total
of warnings and errors per 10,000 words, and the throughput.

    python tests/benchmarks/corpus.py                      # wikinews + bbc-mlg-ucd
    python tests/benchmarks/corpus.py --source reuters-21578 --limit 2000
    python tests/benchmarks/corpus.py --show consistency.us-abbreviation
    python tests/benchmarks/corpus.py --select fact --profile

Stories are linted in the engine's batches (Linter.lint_texts), as the
command line lints many files: rule by rule over a batch, about 1.5 times as
fast as one story at a time. Words are whitespace tokens of the linted text
(the corpus's own count).
Throughput counts only the CPU time spent linting (process time: one core,
and fair while other programs share the machine), not reading the corpus.
Tables that detectors load on first use (word frequencies, dictionaries) are
loaded by a warm-up over the first stories, timed apart and printed as the
start-up cost: a steady-state rate would otherwise depend on the corpus size.
"""

from __future__ import annotations

import argparse
import fnmatch
import gzip
import json
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # run from anywhere, against this checkout
    sys.path.insert(0, str(ROOT))

from lint.config import Config  # noqa: E402
from lint.document import Document  # noqa: E402
from lint.engine import BATCH_FILES, Linter  # noqa: E402
from lint.findings import Finding, Hit, Severity  # noqa: E402

DEFAULT_CORPUS = Path(__file__).resolve().parents[3] / "shared" / "data" / "news-corpus" / "news.jsonl.gz"
DEFAULT_SOURCES = "wikinews,bbc-mlg-ucd"


@dataclass(frozen=True)
class Story:
    id: str
    source: str
    text: str


@dataclass
class Tally:
    """What one run found, rule by rule."""

    stories: int = 0
    words: int = 0
    seconds: float = 0.0
    serious: Counter[str] = field(default_factory=Counter)  # warning + error
    info: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    rule_seconds: Counter[str] = field(default_factory=Counter)


def stories(path: Path, sources: set[str] | None, limit: int | None) -> Iterator[Story]:
    """The corpus's stories, filtered by source, at most `limit` of them."""
    opener: Any = gzip.open if path.suffix == ".gz" else open
    count = 0
    with opener(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            if limit is not None and count >= limit:
                return
            data = json.loads(line)
            if sources and data.get("source") not in sources:
                continue
            title = (data.get("title") or "").strip()
            body = data.get("body") or ""
            text = f"{title}\n\n{body}" if title else body
            count += 1
            yield Story(str(data.get("id", count)), str(data.get("source", "")), text)


class _Timed:
    """Wraps a rule's matcher to add up the time its `find` takes."""

    def __init__(self, rule_id: str, matcher: Any, clock: Counter[str]) -> None:
        self.rule_id, self.matcher, self.clock = rule_id, matcher, clock

    def find(self, doc: Document) -> Iterator[Hit]:
        start = time.process_time()
        hits = list(self.matcher.find(doc))
        self.clock[self.rule_id] += time.process_time() - start
        return iter(hits)

    def __getattr__(self, name: str) -> Any:
        """Everything else is the matcher's: the engine asks some for more than `find` (`masked`, `notice`)."""
        return getattr(self.matcher, name)


def _batches(corpus: Iterator[Story], size: int) -> Iterator[list[Story]]:
    batch: list[Story] = []
    for story in corpus:
        batch.append(story)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _context(text: str, f: Finding, width: int) -> str:
    before = text[max(0, f.offset - width):f.offset]
    after = text[f.end_offset:f.end_offset + width]
    flat = lambda s: " ".join(s.split("\n"))  # noqa: E731
    return f"{flat(before)}[[{flat(f.match)}]]{flat(after)}"


def run(linter: Linter, corpus: Iterator[Story], show: Sequence[str], width: int, show_limit: int, out: Any) -> Tally:
    """Lint the stories in the engine's batches, as the command line lints many files."""
    tally = Tally()
    shown = 0
    for batch in _batches(corpus, BATCH_FILES):
        start = time.process_time()
        results = linter.lint_texts((story.text, "text", story.id) for story in batch)
        tally.seconds += time.process_time() - start
        for story, result in zip(batch, results):
            tally.stories += 1
            tally.words += len(story.text.split())
            if result.error:
                tally.errors.append(result.error)
            for f in result.findings:
                (tally.info if f.severity == Severity.INFO else tally.serious)[f.rule] += 1
                if show and any(fnmatch.fnmatchcase(f.rule, p) or f.category == p for p in show) and shown < show_limit:
                    shown += 1
                    print(f"{story.id} {f.line}:{f.column} {f.rule} [{f.severity}] {f.message}", file=out)
                    print(f"    {_context(story.text, f, width)}", file=out)
    return tally


def report(tally: Tally, rule_ids: Sequence[str], out: Any, profile: bool) -> None:
    per10k = (lambda n: 10000 * n / tally.words) if tally.words else (lambda n: 0.0)
    print(f"\nstories {tally.stories:,}   words {tally.words:,}", file=out)
    fired = sorted(set(tally.serious) | set(tally.info), key=lambda r: (-tally.serious[r], -tally.info[r], r))
    if fired:
        print(f"\n{'rule':44} {'warn+err':>9} {'/10k':>7} {'info':>7} {'/10k':>7}", file=out)
        for rule in fired:
            s, i = tally.serious[rule], tally.info[rule]
            print(f"{rule:44} {s:9d} {per10k(s):7.3f} {i:7d} {per10k(i):7.3f}", file=out)
    total = sum(tally.serious.values())
    print(f"\ntotal warnings+errors: {total}  = {per10k(total):.3f} per 10k words", file=out)
    print(f"total info:            {sum(tally.info.values())}  = {per10k(sum(tally.info.values())):.3f} per 10k words", file=out)
    speed = tally.words / tally.seconds if tally.seconds else 0.0
    print(f"throughput: {speed:,.0f} words/s ({tally.seconds:.2f} s linting, one core, {len(rule_ids)} rules)", file=out)
    if profile:
        print(f"\n{'rule':44} {'seconds':>8} {'share':>6}", file=out)
        spent = sum(tally.rule_seconds.values()) or 1.0
        for rule, secs in tally.rule_seconds.most_common():
            print(f"{rule:44} {secs:8.3f} {100 * secs / spent:5.1f}%", file=out)
        print(f"{'(outside rules: parsing, sentences, dedupe)':44} {tally.seconds - spent:8.3f}", file=out)
    for error in tally.errors[:10]:
        print(f"ERROR {error}", file=out)
    if len(tally.errors) > 10:
        print(f"... and {len(tally.errors) - 10} more errors", file=out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS, help="JSONL(.gz) with title, body, source")
    parser.add_argument("--source", default=DEFAULT_SOURCES, help=f"comma-separated sources, or 'all' (default {DEFAULT_SOURCES})")
    parser.add_argument("--limit", type=int, help="lint at most this many stories")
    parser.add_argument("--select", action="append", default=[], help="only these rule ids/globs/categories (repeatable)")
    parser.add_argument("--ignore", action="append", default=[], help="skip these rule ids/globs/categories (repeatable)")
    parser.add_argument("--show", action="append", default=[], help="print matches of this rule id/glob/category (repeatable)")
    parser.add_argument("--show-limit", type=int, default=200, help="print at most this many matches (default 200)")
    parser.add_argument("--context", type=int, default=60, help="characters of context each side (default 60)")
    parser.add_argument("--profile", action="store_true", help="time each rule")
    parser.add_argument("--warmup", type=int, default=20, help="stories linted untimed first, to load tables (default 20)")
    args = parser.parse_args(argv)

    sources = None if args.source == "all" else set(filter(None, args.source.split(",")))
    config = Config(select=tuple(args.select), ignore=tuple(args.ignore), languagetool={"mode": "off"})
    linter = Linter(config)
    tally_clock: Counter[str] = Counter()
    if args.profile:
        for loaded in linter.rules:
            loaded.matcher = _Timed(loaded.rule.id, loaded.matcher, tally_clock)
    rule_ids = [loaded.rule.id for loaded in linter.rules]
    out = sys.stdout
    print(f"corpus {args.corpus}  sources {args.source}  rules {len(rule_ids)}", file=out)
    # Load what detectors load on first use (dictionaries, frequency tables) outside the timed loop.
    warmup = time.process_time()
    linter.lint_text("Warm up\n\nThe council met on Monday, Nov. 14, 2023, in Paris.", "text")
    for story in stories(args.corpus, sources, args.warmup):
        linter.lint_text(story.text, "text", story.id)
    print(f"start-up: {time.process_time() - warmup:.2f} s CPU (tables loaded on first use; warm-up over "
          f"{args.warmup} stories, linted again below)", file=out)
    tally_clock.clear()
    tally = run(linter, stories(args.corpus, sources, args.limit), args.show, args.context, args.show_limit, out)
    tally.rule_seconds = tally_clock
    report(tally, rule_ids, out, args.profile)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
