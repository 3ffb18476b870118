"""Punctuation detectors (and mixed quote styles) on invented stories: exact spans, safe fixes, correct copy left alone."""

from __future__ import annotations

import pytest

from lint.engine import FileResult, Linter
from lint.rules.model import Rule
from tests.conftest import FIXTURES, check_positions


@pytest.fixture(scope="module")
def punctuation(builtin_rules: list[Rule]) -> Linter:
    return Linter(rules=[r for r in builtin_rules if r.category == "punctuation" or r.id == "consistency.mixed-quotes"])


def _lint(linter: Linter, text: str) -> FileResult:
    result = linter.lint_text(text, "text", "<test>")
    assert result.error is None, result.error
    check_positions(result)
    return result


def _found(result: FileResult) -> list[tuple[str, int, int, str, str | None]]:
    return [(f.rule, f.line, f.column, f.match, f.fix) for f in result.findings]


def test_council_story_flags_every_planted_mark(punctuation: Linter) -> None:
    result = _lint(punctuation, (FIXTURES / "punctuation-council.txt").read_text(encoding="utf-8"))
    assert _found(result) == [
        ("punctuation.stray-sequence", 3, 67, ". ,", ","),
        ("punctuation.stray-sequence", 3, 122, ",,", ","),
        ("punctuation.stray-sequence", 5, 44, "?.", "?"),
        ("punctuation.stray-sequence", 5, 76, "..", "."),
        ("punctuation.stray-sequence", 5, 92, "( )", None),
        ("punctuation.stray-after-quote", 7, 21, " .", ""),
        ("punctuation.missing-space", 7, 61, ".", ". "),
        ("punctuation.stray-after-quote", 9, 17, ".”,", ",”"),
        ("punctuation.space-before", 9, 33, " ,", ","),
        ("punctuation.unbalanced-quote", 11, 29, "“", None),
        ("punctuation.unbalanced-bracket", 13, 12, "(", None),
        ("consistency.mixed-quotes", 15, 1, '"', None),
    ]


def test_clean_story_is_not_flagged(punctuation: Linter) -> None:
    result = _lint(punctuation, (FIXTURES / "punctuation-clean.txt").read_text(encoding="utf-8"))
    assert _found(result) == []


def test_seed_marks_are_flagged_and_nothing_else(punctuation: Linter) -> None:
    result = _lint(punctuation, (FIXTURES / "seed-article.txt").read_text(encoding="utf-8"))
    assert [(r, line, col, match) for r, line, col, match, _ in _found(result)] == [
        ("punctuation.stray-after-quote", 9, 223, " ."),
        ("punctuation.stray-sequence", 19, 305, ". ,"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "He joined Acme Inc., then Widget Co., in 2001.",
        "The U.S., Canada and Mexico signed.",
        "She paused... then spoke.",
        "Rates rose to 3.5 percent.",
        "Read it at www.Example.com/News today.",
        "The score was 2 : 1 at half-time.",
        "He asked: “Why?” Nobody answered.",
        "He said it was fine :-) and left.",
        "The plant in Dayton, Ohio, and the one in Fresno, Calif., closed at 9 p.m., staff said.",
        "Shares of Widget Ltd., Acme Corp., and the Govt., fell.",
    ],
)
def test_correct_copy_is_left_alone(punctuation: Linter, text: str) -> None:
    assert _found(_lint(punctuation, text)) == []


@pytest.mark.parametrize(
    ("text", "column"),
    [
        ("The mayor agreed., saying the bridge could wait.", 17),
        ("The ferry operator, Kestrelline., said fares would rise.", 32),
        ("The vote went ahead anyway., and the motion passed.", 27),
        ("They tried it out., but nothing changed.", 18),
    ],
)
def test_period_glued_to_a_comma_after_a_word_is_flagged(punctuation: Linter, text: str, column: int) -> None:
    assert _found(_lint(punctuation, text)) == [("punctuation.stray-sequence", 1, column, ".,", ",")]


def test_quote_running_into_the_next_paragraph_is_news_style(punctuation: Linter) -> None:
    text = "She said: “We will stay.\n\n“We have nowhere else to go.”\n\nThe hearing resumes on Monday."
    assert _found(_lint(punctuation, text)) == []


def test_quote_left_open_at_the_end_is_flagged(punctuation: Linter) -> None:
    text = "She said: “We will stay.\n\nThe hearing resumes on Monday."
    assert _found(_lint(punctuation, text)) == [("punctuation.unbalanced-quote", 1, 11, "“", None)]


@pytest.mark.parametrize(
    "text",
    [
        "“The harbour will reopen, the harbour master said on Monday.\n\n“Ferries return next week.”",
        "The union called the offer “an insult to every driver.\n\n“We will ballot our members.”",
        "\"Repairs are late, said Tom Reyes, a spokesman for the port authority. \"We apologise.\"",
        "\"Repairs are late, he said. Reyes took the job in May. \"We apologise.\"",
    ],
)
def test_quote_that_could_not_run_on_is_flagged(punctuation: Linter, text: str) -> None:
    found = _found(_lint(punctuation, text))
    assert [(rule, line) for rule, line, *_ in found] == [("punctuation.unbalanced-quote", 1)]
    assert found[0][3] in "“\""


def test_fix_inside_quoted_speech_is_dropped(punctuation: Linter) -> None:
    result = _lint(punctuation, "“We won ,” she said.")
    assert _found(result) == [("punctuation.space-before", 1, 8, " ,", None)]
    assert result.findings[0].suggestions == (",",)
