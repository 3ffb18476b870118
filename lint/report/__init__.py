"""Reporters: each turns lint results into text in one format.

A reporter is a module with `render(results, options) -> str`; `REPORTERS`
maps a `--format` name to it. Modules are imported on first use.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from lint.engine import FileResult
from lint.rules.model import Rule

REPORTERS = {
    "text": "lint.report.terminal",
    "json": "lint.report.json",
    "sarif": "lint.report.sarif",
    "github": "lint.report.github",
    "compact": "lint.report.compact",
}


@dataclass(frozen=True)
class ReportOptions:
    """What a reporter may need besides the results."""

    version: str = ""
    color: bool = False
    width: int = 100
    #: Every known rule by id, for reporters that describe rules (SARIF).
    rules: Mapping[str, Rule] = field(default_factory=dict)
    quiet: bool = False
    #: How the terminal report orders a file's findings: "file" (reading order) or "category" (under a heading
    #: per category, the worst first, each in reading order).
    group_by: str = "file"


class Reporter(Protocol):
    def render(self, results: Sequence[FileResult], options: ReportOptions) -> str: ...


def reporter(name: str) -> Reporter:
    """The reporter module for a `--format` name."""
    module: Reporter = importlib.import_module(REPORTERS[name])
    return module
