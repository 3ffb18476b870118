"""Counts shared by reporters: findings per severity and per category."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from lint.engine import FileResult
from lint.findings import Severity


def severity_counts(results: Sequence[FileResult]) -> dict[str, int]:
    counts = Counter(str(f.severity) for r in results for f in r.findings)
    return {str(s): counts.get(str(s), 0) for s in sorted(Severity, reverse=True)}


def category_counts(results: Sequence[FileResult]) -> Counter[str]:
    return Counter(f.category for r in results for f in r.findings)
