"""GitHub Actions workflow commands: findings become annotations on the pull request.

    ::error file=story.md,line=3,col=5,endLine=3,endColumn=12,title=web-residue.comment-form::message

Errors are `::error`, warnings `::warning`, info `::notice`. Columns are given
only for a span on one line (GitHub ignores them otherwise); `endColumn`, like
newslint's own end columns, points just past the last character. Messages
escape `%`, CR and LF; property values also escape `,` and `:`, which would
otherwise end the value.
"""

from __future__ import annotations

from collections.abc import Sequence

from lint.engine import FileResult
from lint.findings import Finding, Severity
from lint.report import ReportOptions

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(value: str) -> str:
    """Escape a command's message (after `::`)."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """Escape a command property value (file=…, title=…)."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def render(results: Sequence[FileResult], options: ReportOptions) -> str:
    lines = []
    for result in results:
        if result.error:
            lines.append(f"::error file={escape_property(result.path)},title=newslint::{escape_data(result.error)}")
        for finding in result.findings:
            lines.append(_annotation(result.path, finding))
    return "".join(line + "\n" for line in lines)


def _annotation(path: str, f: Finding) -> str:
    props = [("file", path), ("line", str(f.line))]
    if f.line == f.end_line:
        props += [("col", str(f.column)), ("endColumn", str(f.end_column))]
    else:
        props.append(("endLine", str(f.end_line)))
    props.append(("title", f.rule))
    joined = ",".join(f"{key}={escape_property(value)}" for key, value in props)
    return f"::{COMMANDS[f.severity]} {joined}::{escape_data(f.message)}"
