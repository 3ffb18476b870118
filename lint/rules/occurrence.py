"""`kind: occurrence` — a token that occurs more than `max` times in a scope.

Why it matters: some things are fine once and a defect in bulk, such as
five exclamation marks in a paragraph or a name repeated in every sentence.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from lint.document import Document
from lint.errors import RuleError
from lint.findings import Hit
from lint.rules.existence import compile_tokens_and_patterns
from lint.rules.model import Rule

FIELDS = {"tokens", "patterns", "ignorecase", "max"}
DEFAULT_SCOPE = "sentence"


class Occurrence:
    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        self.pattern = compile_tokens_and_patterns(rule, rule.options.get("ignorecase", True))
        limit = rule.options.get("max")
        if not isinstance(limit, int) or isinstance(limit, bool) or limit < 0:
            raise RuleError(rule.path, "max: must be a whole number", rule.line_of("max") or rule.line_of("kind"))
        self.max = limit

    def find(self, doc: Document) -> Iterator[Hit]:
        for unit in doc.units(self.rule.scope):
            piece = doc.text[unit.start:unit.end]
            for count, m in enumerate(self.pattern.finditer(piece), start=1):
                if count > self.max:
                    yield Hit(unit.start + m.start(), unit.start + m.end(), values={"count": count, "max": self.max})
                    break


def build(rule: Rule, params: Mapping[str, Any]) -> Occurrence:
    return Occurrence(rule)
