"""`kind: consistency` — a story that uses two forms of the same thing.

Why it matters: "U.S." in one paragraph and "US" in the next, or "Zinichev"
and "Zinichyov", tells readers nobody edited the piece. The minority form
is flagged, with the story's majority form as the suggestion.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from lint.document import Document
from lint.errors import RuleError
from lint.findings import Hit
from lint.rules.model import Rule
from lint.rules.patterns import compile_regex
from lint.rules.scan import scan

FIELDS = {"either", "ignorecase"}
DEFAULT_SCOPE = "text"


class Consistency:
    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        either = rule.options.get("either")
        if not isinstance(either, Mapping) or not either:
            raise RuleError(rule.path, "either: must be a mapping of one form's regex to the other's", rule.line_of("either") or rule.line_of("kind"))
        ignorecase = rule.options.get("ignorecase", False)
        where = (str(rule.path), rule.line_of("either"), "either")
        self.pairs = [
            (compile_regex(a, ignorecase=ignorecase, where=where), compile_regex(b, ignorecase=ignorecase, where=where))
            for a, b in either.items()
        ]

    def find(self, doc: Document) -> Iterator[Hit]:
        for unit in doc.units(self.rule.scope):
            piece = doc.text[unit.start:unit.end]
            for a, b in self.pairs:
                first = _spans(doc, piece, a)
                if not first:
                    continue
                second = _spans(doc, piece, b)
                if not second:
                    continue
                # The minority form is the odd one out; on a tie, the form used first sets the style.
                if len(first) > len(second) or (len(first) == len(second) and first[0] < second[0]):
                    major, minor = first, second
                else:
                    major, minor = second, first
                other = piece[major[0][0]:major[0][1]]
                for s, e in minor:
                    yield Hit(unit.start + s, unit.start + e, replacements=(other,), values={"other": other})


def _spans(doc: Document, piece: str, pattern: Any) -> list[tuple[int, int]]:
    """Spans of `pattern` in `piece`; the whole text is searched in its once-encoded form (cheaper)."""
    if len(piece) == len(doc.text):
        return list(scan(doc, "text", pattern))
    return [m.span() for m in pattern.finditer(piece)]


def build(rule: Rule, params: Mapping[str, Any]) -> Consistency:
    return Consistency(rule)
