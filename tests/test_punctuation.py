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


@pytest.mark.parametrize(
    "text",
    [
        # a quote inside a quote, typed with the same curly marks: wrong marks, but nothing left open
        "“He plays games with them. The prison has a “no visits” rule as well,” the officer said.",
        # two single marks typed for a closing double one
        "“It was an attempt to mislead voters,’’ the chairman said.",
        "\"Prices will stay stable this year,'' he said.",
    ],
)
def test_nested_quotes_and_doubled_single_closers_are_balanced(punctuation: Linter, text: str) -> None:
    assert _found(_lint(punctuation, text)) == []


def test_doubled_single_mark_is_no_closer_inside_a_word_or_without_an_open_quote(punctuation: Linter) -> None:
    # "company''s" is a doubled apostrophe, not a closing quote: the quote opened before it stays open
    text = "The union said: “the company''s offer is late.\n\nThe talks resume on Monday."
    assert [(rule, match) for rule, _, _, match, _ in _found(_lint(punctuation, text))] == [("punctuation.unbalanced-quote", "“")]
    assert _found(_lint(punctuation, "The show ‘’My Little Pony’’ returns in May.")) == []


def test_fix_inside_quoted_speech_is_dropped(punctuation: Linter) -> None:
    result = _lint(punctuation, "“We won ,” she said.")
    assert _found(result) == [("punctuation.space-before", 1, 8, " ,", None)]
    assert result.findings[0].suggestions == (",",)


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("The talks ended;. The delegates left.", ";."),
        ("Is the crisis over.? Nobody knows.", ".?"),
        ("The crowd roared.! Then silence fell.", ".!"),
        ("The team won:, and the crowd cheered.", ":,"),
        ("The team won,; and the crowd cheered.", ",;"),
    ],
)
def test_two_different_marks_in_a_row_are_flagged_without_a_fix(punctuation: Linter, text: str, match: str) -> None:
    assert [(f.rule, f.match, f.fix) for f in _lint(punctuation, text).findings] == [
        ("punctuation.stray-sequence", match, None)
    ]


@pytest.mark.parametrize("text", ["Fans came from Texas and Florida?!. The doors opened.", "He sold shares in Yahoo!. The price rose."])
def test_period_after_an_exclamation_mark_is_stray_even_after_a_name(punctuation: Linter, text: str) -> None:
    assert [(f.rule, f.match, f.fix) for f in _lint(punctuation, text).findings] == [("punctuation.stray-sequence", "!.", "!")]


@pytest.mark.parametrize(
    "text",
    [
        "Is he moving to the U.S.? Nobody knows.",
        "He works at Acme Inc.; she works at Widget Corp.: both firms grew.",
        "What?! Really!? Wait...? Yes.",
        "The ratio was 3:2; the clock read 10:30. Call std::sort.",
        "They met at the caf&#233;. It was shut.",
    ],
)
def test_conventions_with_two_marks_are_left_alone(punctuation: Linter, text: str) -> None:
    assert [f.rule for f in _lint(punctuation, text).findings if f.rule == "punctuation.stray-sequence"] == []


def test_space_after_an_opening_quote_is_told_from_one_after_a_closing_quote(punctuation: Linter) -> None:
    opening = _lint(punctuation, 'The mayor spoke. " We will rebuild," she said. "It takes time."')
    assert [(f.rule, f.column, f.fix) for f in opening.findings] == [("punctuation.space-after-quote", 19, "")]
    closing = _lint(punctuation, '"We will rebuild." He smiled. "It takes time."')
    assert [f.rule for f in closing.findings] == []


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("“We will rebuild the school in two years” the mayor said.", True),
        ('"Nobody expected a result like this" said Ana Ruiz.', True),
        ("Lee said: “Nobody here wants another strike” according to the notes.", True),
        ("“We will rebuild the school in two years,” the mayor said.", False),
        ("Viewers of the “Face the Nation” show said they were surprised.", False),  # a title inside a sentence
        ("He called it “a fair deal for all of us” she said later.", False),  # a fragment, not a clause
        ("“Stop the war now” he said.", True),
        ("“Stop it” he said.", False),  # too short to tell from a title or a slogan
    ],
)
def test_quoted_clause_without_its_comma_before_the_attribution(punctuation: Linter, text: str, flagged: bool) -> None:
    found = [(f.match, f.suggestions) for f in _lint(punctuation, text).findings if f.rule == "punctuation.attribution-comma"]
    mark = "”" if "”" in text else '"'
    assert found == ([(mark, ("," + mark,))] if flagged else [])
