"""`kind: substitution` — a phrase that should be another, with a suggestion.

Why it matters: spun and mistranslated phrases have a known original
("human rights of man" → "human rights"); the editor wants the fix, not just
the alarm. `safe: true` lets `--fix` apply it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from lint.document import Document
from lint.errors import RuleError
from lint.findings import Hit
from lint.rules.existence import compile_exceptions
from lint.rules.model import Rule
from lint.rules.patterns import alternation, compile_regex, normalize, phrase_regex
from lint.rules.scan import scan_except

FIELDS = {"swap", "ignorecase", "exceptions", "safe"}
DEFAULT_SCOPE = "paragraph"


def match_case(replacement: str, original: str) -> str:
    """Give the replacement the capitalisation of what it replaces."""
    if original.isupper() and len(original) > 1:
        return replacement.upper()
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


class Substitution:
    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        swap = rule.options.get("swap")
        if not isinstance(swap, Mapping) or not swap:
            raise RuleError(rule.path, "swap: must be a mapping of phrase to replacement", rule.line_of("swap") or rule.line_of("kind"))
        self.table: dict[str, tuple[str, ...]] = {}
        for bad, good in swap.items():
            goods = good if isinstance(good, list) else [good]
            if not isinstance(bad, str) or not bad.strip() or not all(isinstance(g, str) for g in goods):
                raise RuleError(rule.path, f"swap: entry {bad!r} must map a phrase to a string or a list of strings", rule.line_of("swap"))
            key = normalize(bad)
            if key in self.table:
                raise RuleError(rule.path, f"swap: {bad!r} is listed twice", rule.line_of("swap"))
            self.table[key] = tuple(goods)
        ignorecase = rule.options.get("ignorecase", True)
        self.pattern = compile_regex(
            alternation(phrase_regex(bad) for bad in swap),
            ignorecase=ignorecase,
            where=(str(rule.path), rule.line_of("swap"), "swap"),
        )
        self.exceptions = compile_exceptions(rule, ignorecase)
        self.safe = bool(rule.options.get("safe", False))

    def find(self, doc: Document) -> Iterator[Hit]:
        for start, end in scan_except(doc, self.rule.scope, self.pattern, self.exceptions):
            found = doc.text[start:end]
            goods = self.table.get(normalize(found))
            if goods is None:
                continue
            replacements = tuple(match_case(g, found) for g in goods)
            yield Hit(
                start,
                end,
                replacements=replacements,
                fix=replacements[0] if self.safe and len(replacements) == 1 else None,
                values={"replacement": replacements[0] if replacements else ""},
            )


def build(rule: Rule, params: Mapping[str, Any]) -> Substitution:
    return Substitution(rule)
