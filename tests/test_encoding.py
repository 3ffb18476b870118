"""Encoding damage: mojibake, lost characters, controls, invisible characters, HTML residue."""

from __future__ import annotations

import pytest

from lint.config import Config
from lint.engine import FileResult, Linter
from tests.conftest import FIXTURES, check_positions


def _encoding(result: FileResult) -> list[tuple[str, int, str, str | None]]:
    return [(f.rule, f.line, f.match, f.fix) for f in result.findings if f.category == "encoding"]


def _lint(text: str, format: str = "text") -> FileResult:
    return Linter(Config(select=("encoding",))).lint_text(text, format)


def test_fixture_flags_every_kind_of_damage_with_its_repair() -> None:
    result = Linter(Config(select=("encoding",))).lint_path(str(FIXTURES / "encoding-library-reopens.txt"))
    assert result.error is None
    check_positions(result)
    assert _encoding(result) == [
        ("encoding.mojibake", 3, "â€™", "’"),
        ("encoding.mojibake", 5, "Ã©", "é"),
        ("encoding.mojibake", 5, "Â£", "£"),
        ("encoding.mojibake", 5, "â€”", "—"),
        ("encoding.html-entity", 7, "&eacute;", "é"),
        ("encoding.html-entity", 7, "&amp;", "&"),
        ("encoding.html-tag", 7, "</p>", ""),
        ("encoding.invisible-character", 9, "\u00ad", ""),
        ("encoding.html-tag", 9, "<br>", " "),
        ("encoding.invisible-character", 11, "\u200b", ""),
        ("encoding.control-character", 11, "\x07", ""),
        ("encoding.replacement-character", 13, "\ufffd", None),
    ]


def test_mojibake_repair_is_kept_inside_quotations() -> None:
    result = _lint("“Itâ€™s over,” the mayor said.")
    assert _encoding(result) == [("encoding.mojibake", 1, "â€™", "’")]


def test_doubly_encoded_mojibake_is_repaired_in_one_piece() -> None:
    assert _encoding(_lint("The mayorÃ¢â‚¬â„¢s office said no.")) == [("encoding.mojibake", 1, "Ã¢â‚¬â„¢", "’")]


def test_mojibake_that_lost_bytes_is_flagged_without_a_fix() -> None:
    result = _lint("The mayorâ€s office said no.")
    assert _encoding(result) == [("encoding.mojibake", 1, "â€", None)]


@pytest.mark.parametrize(
    "text",
    [
        "The café’s owner met Zoë Brontë in São Paulo.",
        "SÃO PAULO, Brazil — The vote goes ahead.",
        "Prices rose 5% in Düsseldorf and Málaga; the Ærø ferry ran late.",
        "She wrote می‌خواهم in her notebook.",  # a joiner inside Persian
        "The family emoji 👨‍👩‍👧 is made with joiners.",
        "Name\tVotes\r\nSmith\t1,204",
        "Shares in AT&T rose; the Q&A ran late; R&D rose.",
        "Varian Associates <VAR> and du Pont <DD> said <S> shares rose.",
        "The index rose when x < 3 and y > 4.",
    ],
)
def test_no_false_alarm(text: str) -> None:
    assert _encoding(_lint(text)) == []


def test_soft_hyphen_is_residue_in_plain_text_only() -> None:
    assert [m for _, _, m, _ in _encoding(_lint("a spokes\u00adwoman said"))] == ["\u00ad"]
    assert _encoding(_lint("<p>a spokes&shy;woman said</p>", "html")) == []


def test_entities_in_markdown_were_escaped_twice_and_get_no_safe_fix() -> None:
    result = _lint("Shares in M&amp;amp;S rose.", "markdown")
    assert [(f.match, f.suggestions, f.fix) for f in result.findings] == [("&amp;amp;", ("&",), None)]
    assert _encoding(_lint("Shares in M&amp;S rose.", "markdown")) == []


def test_html_tags_are_markup_in_markdown() -> None:
    assert _encoding(_lint("The council approved the <b>budget</b>.", "markdown")) == []
    assert [m for _, _, m, _ in _encoding(_lint("The council approved the <b>budget</b>."))] == ["<b>", "</b>"]


def test_lost_character_entity_gets_no_fix() -> None:
    result = _lint("The Prime Minister&#191;s office declined to comment.")
    assert [(f.match, f.fix) for f in result.findings] == [("&#191;", None)]
    assert "lost" in result.findings[0].message


def test_stray_joiner_next_to_a_space_is_flagged() -> None:
    assert [m for _, _, m, _ in _encoding(_lint("Spanish language: \u200dEl gobierno dijo."))] == ["\u200d"]


@pytest.mark.parametrize(
    ("text", "severity"),
    [
        ("The Gazette\u200d's editor said no.", "info"),  # a joiner: nothing changes on screen
        ("The minister\u2060said no.", "info"),  # a word joiner
        ("Follow \u200f@harbourgazette for updates.", "info"),  # a lone right-to-left mark: nothing to reorder
        ("The minis\u200bter said no.", "warning"),  # a zero-width space: the line may break inside the word
        ("The vote is on Monday.\n\n\u200b\n\nThe count follows.", "info"),  # an "empty" paragraph: nothing to break
        ("a spokes\u00adwoman said", "warning"),  # a soft hyphen may be printed
        ("The total was \u202e42 today.", "warning"),  # a right-to-left override reorders the text
    ],
)
def test_invisible_character_is_info_when_it_changes_nothing_on_screen(text: str, severity: str) -> None:
    findings = [f for f in _lint(text).findings if f.rule == "encoding.invisible-character"]
    assert [str(f.severity) for f in findings] == [severity]


@pytest.mark.parametrize(
    ("text", "match", "fix"),
    [
        ("The mayor‚Äôs office said no.", "‚Äô", "’"),  # UTF-8 read as Mac Roman
        ("Tickets cost ¬£20 at the door.", "¬£", "£"),
        ("The caf√© reopened.", "√©", "é"),
        ("About 5Â million people voted.", "Â ", " "),  # a no-break space whose second byte became a space
        ("The polls closed. Â Counting began.", " Â ", " "),
    ],
)
def test_mojibake_of_other_decoders_and_lone_a_circumflex(text: str, match: str, fix: str) -> None:
    assert _encoding(_lint(text)) == [("encoding.mojibake", 1, match, fix)]


@pytest.mark.parametrize(
    "text",
    [
        "The proof uses √2 and ≈5 as bounds, and ¬p for not p.",
        "ROMÂ is a label; the Âmbito fund rose.",
        "She spent the summer in a gîte near Besançon.",
    ],
)
def test_mac_roman_and_lone_a_circumflex_leave_real_symbols_alone(text: str) -> None:
    assert _encoding(_lint(text)) == []


def test_entity_without_its_semicolon_is_residue_but_not_in_a_url() -> None:
    assert _encoding(_lint("The race covers 10&nbsp km; she left in 1972&nbspupon her marriage.")) == [
        ("encoding.html-entity", 1, "&nbsp", "\u00a0"),
        ("encoding.html-entity", 1, "&nbsp", "\u00a0"),
    ]
    assert _encoding(_lint("See http://example.com/?a=1&copy=2 and the R&region desk at M&Ltd.")) == []


def test_byte_order_mark_inside_the_text_is_a_warning() -> None:
    findings = _lint("\ufeffThe council met.\n\n\ufeffThe mayor spoke.").findings
    assert [(f.line, str(f.severity), "joined" in f.message) for f in findings] == [(3, "warning", True)]


def test_byte_order_mark_mid_line_is_a_zero_width_no_break_space() -> None:
    findings = _lint("The peak stands at 42°S\ufeff / \ufeff174°E.").findings
    assert [str(f.severity) for f in findings] == ["info", "info"]


def test_script_escapes_left_by_a_scraper() -> None:
    text = r"The mayor said it\u2019s over, \"for now\".\n\nThe vote is on Monday. Files sit in C:\new\data."
    assert [(f.rule, f.match, f.fix) for f in _lint(text).findings] == [
        ("encoding.escape-sequence", r"\u2019", "’"),
        ("encoding.escape-sequence", r"\"", '"'),
        ("encoding.escape-sequence", r"\"", '"'),
        ("encoding.escape-sequence", r"\n\n", None),
    ]
