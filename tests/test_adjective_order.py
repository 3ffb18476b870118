"""mt-artefact.adjective-after-noun: an attributive adjective left after its noun."""

from __future__ import annotations

import pytest

from lint.checks.adjective_order import load_table
from lint.engine import FileResult, Linter
from lint.rules.model import Rule
from tests.conftest import check_positions


@pytest.fixture(scope="module")
def linter(builtin_rules: list[Rule]) -> Linter:
    return Linter(rules=[r for r in builtin_rules if r.id == "mt-artefact.adjective-after-noun"])


def _lint(linter: Linter, text: str) -> FileResult:
    result = linter.lint_text(text, "text", "<test>")
    assert result.error is None, result.error
    check_positions(result)
    return result


def test_flags_inverted_pairs_with_the_english_order_as_suggestion(linter: Linter) -> None:
    text = ("Police questioned the mayor former on Tuesday. Her party said the budget national, "
            "approved in May, was fair. The minister economic resigned.")
    result = _lint(linter, text)
    assert [(f.match, f.suggestions[0]) for f in result.findings] == [
        ("mayor former", "former mayor"),
        ("budget national", "national budget"),
        ("minister economic", "economic minister"),
    ]


def test_skips_names_complements_and_modifiers_of_the_next_word(linter: Linter) -> None:
    text = ("The Bank National opened. They made the records public. The dog, nine years old, slept. "
            "They owed the king military service. There was nothing new. The Guard national team won. "
            "They chose a candidate other than him.")
    assert _lint(linter, text).findings == []


def test_needs_a_determiner_and_a_word_or_punctuation_after(linter: Linter) -> None:
    assert _lint(linter, "Voters backed budget national plans.").findings == []
    assert _lint(linter, "It was the budget national-level plan.").findings == []


def test_table_holds_attributive_adjectives_and_no_reversible_pair() -> None:
    table = load_table()
    assert {"national", "former", "economic", "new"} <= set(table)
    # Adjectives that also stand after a noun ("made it public", "years old") are not listed.
    assert not {"public", "old", "big", "small", "available", "present"} & set(table)
    assert "law" in table["new"] and "mayor" in table["former"]
    # Nouns are never listed adjectives themselves, and pairs English uses reversed are absent.
    assert not set().union(*table.values()) & set(table)
    assert "money" not in table.get("spent", frozenset()) and "something" not in table["new"]
