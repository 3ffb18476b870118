"""The JSON report: one document on stdout, schema `version: 1` (see README)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from lint.engine import FileResult
from lint.report import ReportOptions
from lint.report.summary import severity_counts

SCHEMA_VERSION = 1


def render(results: Sequence[FileResult], options: ReportOptions) -> str:
    files: list[dict[str, Any]] = []
    for result in results:
        entry: dict[str, Any] = {
            "path": result.path,
            "error": result.error,
            "findings": [f.to_dict() for f in result.findings],
        }
        if result.notices:
            entry["notices"] = list(result.notices)
        if result.figures is not None:
            entry["readability"] = result.figures.to_dict()
        files.append(entry)
    document = {
        "version": SCHEMA_VERSION,
        "tool": {"name": "newslint", "version": options.version},
        "files": files,
        "summary": {
            "files": len(results),
            "findings": sum(len(r.findings) for r in results),
            **severity_counts(results),
        },
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
