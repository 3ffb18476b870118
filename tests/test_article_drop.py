"""mt-artefact.dropped-article: 'the' left out before a singular count noun."""

from __future__ import annotations

import pytest

from lint.checks.article_drop import load_table
from lint.engine import FileResult, Linter
from lint.rules.model import Rule
from tests.conftest import check_positions


@pytest.fixture(scope="module")
def linter(builtin_rules: list[Rule]) -> Linter:
    return Linter(rules=[r for r in builtin_rules if r.id == "mt-artefact.dropped-article"])


def _lint(linter: Linter, text: str) -> FileResult:
    result = linter.lint_text(text, "text", "<test>")
    assert result.error is None, result.error
    check_positions(result)
    return result


def test_flags_a_bare_count_noun_that_ends_its_phrase(linter: Linter) -> None:
    text = ("The port is now the busiest in world. Fishermen said decision was taken too late. "
            "In country, prices rose by a tenth. It is the oldest club in world - and the smallest. "
            "Work started at beginning of May. Voters are unhappy with economy or worried about jobs.")
    result = _lint(linter, text)
    assert [(f.match, f.suggestions[0]) for f in result.findings] == [
        ("in world", "in the world"),
        ("said decision", "said the decision"),
        ("In country", "In the country"),
        ("in world", "in the world"),
        ("at beginning", "at the beginning"),
        ("with economy", "with the economy"),
    ]


def test_skips_compounds_pairs_idioms_and_verbs(linter: Linter) -> None:
    text = ("A slump in world trade hit the docks. The band toured from country to country. "
            "She played for club and country. The ruling on the said decision stands. "
            "It was some sort of statement. Staff left after meeting with the board. "
            "They spoke of knock-on effects in world markets. Prices were broken down by country.")
    assert _lint(linter, text).findings == []


def test_skips_a_capitalised_slot_inside_a_sentence_and_headlines(linter: Linter) -> None:
    text = "Deal With Country Leaves Farmers Angry\n\nFans of the Carry On series in world cinema met."
    assert _lint(linter, text).findings == []


def test_allow_silences_a_pair(builtin_rules: list[Rule]) -> None:
    rule = next(r for r in builtin_rules if r.id == "mt-artefact.dropped-article")
    linter = Linter(rules=[rule])
    assert _lint(linter, "It is the biggest in world.").findings
    linter.rules[0].matcher.p.update(allow=["In  World"])  # type: ignore[attr-defined]
    assert _lint(linter, "It is the biggest in world.").findings == []


def test_table_lists_count_nouns_and_no_plurals_or_mass_nouns() -> None:
    table = load_table()
    assert {"world", "country", "decision"} <= table.keys()
    assert not {"court", "hospital", "news", "police", "people"} & table.keys()
    assert not any(noun.endswith("s") and not noun.endswith(("ss", "us", "is")) for noun in table)
