"""Baselines: adopt newslint on an archive without fixing every old story first.

`--update-baseline FILE` records the findings of today's run; `--baseline FILE`
then reports only findings that are not in it. A finding is recognised by a
fingerprint that survives the text moving: the rule, the matched text and a
few words on either side of it on the same line, all with whitespace and case
normalised. Line numbers and offsets are left out on purpose, so adding a
paragraph above an old defect does not make it new.

The same fingerprint can occur more than once in a file (two identical
comment-form leftovers); the baseline counts them, and a run reports only the
occurrences beyond the recorded count (the later ones in reading order).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from lint.engine import FileResult
from lint.errors import ConfigError
from lint.findings import Finding

BASELINE_VERSION = 1

#: Words of context taken on each side of the match.
CONTEXT_WORDS = 3

_SPACE = re.compile(r"\s+")


def _normal(text: str) -> str:
    return _SPACE.sub(" ", text).strip().casefold()


def fingerprint(finding: Finding, source: str) -> str:
    """A stable id for a finding: rule, matched text and nearby words, no positions."""
    line_start = source.rfind("\n", 0, finding.offset) + 1
    line_end = source.find("\n", finding.end_offset)
    if line_end == -1:
        line_end = len(source)
    before = source[line_start:finding.offset].split()[-CONTEXT_WORDS:]
    after = source[finding.end_offset:line_end].split()[:CONTEXT_WORDS]
    key = "\x1f".join((finding.rule, _normal(finding.match), _normal(" ".join(before)), _normal(" ".join(after))))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


def baseline_key(path: str, baseline_file: Path) -> str:
    """A file's name in a baseline: relative to the baseline's folder, POSIX slashes.

    Relative to the baseline rather than the current folder, so a baseline
    works whether newslint runs from the repository root or a subfolder.
    """
    if path == "-":
        return path
    folder = baseline_file.resolve().parent
    return Path(os.path.relpath(Path(path).resolve(), folder)).as_posix()


def write_baseline(results: Sequence[FileResult], file: Path) -> int:
    """Record every finding of `results` in `file`; returns how many."""
    entries = []
    for result in results:
        key = baseline_key(result.path, file)
        for finding in result.findings:
            entries.append({"path": key, "rule": finding.rule, "match": finding.match, "fingerprint": fingerprint(finding, result.source)})
    entries.sort(key=lambda e: (e["path"], e["rule"], e["fingerprint"]))
    document = {"version": BASELINE_VERSION, "tool": "newslint", "findings": entries}
    file.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return len(entries)


def load_baseline(file: Path) -> Counter[tuple[str, str]]:
    """(path key, fingerprint) -> how many such findings the baseline accepts."""
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{file}: cannot read baseline ({exc.strerror or exc})") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ConfigError(f"{file}: malformed baseline ({exc})") from None
    if not isinstance(data, dict) or data.get("version") != BASELINE_VERSION or not isinstance(data.get("findings"), list):
        raise ConfigError(f"{file}: not a newslint baseline (version {BASELINE_VERSION} expected)")
    counts: Counter[tuple[str, str]] = Counter()
    for entry in data["findings"]:
        if not isinstance(entry, dict) or not isinstance(entry.get("path"), str) or not isinstance(entry.get("fingerprint"), str):
            raise ConfigError(f"{file}: malformed baseline entry {entry!r}")
        counts[(entry["path"], entry["fingerprint"])] += 1
    return counts


def filter_new(results: Sequence[FileResult], baseline: Counter[tuple[str, str]], file: Path) -> int:
    """Drop from `results` (in place) the findings `baseline` (loaded from `file`) accepts; returns how many."""
    known = baseline.copy()
    dropped = 0
    for result in results:
        key = baseline_key(result.path, file)
        kept: list[Finding] = []
        for finding in result.findings:
            slot = (key, fingerprint(finding, result.source))
            if known[slot] > 0:
                known[slot] -= 1
                dropped += 1
            else:
                kept.append(finding)
        result.findings = kept
    return dropped
