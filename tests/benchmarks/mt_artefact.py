"""Measure the mt-artefact rules (run by hand, not collected by pytest).

    python tests/benchmarks/mt_artefact.py corpus     # every flag on edited news, all sources
    python tests/benchmarks/mt_artefact.py tortured   # recall on the tortured-phrase list
    python tests/benchmarks/mt_artefact.py mqm        # overlap with expert MQM error spans (zh→en news MT)

`corpus` lists each flag with its context, per source, and flags per 10,000
words: the curated lists must not fire on edited news at all. `tortured`
lints each unconditioned multi-word entry of the Problematic Paper Screener
list in a neutral sentence and counts how many are flagged (the list is
measured against, never copied into the repo). `mqm` lints every distinct MT
output segment and reports how many findings fall on an annotated error span
and how many annotated spans are found.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from lint.engine import Linter  # noqa: E402 - after the sys.path set-up above
from lint.rules.loader import builtin_rules_dir, load_rules  # noqa: E402

DATA = Path(__file__).resolve().parents[3] / "shared" / "data"
NEWS = DATA / "news-corpus" / "news.jsonl.gz"
TORTURED = DATA / "tortured-phrases" / "tortured_phrases.jsonl"
MQM = DATA / "wmt-mqm-zhen" / "mqm_generalMT2023_zhen_news.spans.jsonl.gz"


def linter(select: str) -> Linter:
    rules = [r for r in load_rules([builtin_rules_dir()]) if r.id.startswith(select)]
    return Linter(rules=rules)


def corpus(args: argparse.Namespace) -> None:
    lint = linter(args.select)
    words: Counter[str] = Counter()
    flags: Counter[str] = Counter()
    per_rule: Counter[tuple[str, str]] = Counter()
    seconds = 0.0
    with gzip.open(NEWS, "rt", encoding="utf-8") as f:
        for line in f:
            story = json.loads(line)
            if args.source and story["source"] not in args.source.split(","):
                continue
            text = f"{story['title']}\n\n{story['body']}"
            start = time.perf_counter()
            result = lint.lint_text(text)
            seconds += time.perf_counter() - start
            words[story["source"]] += len(text.split())
            for finding in result.findings:
                flags[story["source"]] += 1
                per_rule[(story["source"], finding.rule)] += 1
                left = text[max(0, finding.offset - 60):finding.offset].replace("\n", " ")
                right = text[finding.end_offset:finding.end_offset + 60].replace("\n", " ")
                print(f"{story['id']}\t{finding.rule}\t{finding.severity.name}\t…{left}[[{finding.match}]]{right}…")
    total = sum(words.values())
    for source in sorted(words):
        print(f"{source}: {flags[source]} flags in {words[source]} words = {flags[source] / words[source] * 10000:.3f} per 10k")
    for (source, rule), n in sorted(per_rule.items()):
        print(f"  {source} {rule}: {n} ({n / words[source] * 10000:.3f} per 10k)")
    print(f"speed: {total / seconds:,.0f} words/s for {args.select}* alone")


def news_phrases(phrases: set[str]) -> Counter[str]:
    """How often each of `phrases` occurs in the news corpus (lower case, whole words)."""
    import re

    pattern = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)) + r")\b")
    seen: Counter[str] = Counter()
    with gzip.open(NEWS, "rt", encoding="utf-8") as f:
        for line in f:
            story = json.loads(line)
            seen.update(pattern.findall(f"{story['title']}\n\n{story['body']}".lower()))
    return seen


def _original(entry: dict[str, object]) -> str:
    """The expected phrase without its "(abbreviation)"."""
    return str(entry["expected"] or "").split(" (")[0].strip().lower()


def tortured(args: argparse.Namespace) -> None:
    """Recall on the whole list, and on the entries whose original is news vocabulary."""
    lint = linter(args.select)
    entries = []
    for line in TORTURED.open(encoding="utf-8"):
        entry = json.loads(line)
        if entry["proximity"] or entry["extra_condition"] or len(entry["phrase"].split()) < 2:
            continue
        entries.append(entry)
    in_news = news_phrases({_original(e) for e in entries if _original(e)})
    found = news_total = news_found = 0
    for entry in entries:
        phrase = entry["phrase"]
        newsy = in_news[_original(entry)] >= args.min_news
        news_total += newsy
        text = f"The report said the {phrase} was discussed at length."
        if lint.lint_text(text).findings:
            found += 1
            news_found += newsy
            if args.verbose:
                print(f"found\t{phrase}\t{entry['expected']}")
    print(f"tortured-phrase recall: {found}/{len(entries)} = {found / len(entries):.1%} (unconditioned multi-word entries)")
    print(f"  on entries whose original occurs {args.min_news}+ times in the news corpus: {news_found}/{news_total} = {news_found / max(news_total, 1):.1%}")


def mqm(args: argparse.Namespace) -> None:
    lint = linter(args.select)
    spans: dict[str, list[tuple[int, int, str]]] = {}
    with gzip.open(MQM, "rt", encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            if row["severity"] in ("No-error", "HOTW-test"):
                continue
            target = row["target"]
            spans.setdefault(target, [])
            for start, end in row["target_error_spans"]:
                spans[target].append((start, end, row["category"]))
    findings = on_error = 0
    found_spans: Counter[str] = Counter()
    all_spans: Counter[str] = Counter()
    for target, marked in spans.items():
        for _, _, category in set(marked):
            all_spans[category] += 1
        result = lint.lint_text(target)
        hit_spans: set[tuple[int, int, str]] = set()
        for finding in result.findings:
            findings += 1
            overlaps = {m for m in marked if m[0] < finding.end_offset and finding.offset < m[1]}
            on_error += bool(overlaps)
            hit_spans |= overlaps
            if args.verbose:
                print(f"{'ERR' if overlaps else 'ok?'}\t{finding.rule}\t{finding.match!r}\t{target}")
        for _, _, category in hit_spans:
            found_spans[category] += 1
    words = sum(len(t.split()) for t in spans)
    print(f"MQM: {len(spans)} segments, {words} words, {findings} findings, {on_error} on an annotated error span")
    for category, n in all_spans.most_common(8):
        print(f"  {category}: {found_spans[category]}/{n} spans found")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=("corpus", "tortured", "mqm"))
    parser.add_argument("--select", default="mt-artefact", help="rule id prefix (default: mt-artefact)")
    parser.add_argument("--source", default="", help="corpus sources, comma-separated (default: all)")
    parser.add_argument("--min-news", type=int, default=5, help="tortured: an original this frequent in news is news vocabulary")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    {"corpus": corpus, "tortured": tortured, "mqm": mqm}[args.what](args)


if __name__ == "__main__":
    main()
