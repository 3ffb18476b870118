"""Every rule's YAML examples are tests: bad ones are flagged where marked, good ones are not."""

from __future__ import annotations

import string

import pytest

from lint.rules.loader import builtin_rules_dir, load_rules
from lint.rules.model import Example, Rule
from tests.conftest import check_positions, lint_example

_RULES = load_rules([builtin_rules_dir()])


def _cases(which: str) -> list[object]:
    cases = []
    for rule in _RULES:
        examples: tuple[Example, ...] = getattr(rule, which)
        for i, example in enumerate(examples):
            rel = f"rules/{rule.path.parent.name}/{rule.path.name}"
            cases.append(pytest.param(rule, example, id=f"{rel}::{which}[{i}]"))
    return cases


@pytest.mark.parametrize(("rule", "example"), _cases("bad"))
def test_bad_example_is_flagged(rule: Rule, example: Example) -> None:
    if rule.kind == "languagetool":
        pytest.skip("needs a real LanguageTool: run by tests/test_grammar_languagetool.py (marker `languagetool`)")
    text, spans, result = lint_example(rule, example)
    assert result.error is None, result.error
    found = [f for f in result.findings if f.rule == rule.id or f.rule.startswith(rule.id + ".")]
    assert found, f"{rule.id} did not flag: {text!r}"
    check_positions(result)
    # Every {name} of the YAML message is filled: a placeholder left in it shows the editor a template.
    names = [f"{{{field}}}" for _, field, _, _ in string.Formatter().parse(rule.message) if field]
    unfilled = [f.message for f in found if any(n in f.message and n not in f.match for n in names)]
    assert not unfilled, f"{rule.id}: message with an unfilled placeholder: {unfilled[0]!r}"
    if spans:
        flagged = [(f.offset, f.end_offset) for f in found]
        # Positions are in the source; for plain text the source is the example itself.
        assert flagged == spans, f"{rule.id} flagged {[text[s:e] for s, e in flagged]}, expected {[text[s:e] for s, e in spans]}"
    if example.fix is not None:
        assert found[0].suggestions and found[0].suggestions[0] == example.fix


@pytest.mark.parametrize(("rule", "example"), _cases("good"))
def test_good_example_is_clean(rule: Rule, example: Example) -> None:
    text, _, result = lint_example(rule, example)
    assert result.error is None, result.error
    found = [f"{f.match!r} ({f.message})" for f in result.findings if f.rule == rule.id or f.rule.startswith(rule.id + ".")]
    assert not found, f"{rule.id} flagged a good example: {found}"
