"""web-residue.inserted-stamp: a byline or a time stamp dropped inside a sentence, and the sentence's own dates left alone."""

from __future__ import annotations

from lint.engine import Linter
from tests.conftest import check_positions

_RULE = "web-residue.inserted-stamp"


def _flagged(linter: Linter, text: str) -> list[str]:
    result = linter.lint_text(text, "text", "<test>")
    assert result.error is None, result.error
    check_positions(result)
    return [f.match for f in result.findings if f.rule == _RULE]


def test_stamp_with_a_separator_between_two_words(linter: Linter) -> None:
    text = ("Ferry fares rise\n\nFares on the morning Ana Torres | Nov 19, 2019, 8:15 pm CST crossing "
            "will rise by a fifth in May.")
    assert _flagged(linter, text) == ["Ana Torres | Nov 19, 2019, 8:15 pm CST"]


def test_byline_needs_a_name(linter: Linter) -> None:
    text = "Ferry fares rise\n\nFares will rise, operators By Ana Torres, Harbour Times said on Monday."
    assert _flagged(linter, text) == ["By Ana Torres, Harbour Times"]


def test_a_time_after_a_preposition_is_the_sentences(linter: Linter) -> None:
    text = "Ferry fares rise\n\nThe new fares start on Nov 19, 2019 at 8:15 pm when the last boat leaves."
    assert _flagged(linter, text) == []


def test_a_date_without_a_time_is_the_sentences(linter: Linter) -> None:
    text = "Ferry fares rise\n\nThe operator said profits in the year ended June 30, 2019 rose by a fifth."
    assert _flagged(linter, text) == []
