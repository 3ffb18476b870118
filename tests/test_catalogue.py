"""The rule set as a whole: ids match paths, every file validates, kinds are known."""

from __future__ import annotations

from lint.rules.loader import builtin_rules_dir, compile_rule
from lint.rules.model import Rule


def test_ids_match_paths(builtin_rules: list[Rule]) -> None:
    for rule in builtin_rules:
        if rule.kind == "languagetool":
            continue
        category, _, name = rule.id.partition(".")
        assert rule.path.parent.name == category, rule.path
        assert rule.path.stem == name, rule.path


def test_every_rule_compiles(builtin_rules: list[Rule]) -> None:
    for rule in builtin_rules:
        compile_rule(rule)


def test_rules_are_found_in_the_package() -> None:
    assert any(builtin_rules_dir().rglob("*.yml"))
