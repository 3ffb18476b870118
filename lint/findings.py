"""Findings: what a rule reports, where, and what to do about it."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any


class Severity(enum.IntEnum):
    """How bad a finding is; ordered so that `max()` and `>=` compare gravity."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, value: str) -> Severity:
        try:
            return cls[value.upper()]
        except KeyError:
            raise ValueError(f"unknown severity {value!r} (use error, warning or info)") from None

    def __str__(self) -> str:
        return self.name.lower()


CATEGORIES = (
    "web-residue",
    "duplication",
    "punctuation",
    "mt-artefact",
    "grammar",
    "spelling",
    "encoding",
    "readability",
    "consistency",
    "style",
    "fact",
)


@dataclass(frozen=True)
class Hit:
    """A match found by a rule, in offsets of `Document.text`.

    Rules produce hits; the engine turns them into findings by adding the
    rule's metadata and mapping the span back to the source file.
    """

    start: int
    end: int
    message: str | None = None
    replacements: tuple[str, ...] = ()
    #: Text that may safely replace the span with `--fix`; None when no safe fix exists.
    fix: str | None = None
    #: Extra values for the rule's message template (beyond {match}).
    values: dict[str, Any] = field(default_factory=dict, compare=False)
    #: Set by rules that stand for many (LanguageTool): the finding's own id,
    #: category and severity instead of the rule's.
    rule: str | None = None
    category: str | None = None
    severity: Severity | None = None
    extra: dict[str, str] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class Finding:
    """One problem at exact positions in the original file.

    Offsets are 0-based, end-exclusive, in code points of the decoded source;
    lines and columns are 1-based, and (end_line, end_column) points just past
    the last character.
    """

    rule: str
    category: str
    severity: Severity
    message: str
    match: str
    offset: int
    end_offset: int
    line: int
    column: int
    end_line: int
    end_column: int
    suggestions: tuple[str, ...] = ()
    fix: str | None = None
    #: Extra, backend-specific data (LanguageTool's short message and URL).
    extra: dict[str, str] = field(default_factory=dict, compare=False)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "rule": self.rule,
            "category": self.category,
            "severity": str(self.severity),
            "message": self.message,
            "match": self.match,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "offset": self.offset,
            "end_offset": self.end_offset,
            "suggestions": list(self.suggestions),
        }
        if self.fix is not None:
            data["fix"] = self.fix
        data.update(self.extra)
        return data
