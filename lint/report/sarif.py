"""The SARIF 2.1.0 report, for GitHub code scanning and other CI dashboards.

Each finding is a result with a physical location (a URI relative to the
current folder, and a region with lines, columns and character offsets in
Unicode code points, as `columnKind` says) and, when a safe fix exists, a
`fixes` entry. `tool.driver.rules` describes every rule that reported,
from its YAML: the first sentence of the description is the short
description, the whole of it the full one, and the help shows examples.
Files that could not be linted become tool execution notifications.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

from lint.baseline import fingerprint
from lint.engine import FileResult
from lint.findings import Finding, Severity
from lint.report import ReportOptions
from lint.rules.model import Example, Rule

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}

def render(results: Sequence[FileResult], options: ReportOptions) -> str:
    rule_ids = sorted({f.rule for r in results for f in r.findings})
    index = {rule_id: i for i, rule_id in enumerate(rule_ids)}
    sarif_results = []
    for result in results:
        uri = artifact_uri(result.path)
        for finding in result.findings:
            sarif_results.append(_result(finding, result, uri, index[finding.rule]))
    notifications = [
        {
            "level": "error",
            "message": {"text": r.error},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": artifact_uri(r.path)}}}],
        }
        for r in results
        if r.error
    ]
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "newslint",
                        "version": options.version,
                        "semanticVersion": options.version,
                        "rules": [_descriptor(rule_id, options.rules.get(rule_id), results) for rule_id in rule_ids],
                    }
                },
                "invocations": [{"executionSuccessful": not notifications, "toolExecutionNotifications": notifications}],
                "columnKind": "unicodeCodePoints",
                "results": sarif_results,
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


def artifact_uri(path: str) -> str:
    """A relative URI reference for a file: relative to the current folder when inside it."""
    if path == "-":
        return "stdin"
    absolute = Path(path).resolve()
    try:
        relative = absolute.relative_to(Path.cwd().resolve())
    except ValueError:
        return absolute.as_uri()
    return quote(relative.as_posix())


def _region(finding: Finding) -> dict[str, int]:
    return {
        "startLine": finding.line,
        "startColumn": finding.column,
        "endLine": finding.end_line,
        "endColumn": finding.end_column,
        "charOffset": finding.offset,
        "charLength": finding.end_offset - finding.offset,
    }


def _result(finding: Finding, result: FileResult, uri: str, rule_index: int) -> dict[str, Any]:
    location = {"physicalLocation": {"artifactLocation": {"uri": uri}, "region": _region(finding)}}
    entry: dict[str, Any] = {
        "ruleId": finding.rule,
        "ruleIndex": rule_index,
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [location],
        "partialFingerprints": {"newslint/v1": fingerprint(finding, result.source)},
        "properties": {"category": finding.category},
    }
    if finding.fix is not None:
        description = f"Replace with “{finding.fix}”" if finding.fix else "Delete it"
        entry["fixes"] = [
            {
                "description": {"text": description},
                "artifactChanges": [
                    {
                        "artifactLocation": {"uri": uri},
                        "replacements": [{"deletedRegion": _region(finding), "insertedContent": {"text": finding.fix}}],
                    }
                ],
            }
        ]
    return entry


def _descriptor(rule_id: str, rule: Rule | None, results: Sequence[FileResult]) -> dict[str, Any]:
    """A reportingDescriptor; rules that stand for many (LanguageTool) have no YAML of their own."""
    if rule is None:
        category = next(f.category for r in results for f in r.findings if f.rule == rule_id)
        return {
            "id": rule_id,
            "shortDescription": {"text": rule_id},
            "properties": {"tags": [category]},
        }
    description = " ".join(rule.description.split())
    short = first_sentence(description)
    help_text, help_markdown = _help(rule, description)
    return {
        "id": rule.id,
        "name": rule.id,
        "shortDescription": {"text": short},
        "fullDescription": {"text": description},
        "help": {"text": help_text, "markdown": help_markdown},
        "defaultConfiguration": {"level": LEVELS[rule.severity], "enabled": rule.enabled},
        "properties": {"tags": [rule.category]},
    }


def first_sentence(text: str) -> str:
    """The text up to the first full stop outside brackets and quotation marks."""
    depth = 0
    quoted = False
    for i, char in enumerate(text):
        if char in "([“":
            depth += 1
        elif char in ")]”":
            depth = max(0, depth - 1)
        elif char == '"':
            quoted = not quoted
        elif char in ".!?" and not depth and not quoted and text[i + 1:i + 2] in (" ", ""):
            return text[:i + 1]
    return text


def _shown(example: Example) -> str:
    return " ".join(example.text.replace("[[", "").replace("]]", "").split())


def _help(rule: Rule, description: str) -> tuple[str, str]:
    text = [description]
    markdown = [description]
    if rule.bad:
        text.append("Flagged: " + " | ".join(_shown(e) for e in rule.bad[:3]))
        markdown.append("Flagged:\n\n" + "\n".join(f"- `{_shown(e)}`" for e in rule.bad[:3]))
    if rule.good:
        text.append("Not flagged: " + " | ".join(_shown(e) for e in rule.good[:3]))
        markdown.append("Not flagged:\n\n" + "\n".join(f"- `{_shown(e)}`" for e in rule.good[:3]))
    return "\n\n".join(text), "\n\n".join(markdown)
