"""Quoted speech spans: curly and straight quotes, continued quotes, apostrophes."""

from __future__ import annotations

import pytest

from lint.markup import parse


def _quotes(text: str, format: str = "text") -> list[str]:
    doc = parse(text, format)
    return [doc.text[q.start:q.end] for q in doc.quotes]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("“We kept our promise,” she said.", ["“We kept our promise,”"]),
        ('"We kept our promise," she said, "and more."', ['"We kept our promise,"', '"and more."']),
        ("He called it “absurd” and “cruel”.", ["“absurd”", "“cruel”"]),
        ("Mixed “curly and straight\" marks.", ["“curly and straight\""]),
        # An inch mark opens nothing; a quote after it still pairs.
        ('The pike was 40" long, said "Big" Jim.', ['"Big"']),
        # Apostrophes are not quotes.
        ("It’s Lee’s boat from the ’90s, and the Okafors’ house.", []),
        ("It's Lee's boat from the '90s; rock 'n' roll played.", ["'n'"]),
        # British single quotes count when they open and close words.
        ("‘We will rebuild,’ the mayor said.", ["‘We will rebuild,’"]),
        ("'We will rebuild,' the mayor said.", ["'We will rebuild,'"]),
        # Nested single quotes sit inside the double quote.
        ("“I never read ‘Hamlet’ at school,” he said.", ["“I never read ‘Hamlet’ at school,”"]),
        # A second opening mark while one is open: the first was never closed.
        ("“Unclosed here. “Then a full one” ends.", ["“Unclosed here. ", "“Then a full one”"]),
    ],
)
def test_quote_spans(text: str, quotes: list[str]) -> None:
    assert _quotes(text) == quotes


def test_quote_continued_into_the_next_paragraph() -> None:
    text = (
        "“We will not give up the harbour,” said Ruiz. “The boats are our living.\n\n"
        "“Without dredging, the town dies,” he added.\n\n"
        "The council did not reply."
    )
    assert _quotes(text) == [
        "“We will not give up the harbour,”",
        "“The boats are our living.",
        "“Without dredging, the town dies,”",
    ]


def test_straight_quote_continued_over_three_paragraphs() -> None:
    text = '"First part.\n\n"Second part.\n\n"Third part," she said. Later text.'
    assert _quotes(text) == ['"First part.', '"Second part.', '"Third part,"']


def test_single_quote_left_open_counts_only_when_it_opens_the_paragraph() -> None:
    assert _quotes("'We will rebuild the pier.\n\n'It will take a year,' he said.") == [
        "'We will rebuild the pier.",
        "'It will take a year,'",
    ]
    assert _quotes("Fans of 'em stayed home all week.") == []


def test_in_quote_on_markdown_and_html() -> None:
    for source, format in (
        ("He said “the *plan* is dead” today.", "markdown"),
        ("<p>He said &ldquo;the <em>plan</em> is dead&rdquo; today.</p>", "html"),
    ):
        doc = parse(source, format)
        plan = doc.text.index("plan")
        today = doc.text.index("today")
        assert doc.in_quote(plan, plan + 4)
        assert not doc.in_quote(today, today + 5)
