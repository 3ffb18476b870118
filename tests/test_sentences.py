"""Sentence splitting on news copy: abbreviations, initials, numbers, quotes, brackets."""

from __future__ import annotations

import pytest

from lint.markup import parse
from lint.sentences import split_sentences


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(
    "sentences",
    [
        # Abbreviations and initialisms inside a sentence.
        ["U.S. officials said the plan would go ahead."],
        ["The U.S. Senate passed the bill on Nov. 12 by a wide margin."],
        ["The attack on Jan. 6 was the subject of the hearing."],
        ["Mr. Okafor and Mrs. Lee met Dr. Patel and Gen. Ruiz at the St. James hotel."],
        ["J.K. Rowling and J. R. R. Tolkien were named in the survey."],
        ["Harry S. Truman signed it."],
        ["The meeting starts at 9 a.m. Tuesday and ends by 5 p.m. on Friday."],
        ["The rate rose 3.5 percent to $1.25 billion at 10:30."],
        ["The firm, Acme Corp. of Ohio, and Baker Bros. Ltd. of Leeds bid for it."],
        ["It finished No. 2 in the rankings, ahead of Roe v. Wade and e.g. other cases."],
        ["The family moved to Main St. Louis was their son's name."],
        # Sentence ends after an abbreviation: split before a word that starts sentences.
        ["He moved to the U.S.", "The next year he opened a bakery."],
        ["Shares of Apple Inc. rose.", "It was the third gain in a row."],
        ["The summit ends at 4 p.m.", "In the evening the leaders dine together."],
        ["He lives in the U.K.", "“It is home,” he said."],
        ["He said no.", "Police left soon after."],
        # Plain boundaries, digits, ellipses.
        ["Turnout was 61 percent.", "2024 will be different, officials said."],
        ["He paused...", "Then he spoke again."],
        ["Wait… what happened next was odd."],
        ["Is it over?", "Nobody knows!", "Not yet."],
        # Quotes and brackets.
        ["“We kept our promise,” she said.", "“The bridge is open.”", "Then she left."],
        ["He called it “absurd”.", "Others agreed."],
        ["“Why now?” Lee asked.", "Nobody answered."],
        ["“Stop!” Police Chief Ana Ruiz shouted at the crowd.", "It dispersed."],
        ["“Is it safe?” he asked.", "“Yes,” she said."],
        ["“Is it safe?”", "Residents want to know."],
        ["(See the chart on page 3.)", "The figures are provisional."],
        ["The vote (the second this year) passed.", "Opponents walked out."],
        ["The panel [chaired by Ms. Reyes] met.", "Its report is due."],
        ["He said: ‘Enough.’", "Then he hung up."],
    ],
)
def test_split(sentences: list[str]) -> None:
    assert _sentences(" ".join(sentences)) == sentences


def test_a_name_after_a_final_abbreviation_does_not_split() -> None:
    # The documented trade-off: "U.S." before a capitalised name stays in the sentence.
    assert _sentences("He lives in the U.S. Biden said so.") == ["He lives in the U.S. Biden said so."]


def test_spans_are_offsets_within_the_range() -> None:
    text = "Skip this. One here. Two there. Skip too."
    start, end = text.index("One"), text.index(" Skip too")
    assert [text[s:e] for s, e in split_sentences(text, start, end)] == ["One here.", "Two there."]


def test_line_breaks_inside_a_sentence_are_kept() -> None:
    assert _sentences("The council met\non Tuesday. It voted\nto act.") == ["The council met\non Tuesday.", "It voted\nto act."]


def test_document_sentences_never_cross_blocks() -> None:
    doc = parse("# Storm hits coast\n\nWind rose. Boats sank\n\n- item one\n", "markdown")
    assert [doc.text[s.start:s.end] for s in doc.sentences] == ["Storm hits coast", "Wind rose.", "Boats sank", "item one"]


def test_empty_and_whitespace() -> None:
    assert split_sentences("") == []
    assert split_sentences("   \n ") == []


def test_a_sentence_may_open_with_a_capital_outside_latin_1() -> None:
    # Polish, Czech, Greek and Cyrillic capitals open sentences too ("Łukasz", "Škoda", "Σήμερα", "После")
    text = "The chef ran out. Łukasz gave chase. Škoda cut jobs. Σήμερα βρέχει. После обеда."
    starts = [text[s:e].split()[0] for s, e in split_sentences(text)]
    assert starts == ["The", "Łukasz", "Škoda", "Σήμερα", "После"]
