"""web-residue.inserted-headline: a headline in title case dropped inside a sentence, and titles of works left alone."""

from __future__ import annotations

from lint.engine import Linter
from tests.conftest import check_positions

_RULE = "web-residue.inserted-headline"


def _flagged(linter: Linter, text: str) -> list[str]:
    result = linter.lint_text(text, "text", "<test>")
    assert result.error is None, result.error
    check_positions(result)
    return [f.match for f in result.findings if f.rule == _RULE]


def test_headline_between_two_words_of_a_clause(linter: Linter) -> None:
    text = ("Ferry fares rise\n\nThe operator said fares on the Why Your Phone Is Slower Than It Was "
            "morning crossing would rise by a fifth in May.")
    assert _flagged(linter, text) == ["Why Your Phone Is Slower Than It Was"]


def test_question_mark_closes_the_headline(linter: Linter) -> None:
    text = "Ferry fares rise\n\nFares rose faster than Can Your Pension Survive a Crash? anyone had expected this year."
    assert _flagged(linter, text) == ["Can Your Pension Survive a Crash?"]


def test_names_and_offices_are_no_headline(linter: Linter) -> None:
    text = ("Ferry fares rise\n\nThe Chief Executive Officer of the Harbour Bank of Portvale said the "
            "Department for Transport had approved the rise.")
    assert _flagged(linter, text) == []


def test_a_story_about_works_keeps_its_titles(linter: Linter) -> None:
    text = ("Band tops chart\n\nThe band's new album went straight to number one, and fans sang "
            "Why Your Phone Is Slower Than It Was along with them at every concert.")
    assert _flagged(linter, text) == []


def test_a_title_the_story_repeats_is_its_own(linter: Linter) -> None:
    text = ("Campaign launched\n\nThe council launched Have You Checked Your Smoke Alarm week on Monday. "
            "Volunteers will visit homes during Have You Checked Your Smoke Alarm week to fit new ones.")
    assert _flagged(linter, text) == []


def test_sentence_ends_bound_the_run(linter: Linter) -> None:
    text = "Ferry fares rise\n\nFares rose on the route to Harbour Point. Your ticket Is Valid for a year, it said."
    assert _flagged(linter, text) == []


def test_headline_glued_to_a_paragraph_leaves_out_the_sentence(linter: Linter) -> None:
    text = ("Ferry fares rise\n\nFares rose on Monday.\n\n"
            "Ten Things Your Dentist Won't Tell You Operators said the rise would pay for two new boats.")
    assert _flagged(linter, text) == ["Ten Things Your Dentist Won't Tell You"]


def test_a_paragraph_may_open_with_a_question_word(linter: Linter) -> None:
    text = "Ferry fares rise\n\nFares rose on Monday.\n\nWhat Harbour Ferries Ltd Chief Executive Ana Torres did next surprised everyone."
    assert _flagged(linter, text) == []


def test_business_words_do_not_make_a_story_about_works(linter: Linter) -> None:
    text = ("Ferry profits rise\n\nThe operator said the performance of its books and the charts of its "
            "shares showed the Why Your Phone Is Slower Than It Was turnaround had worked.")
    assert _flagged(linter, text) == ["Why Your Phone Is Slower Than It Was"]


def test_a_marker_may_open_the_run(linter: Linter) -> None:
    text = "Ferry fares rise\n\nFares rose in the These Cheap Ferry Tickets Sell Out Fast quarter, the operator said."
    assert _flagged(linter, text) == ["These Cheap Ferry Tickets Sell Out Fast"]
