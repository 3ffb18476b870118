"""`kind: repetition` — the same token twice in a row ("the the", across a line break too).

Why it matters: doubled words are the commonest slip of hurried typing and
of copy pasted together from two drafts; spell checkers do not see them.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from lint.document import Document
from lint.findings import Hit
from lint.rules.existence import string_list
from lint.rules.model import Rule
from lint.rules.patterns import compile_regex, normalize

FIELDS = {"token", "exceptions", "ignorecase"}
DEFAULT_SCOPE = "paragraph"


class Repetition:
    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        token = rule.options.get("token", r"\pL+(?:['’]\pL+)?")
        self.token = compile_regex(token, ignorecase=False, where=(str(rule.path), rule.line_of("token"), "token"))
        self.exceptions = {normalize(e) for e in string_list(rule, "exceptions")}
        self.ignorecase = rule.options.get("ignorecase", True)

    def find(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        for unit in doc.units(self.rule.scope):
            piece = text[unit.start:unit.end]
            prev: tuple[int, int] | None = None
            for m in self.token.finditer(piece):
                start, end = m.span()
                if prev is not None and piece[prev[1]:start].isspace():
                    a, b = piece[prev[0]:prev[1]], piece[start:end]
                    same = a.casefold() == b.casefold() if self.ignorecase else a == b
                    if same and normalize(a) not in self.exceptions:
                        yield Hit(unit.start + prev[0], unit.start + end, replacements=(a,), fix=a)
                        prev = None
                        continue
                prev = (start, end)


def build(rule: Rule, params: Mapping[str, Any]) -> Repetition:
    return Repetition(rule)
