"""The compact report: one line per finding, for editors' quickfix lists and grep.

    story.md:3:5: error web-residue.comment-form Page furniture left in the story: …

A file that could not be linted gives one line `path: error: message`. Line
breaks inside a message become spaces, so every finding stays on one line.
"""

from __future__ import annotations

from collections.abc import Sequence

from lint.engine import FileResult
from lint.report import ReportOptions


def _one_line(text: str) -> str:
    return " ".join(text.split())


def render(results: Sequence[FileResult], options: ReportOptions) -> str:
    lines = []
    for result in results:
        if result.error:
            detail = result.error.removeprefix(f"{result.path}: ")
            lines.append(f"{result.path}: error: {_one_line(detail)}")
        for f in result.findings:
            lines.append(f"{result.path}:{f.line}:{f.column}: {f.severity} {f.rule} {_one_line(f.message)}")
    return "".join(line + "\n" for line in lines)
