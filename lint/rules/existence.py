"""`kind: existence` — flag phrases or patterns that should not be in a story.

Why it matters: most web residue and many artefacts are closed lists of
phrases ("Leave a Reply", "Acquire license rights"); one combined pattern per
rule finds them all in a single pass.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from lint.document import Document
from lint.errors import RuleError
from lint.findings import Hit
from lint.rules.model import Rule
from lint.rules.patterns import alternation, compile_regex, phrase_regex
from lint.rules.scan import scan_except

FIELDS = {"tokens", "patterns", "ignorecase", "exceptions", "fix", "replacements"}
DEFAULT_SCOPE = "paragraph"


def string_list(rule: Rule, key: str) -> list[str]:
    """A rule field that must be a list of strings (empty when absent)."""
    value = rule.options.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise RuleError(rule.path, f"{key}: must be a list of non-empty strings", rule.line_of(key))
    return value


def compile_exceptions(rule: Rule, ignorecase: bool) -> Any:
    """Patterns whose matches veto a hit they overlap (names, set phrases)."""
    exceptions = string_list(rule, "exceptions")
    if not exceptions:
        return None
    return compile_regex(alternation(exceptions), ignorecase=ignorecase, where=(str(rule.path), rule.line_of("exceptions"), "exceptions"))


def shipped(rule: Rule) -> bool:
    """True for a rule that ships with newslint: its patterns were each compiled by the test suite
    (tests/test_rule_loading.py), so a start-up need not compile them one by one again (0.16 s)."""
    from lint.rules.loader import builtin_rules_dir

    return rule.path.is_relative_to(builtin_rules_dir())


def compile_tokens_and_patterns(rule: Rule, ignorecase: bool) -> Any:
    """One RE2 pattern for a rule's `tokens` (literal phrases) and `patterns` (regexes)."""
    tokens = string_list(rule, "tokens")
    patterns = string_list(rule, "patterns")
    where = (str(rule.path), rule.line_of("patterns"), "patterns")
    if not shipped(rule):  # each alone first, so an error names the bad one (shipped rules are checked by the tests)
        for p in patterns:
            compile_regex(p, ignorecase=ignorecase, where=where)
    if not tokens and not patterns:
        raise RuleError(rule.path, "needs 'tokens' or 'patterns'", rule.line_of("kind"))
    return compile_regex(alternation([phrase_regex(t) for t in tokens] + patterns), ignorecase=ignorecase, where=where)


class Existence:
    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        ignorecase = rule.options.get("ignorecase", True)
        self.pattern = compile_tokens_and_patterns(rule, ignorecase)
        self.exceptions = compile_exceptions(rule, ignorecase)
        fix = rule.options.get("fix")
        if fix is not None and not isinstance(fix, str):
            raise RuleError(rule.path, "fix: must be a string (empty to delete)", rule.line_of("fix"))
        self.fix: str | None = fix
        self.replacements = tuple(string_list(rule, "replacements"))

    def find(self, doc: Document) -> Iterator[Hit]:
        for start, end in scan_except(doc, self.rule.scope, self.pattern, self.exceptions):
            replacements = self.replacements or ((self.fix,) if self.fix else ())
            yield Hit(start, end, replacements=replacements, fix=self.fix)


def build(rule: Rule, params: Mapping[str, Any]) -> Existence:
    return Existence(rule)
