"""Duplication detectors on invented stories: what they flag, exactly where, and what they leave alone."""

from __future__ import annotations

import re
from itertools import pairwise

import pytest

from lint.engine import FileResult, Linter
from lint.markup import parse
from lint.rules.model import Rule
from tests.conftest import FIXTURES, check_positions


@pytest.fixture(scope="module")
def duplication(builtin_rules: list[Rule]) -> Linter:
    return Linter(rules=[r for r in builtin_rules if r.category == "duplication"])


def _lint(linter: Linter, text: str) -> FileResult:
    result = linter.lint_text(text, "text", "<test>")
    assert result.error is None, result.error
    check_positions(result)
    return result


def _found(result: FileResult) -> list[tuple[str, int, int, str]]:
    return [(f.rule, f.line, f.column, f.match) for f in result.findings]


_FISHERMEN = (
    "Fishermen welcomed the vote. Boats now wait in the bay for days when the swell is high, "
    "and the insurers have raised premiums twice."
)


def test_harbour_story_flags_every_planted_duplication(duplication: Linter) -> None:
    result = _lint(duplication, (FIXTURES / "duplication-harbour.txt").read_text(encoding="utf-8"))
    assert _found(result) == [
        ("duplication.doubled-phrase", 3, 140, "said on Monday said on Monday"),
        ("duplication.echo-fragment", 6, 76, "Norwegian engineers."),
        ("duplication.doubled-word", 8, 57, "the the"),
        ("duplication.doubled-word", 8, 99, "would\nwould"),
        ("duplication.repeated-text", 11, 1,
         "The town council approved the harbour wall plan on Tuesday after a long debate that lasted most of the evening."),
        ("duplication.repeated-text", 15, 1, _FISHERMEN),
    ]
    by_rule = {f.rule: f for f in reversed(result.findings)}
    assert by_rule["duplication.doubled-phrase"].fix == "said on Monday"
    assert by_rule["duplication.doubled-word"].fix == "the"
    assert "paragraph" in result.findings[-1].message and "line 13" in result.findings[-1].message
    assert "sentence" in result.findings[-2].message and "line 3" in result.findings[-2].message


def test_clean_story_with_idioms_names_and_headlines_is_not_flagged(duplication: Linter) -> None:
    result = _lint(duplication, (FIXTURES / "duplication-clean.txt").read_text(encoding="utf-8"))
    assert _found(result) == []


def test_seed_echo_fragment_is_flagged(duplication: Linter) -> None:
    result = _lint(duplication, (FIXTURES / "seed-article.txt").read_text(encoding="utf-8"))
    assert _found(result) == [("duplication.echo-fragment", 5, 224, "Chinese leader.")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks with Japan resumed. Japanese officials.", ["Japanese officials."]),
        ("Talks with Japan resumed. Japanese officials agreed.", []),  # a verb: a sentence
        ("Talks with Japan resumed.\n\nJapanese officials.", []),  # a paragraph's first line
        ("Talks with Japan resumed. “Japanese officials.”", []),  # quoted speech
        ("He flew to Japan. Tokyo next.", []),  # no shared stem
        ("The storm was bad, but I have seen worse. Much worse.", []),  # the same word again: emphasis
        ("Critics called the plan stupid. Stupid.", []),
        ("Talks with Japan resumed. Japan officials.", ["Japan officials."]),  # the word and more: a cut
    ],
)
def test_echo_fragment_needs_a_verbless_echo_inside_a_paragraph(duplication: Linter, text: str, expected: list[str]) -> None:
    found = [f.match for f in _lint(duplication, text).findings if f.rule == "duplication.echo-fragment"]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She met him in the in the hall.", ["in the in the"]),
        ("The match ended 6-4 6-4 on Sunday.", []),
        ("They stood face to face to face.", []),
        ("Prices rose again and again.", []),
        ("After that, Ford wrote, and wrote, and wrote.", []),  # a chain starting a third time
        ("Task gating\nTask gating lets a team pause a job.", []),  # a run-in heading, then its text
        ("No shared task queue\nShared task queues are avoided by design.", []),  # a sentence starts below
    ],
)
def test_doubled_phrase(duplication: Linter, text: str, expected: list[str]) -> None:
    found = [f.match for f in _lint(duplication, text).findings if f.rule == "duplication.doubled-phrase"]
    assert found == expected


def test_templated_sentences_about_different_facts_are_not_copies(duplication: Linter) -> None:
    text = (
        "Analyst Mary Knapp predicts the governor wins with 319 votes in the final count.\n\n"
        "Analyst John Ortiz predicts the governor wins with 359 votes in the final count.\n\n"
        "What are the things that you like about the new job in the city?\n\n"
        "What are the things that you do not like about the new job in the city?"
    )
    assert _found(_lint(duplication, text)) == []


def _pair_signatures(content: list[str]) -> set[tuple[str, str]] | None:
    """The signatures as first defined: least and greatest shingle, by first word and by second word."""
    shingles = set(pairwise(content))
    if len(shingles) < 4:
        return None
    flipped = {(b, a) for a, b in shingles}
    return {min(shingles), max(shingles), min(flipped)[::-1], max(flipped)[::-1]}


def test_signatures_are_the_least_and_greatest_shingles() -> None:
    import random

    from lint.checks.duplication import _signatures

    rng = random.Random(7)
    words = ["dock", "fish", "harbour", "wall", "storm", "boat"]
    for _ in range(3000):
        # Few distinct words, so repeats (several followers of the least word) are common.
        content = [rng.choice(words[: rng.randint(1, 6)]) for _ in range(rng.randint(0, 12))]
        assert _signatures(content) == _pair_signatures(content), content


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A near copy whose words repeat inside the sentence.
        (
            (
                "Storm after storm hit the harbour wall, and storm damage closed the harbour road.\n\n"
                "Storm after storm hit the harbour wall, and storm damage shut the harbour road."
            ),
            ["Storm after storm hit the harbour wall, and storm damage shut the harbour road."],
        ),
        # Eight words but fewer than four different shingles: an exact copy counts, a near one cannot.
        ("Boats boats boats boats boats boats boats boats.\n\nBoats boats boats boats boats boats boats boats.",
         ["Boats boats boats boats boats boats boats boats."]),
        ("Boats boats boats boats boats boats boats boats.\n\nBoats boats boats boats boats boats boats ships.", []),
    ],
)
def test_repeated_sentence(duplication: Linter, text: str, expected: list[str]) -> None:
    found = [f.match for f in _lint(duplication, text).findings if f.rule == "duplication.repeated-text"]
    assert found == expected


def test_overlapping_doubles_report_the_longest_unit_once(duplication: Linter) -> None:
    text = "She said the ferry was late said the ferry was late again."
    found = [(f.rule, f.match) for f in _lint(duplication, text).findings]
    assert found == [("duplication.doubled-phrase", "said the ferry was late said the ferry was late")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor said THE the plan was dead.", ["THE the"]),
        # Letters whose lower case is not letter-for-letter (İ, Σ) send the story down the full scan.
        ("İstanbul: the mayor said the the plan was dead.", ["the the"]),
        ("ΟΔΟΣ: the mayor said the the plan was dead.", ["the the"]),
        # Twins that are exceptions leave nothing to scan for; a real one still counts.
        ("It was very very cold, and that that was that.", []),
        ("It was very very cold and the the ferry stayed in port.", ["the the"]),
    ],
)
def test_doubled_word_case_and_twins_gate(duplication: Linter, text: str, expected: list[str]) -> None:
    found = [f.match for f in _lint(duplication, text).findings if f.rule == "duplication.doubled-word"]
    assert found == expected


def test_shared_lower_case_tokens() -> None:
    from lint.markup import parse

    doc = parse("Don't STOP, O'Neill’s crew.", "text", "<test>")
    assert doc.lower_tokens == ("don't", "stop", ",", "o'neill’s", "crew", ".")
    # A letter that lowercases to two would move every offset after it: the text is kept as is.
    assert parse("İZMİR ferry", "text", "<test>").lowered == "İZMİR ferry"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He left. The The council met.", ["The The"]),  # a function word, capitalised at a sentence start
        ("He left.\nIn\nIn May the council met.", ["In\nIn"]),  # across a line break
        ("Mr Lamidi spoke. Later Lamidi Lamidi left.", ["Lamidi Lamidi"]),  # the name stands alone before
        ("Tickets for Bora Bora sold out.", []),  # a name said whole
        ("Duran Duran played. Duran Duran will tour. Duran said so.", []),  # the pair said again: a name
        ("A man who was was arrested.", ["was was"]),  # a relative pronoun, not a free relative
        ("All it was was a joke.", []),
        ("They sang Ring, Ring Ring to the crowd.", []),  # said three times
        ("Prices hit a near near-record level.", ["near near"]),
        ("They were called in in-house.", []),
        ("Banks fought the non-bank bank rule.", []),  # the end of a compound
        ("Each right buys one one-hundredth of a share.", []),
        ("Sales of Le Clip clip-on watches rose.", []),
        ("Call it a check-in in May.", []),
        ("He left. Instead Instead the board met.", ["Instead Instead"]),  # an ordinary word opening a sentence
        ("Their album Please Please Me sold well.", []),  # a title goes on
        ("They did so so that others could.", ["so so"]),  # "so-so" takes a hyphen
        ("The gallery bought a new New Zealand painting.", []),  # a word, then a name that opens with it
        ("He read the The Times report.", ["the The"]),  # a function word before a name is still a slip
        ("The plan is new New and untested.", ["new New"]),
        ("Isolation\nIsolation of each task keeps failures apart.", []),  # a run-in heading, then its text
        ("The council said the\nthe vote was close.", ["the\nthe"]),
        ("It charges quickly in the case\nCase colours vary by model.", []),  # a list line without its stop
    ],
)
def test_doubled_word(duplication: Linter, text: str, expected: list[str]) -> None:
    found = [f.match for f in _lint(duplication, text).findings if f.rule == "duplication.doubled-word"]
    assert found == expected


_STORY = "Harbour crane collapses in high winds\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_STORY + "Harbour crane collapses in high winds\n\nA crane at the north quay fell.", [(3, 1)]),
        # Case and punctuation aside; past a byline and a dateline.
        (_STORY + "By Ann Lee\n\nPORT ELLIS, May 3\n\nHarbour Crane Collapses in High Winds.\n\nA crane fell.", [(7, 1)]),
        # Past the menus and share buttons of a scraped page.
        (_STORY + "Home\n\nNews\n\nSport\n\nWeather\n\nShare this with Email\n\nShare this with Facebook\n\n"
         "Harbour crane collapses in high winds\n\nA crane fell.", [(15, 1)]),
        # One word changed inside a headline of five words or more.
        (_STORY + "Harbour crane collapses in strong winds\n\nA crane fell.", [(3, 1)]),
        # The page title's site name is looked past.
        ("Harbour crane collapses | The Coast Gazette\n\nHarbour crane collapses\n\nA crane fell.", [(3, 1)]),
        # A lede that opens with the headline's words and goes on is no copy, nor one with a word added at the end.
        (_STORY + "Harbour crane collapses in high winds, injuring two dock workers.", []),
        ("Storm closes coast road\n\nStorm closes coast road again.\n\nCrews worked.", []),
        # Too far below the headline: the story had begun.
        (_STORY + "A crane at the north quay fell onto a warehouse on Sunday night, the port said.\n\n"
         "Harbour crane collapses in high winds", []),
    ],
)
def test_headline_said_again_below_it(duplication: Linter, text: str, expected: list[tuple[int, int]]) -> None:
    found = [f for f in _lint(duplication, text).findings if f.rule == "duplication.repeated-text"]
    assert [(f.line, f.column) for f in found] == expected
    assert all("repeats the headline on line 1" in f.message for f in found)


def test_html_heading_may_repeat_the_title_but_a_paragraph_may_not(duplication: Linter) -> None:
    heading = "<html><head><title>Crane collapses</title></head><body><h1>Crane collapses</h1><p>A crane fell.</p></body></html>"
    assert duplication.lint_text(heading, "html").findings == []
    copied = "<h1>Harbour crane collapses</h1><p>Harbour crane collapses</p><p>A crane fell.</p>"
    result = duplication.lint_text(copied, "html")
    check_positions(result)
    assert [(f.rule, f.match) for f in result.findings] == [("duplication.repeated-text", "Harbour crane collapses")]


_KEEPER = "The lighthouse keeper, who served Skye for 40 years, has died aged 91."


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("The lighthouse keeper, who served Skye for 40 years, has died aged 92.", True),  # a number updated
        ("The lighthouse keeper, who served Skye for 40 years, has now died aged 91.", True),  # a word added
        ("The lighthouse keeper, who served Skye for 40 years, died aged 91.", True),  # a word dropped
        ("The lighthouse keeper, who served Mull for 40 years, has died aged 91.", False),  # a name each: two facts
        ("The lighthouse keeper, who served Skye for 40 years, has not died aged 91.", False),  # a negation
        ("The ferry skipper, who served Skye for 30 years, has died aged 91.", False),  # more than one word
    ],
)
def test_paragraph_said_again_below_itself_with_one_word_edited(duplication: Linter, second: str, expected: bool) -> None:
    found = [f.match for f in _lint(duplication, f"Keeper dies\n\n{_KEEPER}\n\n{second}").findings]
    assert found == ([second] if expected else [])


def test_rows_of_figures_differing_in_one_number_are_no_copies(duplication: Linter) -> None:
    rows = "2024-05-01 17:59:00 | 404 | 0 | 3.25 | t\n\n2024-05-01 17:58:00 | 404 | 0 | 3.25 | t"
    assert _found(_lint(duplication, "Ferry log\n\n" + rows)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry was carrying only mail\n\ncarrying only mail and two crew.",
         [("duplication.doubled-phrase", "carrying only mail\n\ncarrying only mail", "carrying only mail")]),
        ("The ferry to the island was carrying\n\ncarrying mail and two crew.",
         [("duplication.doubled-word", "carrying\n\ncarrying", "carrying")]),
        # A new sentence (a capital), a finished paragraph, a name styled in lower case: no cut sentence.
        ("The ferry was carrying only mail\n\nCarrying only mail was routine.", []),
        ("The ferry was carrying only mail.\n\ncarrying only mail was routine.", []),
        ("Tickets are sold by ferrylink\n\nferrylink sells them online.", []),
        # A line that is all copy (a caption two photos share), and list items.
        ("Boats at the north quay\n\nBoats at the north quay\n\nThe quay reopened.", []),
        ("- The ferry was carrying only mail\n- carrying only mail and two crew.", []),
        # Not the same text letter for letter, or not whole words: no overlap.
        ("Filed under Island News, Ferry Business\n\nbusiness owners met on Monday.", []),
        ("The timetable gives dates as dd/mm/yyyy\n\nyyyy-mm-dd is used online.", []),
    ],
)
def test_doubled_across_a_paragraph_break_made_in_mid_sentence(duplication: Linter, text: str, expected: list[tuple[str, str, str]]) -> None:
    result = _lint(duplication, "Ferry runs aground\n\n" + text)
    assert [(f.rule, f.match, f.fix) for f in result.findings] == expected


def test_scraped_story_flags_headline_copy_overlap_and_edited_copy(duplication: Linter) -> None:
    result = _lint(duplication, (FIXTURES / "duplication-scraped-story.txt").read_text(encoding="utf-8"))
    assert _found(result) == [
        ("duplication.repeated-text", 5, 1, "Ferry Fares Rise for Third Year"),
        ("duplication.doubled-phrase", 9, 161, "will pay\n\nwill pay"),
        ("duplication.repeated-text", 17, 1,
         "The council has asked the operator to freeze fares for all residents until the new pier opens next spring."),
    ]
    headline, overlap, copy = result.findings
    assert "repeats the headline on line 1" in headline.message
    assert overlap.fix == "will pay"  # the two paragraphs joined
    assert "repeats the one on line 15" in copy.message


@pytest.mark.parametrize(
    "text",
    [
        "The mayor's plan isn’t new: 3,000 homes (by 2030), said J. Smith_Jr.",
        "Café crème, naïve Zoë; São Paulo — Ελλάδα, Москва, 東京 and ५ rupees.",
        "İstanbul said ﬁnal e\u0301clair x\u00b2 ½ tab\there\nnew line",
    ],
)
def test_word_text_splits_into_the_words_a_word_pattern_finds(text: str) -> None:
    """repeated-text reads a span's words as `word_text[start:end].split()`: the same words
    `\\w+` finds in the lower-cased text, in any script, for the whole text and any part of it."""
    doc = parse(text, "text", None)
    assert len(doc.word_text) == len(doc.text)
    for start, end in [(0, len(text)), (4, len(text) - 3), (7, 20)]:
        assert doc.word_text[start:end].split() == re.findall(r"\w+", doc.lowered[start:end])


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # A common word said twice, once in the story, is a slip: doubled names are rare words.
        ("Troops left Iraq Iraq. The talks went on.", "Iraq Iraq"),
        ("Shares of the Harbour Income Fund Fund said its board met.", "Fund Fund"),
        ("FERRY OPERATOR SEES SEES STRONG GROWTH", "SEES SEES"),
        # A rare word doubled once is a name: left alone.
        ("The ship called at Wagga Wagga on Monday.", None),
        # Before a name, by a word that introduces a title, or in a table's header: left alone.
        ("The stake was sold by magnate Run Run Shaw in March.", None),
        ("Owen starred in the TV series Soldier Soldier and then in films.", None),
        ("Their Please Please Me album sold well.", None),
        ("Stocks in bushels THIS WEEK AGO AGO SOFT RED 10 12 25 HARD RED 14 16 19", None),
        # A pair said twice in the story is a name said twice.
        ("Fans of Talk Talk cheered. Later Talk Talk played again.", None),
    ],
)
def test_doubled_common_capitalised_word(duplication: Linter, text: str, flagged: str | None) -> None:
    found = [f.match for f in _lint(duplication, text).findings if f.rule == "duplication.doubled-word"]
    assert found == ([flagged] if flagged else [])
