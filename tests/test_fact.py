"""fact.*: weekdays that disagree with their dates, and dates that do not exist."""

from __future__ import annotations

import pytest

from lint.config import Config
from lint.engine import Linter
from tests.conftest import FIXTURES, check_positions


def _facts(linter: Linter, text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    result = linter.lint_text(text, "text", "<test>")
    assert result.error is None, result.error
    check_positions(result)
    return [(f.rule, f.match, f.suggestions) for f in result.findings if f.category == "fact"]


def test_fixture_story_exact_positions(linter: Linter) -> None:
    result = linter.lint_path(str(FIXTURES / "fact-dates.txt"))
    check_positions(result)
    found = [(f.rule, f.line, f.column, f.match, f.suggestions[:1]) for f in result.findings if f.category == "fact"]
    assert found == [
        ("fact.weekday-mismatch", 7, 95, "Thursday", ("Wednesday",)),  # year from the byline and dateline
        ("fact.weekday-mismatch", 7, 221, "Sunday", ("Monday",)),  # ordinal day
        ("fact.impossible-date", 9, 22, "Feb. 30", ()),
        ("fact.impossible-date", 9, 124, "31 April 2025", ()),  # British order
        ("fact.weekday-mismatch", 13, 37, "Tuesday", ("Wednesday",)),  # explicit year
    ]


@pytest.mark.parametrize(
    ("text", "weekday", "fix"),
    [
        ("Talks resume on Wednesday, Nov. 14, 2023.", "Wednesday", "Tuesday"),
        ("Talks resume on Wednesday, November 14, 2023.", "Wednesday", "Tuesday"),
        ("Talks resume on Sunday, Sept. 3, 2023.", None, None),
        ("Talks resume on Monday, Sept. 3, 2023.", "Monday", "Sunday"),
        ("Talks resume on Friday 14 November 2023.", "Friday", "Tuesday"),
        ("Talks resume on Friday, 14th November, 2023.", "Friday", "Tuesday"),
        ("Talks resume on Friday, November 14th, 2023.", "Friday", "Tuesday"),
        ("Talks resume on Fri., Nov. 14, 2023.", "Fri.", "Tue."),
        ("Talks resume on Friday, Nov.\n14, 2023.", "Friday", "Tuesday"),  # wrapped line
        ("Talks resume on Friday, Feb. 29, 2024.", "Friday", "Thursday"),  # leap day exists in 2024
    ],
)
def test_weekday_forms(linter: Linter, text: str, weekday: str | None, fix: str | None) -> None:
    found = [(m, s[0]) for r, m, s in _facts(linter, text) if r == "fact.weekday-mismatch"]
    assert found == ([(weekday, fix)] if weekday else [])


@pytest.mark.parametrize(
    "text",
    [
        "Monday's vote on Jan. 5, 2023 was close.",  # possessive: the weekday is not the date's
        "The vote was on Monday. Jan. 5, 2023 was the deadline.",
        "Monday\n\nNov. 14, 2023 was the deadline.",  # not across a paragraph break
        "Fixture list\n\nBlackburn v Burnley, Tuesday, 1 March\n\n2000 GMT kick-off.",
        "Kick-off is on Tuesday, 1 March 2000 GMT.",  # a time, not a year
        "Dockers walk out on Monday, March 5, the union said.",  # no year anywhere
        "Bond issue\n\nRepayments start on June 1, 1988. The price is set on Wednesday, April 15.",  # one far-off date
        "Old and new\n\nThe bridge opened on May 2, 1950, and closed on Jan. 9, 2021. It reopens on Friday, March 5.",
    ],
)
def test_weekday_not_flagged(linter: Linter, text: str) -> None:
    assert [f for f in _facts(linter, text) if f[0] == "fact.weekday-mismatch"] == []


def test_year_from_dateline() -> None:
    linter = Linter(Config(select=("fact.weekday-mismatch",)))
    story = "Port strike\n\nDOVER, Dec. 28, 2020 – Dockers will return on Monday, Jan. 5, the union said."
    assert _facts(linter, story) == [("fact.weekday-mismatch", "Monday", ("Tuesday",))]
    # Switched off, a date without a year is never checked.
    quiet = Linter(Config(select=("fact.weekday-mismatch",), overrides={"fact.weekday-mismatch": {"resolve_year": False}}))
    assert _facts(quiet, story) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The rules take effect on Feb. 30.", "Feb. 30"),
        ("The rules take effect on February 29, 2023.", "February 29, 2023"),
        ("The rules take effect on 29 February 2023.", "29 February 2023"),
        ("The rules took effect on April 31, officials said.", "April 31"),
        ("The rules take effect on 32 May.", "32 May"),
        ("The year ended November 31 1986, the company said.", "November 31 1986"),
        ("The rules take effect on Feb. 29, 2024.", None),
        ("In June 31 people died on the roads.", None),
        ("Output in mln lbs: Feb 87 Jan 87 Feb 86.", None),  # month and year, in a table
        ("The index rose 3.1 pct in June 31 times out of 40.", None),
        ("The squad of 31 April recruits finished training.", None),
        ("Security was tightened after the 31 September attacks.", "31 September"),
        ("He won the June 31 primaries easily.", "June 31"),
    ],
)
def test_impossible_dates(linter: Linter, text: str, span: str | None) -> None:
    found = [m for r, m, _ in _facts(linter, text) if r == "fact.impossible-date"]
    assert found == ([span] if span else [])


def test_impossible_date_is_not_also_a_weekday_mismatch(linter: Linter) -> None:
    assert _facts(linter, "The summit opens on Tuesday, Feb. 30, 2024.") == [("fact.impossible-date", "Feb. 30, 2024", ())]


@pytest.mark.parametrize(
    ("text", "weekday", "fix"),
    [
        ("The region was announced on Thu 11 Feb 2019.", "Thu", "Mon"),  # a short weekday without its period
        ("The study came out on Fri, Feb 28, 2019.", "Fri", "Thu"),
        ("The study came out on Thu, Feb 28, 2019.", None, None),
        ("Findings came out on Wednesday, 2019-02-17.", "Wednesday", "Sunday"),  # ISO
        ("Findings came out on Saturday, 2019-02-16.", None, None),
        ("The panel sat on Tuesday (2019-01-13).", "Tuesday", "Sunday"),
        ("The vote is on Wednesday 13.10.2019.", "Wednesday", "Sunday"),  # day-first with dots
        ("The vote is on Wednesday, 14/11/2019.", "Wednesday", "Thursday"),  # a day above 12 settles the order
        ("The vote is on Wednesday, 11/14/2019.", "Wednesday", "Thursday"),  # month-first
        ("The vote is on Tuesday, 04/06/2019.", None, None),  # 4 June was a Tuesday; 6 April a Saturday
        ("The Sun, May 5, 2019, ran the story first.", None, None),  # a newspaper, not Sunday
        ("Fans sat on Sat 4 May 2019 in the rain.", None, None),
    ],
)
def test_short_and_numeric_weekday_dates(linter: Linter, text: str, weekday: str | None, fix: str | None) -> None:
    found = [(m, s[0]) for r, m, s in _facts(linter, text) if r == "fact.weekday-mismatch"]
    assert found == ([(weekday, fix)] if weekday else [])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The rules took effect on 2019-02-30, officials said.", "2019-02-30"),
        ("The rules took effect on 2019-13-24, officials said.", "2019-13-24"),
        ("The deal was signed on 31/04/2019 in Lagos.", "31/04/2019"),
        ("The deal was signed on 31.11.2019 in Lagos.", "31.11.2019"),
        ("The deal was signed on 02/30/2019 in Ohio.", "02/30/2019"),
        ("The deal was signed on 13/12/2019 in Lagos.", None),
        ("The deal was signed on 29.02.2020 in Lagos.", None),
        ("The deal was signed on 29.02.2019 in Lagos.", "29.02.2019"),
        ("Version 1.2.31.2019 shipped; build 2.31.2019 followed.", None),  # a version, month-first dots
        ("The server at 10.31.20.19 failed at 12:31.", None),
        ("Form 2019-00-00 is a placeholder; ticket A-2019-13-24 was closed.", None),
        ("The score was 31-29 and a third of fans, 1/3, left.", None),
    ],
)
def test_impossible_numeric_dates(linter: Linter, text: str, span: str | None) -> None:
    found = [m for r, m, _ in _facts(linter, text) if r == "fact.impossible-date"]
    assert found == ([span] if span else [])


def test_impossible_month_has_its_own_message(linter: Linter) -> None:
    result = linter.lint_text("The rules took effect on 2019-13-24.", "text", "<test>")
    assert [f.message for f in result.findings if f.rule == "fact.impossible-date"] == [
        "'2019-13-24' is not a date: there is no month 13."
    ]
