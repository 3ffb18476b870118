"""The rule model: what every YAML rule declares, whatever its kind."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from lint.document import Document
from lint.findings import Hit, Severity

SCOPES = ("text", "paragraph", "sentence", "line")


@dataclass(frozen=True)
class Example:
    """One example text; `[[…]]` in a bad example marks the span to flag."""

    text: str
    fix: str | None = None
    format: str = "text"


@dataclass(frozen=True)
class Rule:
    """A rule as declared in YAML, validated; kind-specific fields in `options`."""

    id: str
    kind: str
    category: str
    severity: Severity
    message: str
    description: str
    scope: str
    bad: tuple[Example, ...]
    good: tuple[Example, ...]
    path: Path
    options: Mapping[str, Any] = field(default_factory=dict)
    lines: Mapping[str, int] = field(default_factory=dict)
    source: str | None = None
    enabled: bool = True
    #: Block kinds this rule never looks at (e.g. title, caption).
    skip_blocks: frozenset[str] = frozenset()
    #: False: hits inside quoted speech are dropped.
    in_quotes: bool = True

    def line_of(self, key: str) -> int | None:
        """The line of a top-level key in the rule file, for error messages."""
        return self.lines.get(key)


class Matcher(Protocol):
    """What a rule kind builds from a Rule: something that finds hits."""

    def find(self, doc: Document) -> Iterator[Hit]: ...


@dataclass
class LoadedRule:
    """A rule and its compiled matcher, ready to run."""

    rule: Rule
    matcher: Matcher
    severity: Severity
    #: True when the user's config set this rule's severity; it then overrides hit severities too.
    severity_fixed: bool = False
