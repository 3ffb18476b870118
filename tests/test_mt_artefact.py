"""Machine-translation and spinner artefacts on invented stories: exact spans and suggestions, clean copy left alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from lint.checks.collocation import load_table, originals
from lint.engine import FileResult, Linter
from lint.rules.model import Rule
from tests.conftest import FIXTURES, check_positions


@pytest.fixture(scope="module")
def mt_rules(builtin_rules: list[Rule]) -> list[Rule]:
    return [r for r in builtin_rules if r.category == "mt-artefact"]


@pytest.fixture(scope="module")
def mt(mt_rules: list[Rule]) -> Linter:
    return Linter(rules=mt_rules)


def _lint(linter: Linter, text: str) -> FileResult:
    result = linter.lint_text(text, "text", "<test>")
    assert result.error is None, result.error
    check_positions(result)
    return result


def _found(result: FileResult) -> list[tuple[str, int, int, str, str]]:
    return [(f.rule, f.line, f.column, f.match, f.suggestions[0]) for f in result.findings if f.category == "mt-artefact"]


def test_spun_story_flags_every_artefact(mt: Linter) -> None:
    result = _lint(mt, (FIXTURES / "mt-artefact-spun-harbour.txt").read_text(encoding="utf-8"))
    # The general detector also knows two of these; either rule may report them (once).
    found = [("mt-artefact.spun-phrase" if rule == "mt-artefact.spun-collocation" else rule, *rest) for rule, *rest in _found(result)]
    assert found == [
        ("mt-artefact.spun-phrase", 3, 74, "atmosphere change", "climate change"),
        ("mt-artefact.spun-phrase", 3, 174, "in purchase to", "in order to"),
        ("mt-artefact.spun-phrase", 5, 18, "press convention", "press conference"),
        ("mt-artefact.spun-phrase", 5, 40, "curiosity rates", "interest rates"),
        ("mt-artefact.spun-phrase", 5, 96, "inventory market", "stock market"),
        ("mt-artefact.spun-phrase", 7, 42, "encounter masks", "face masks"),
        ("mt-artefact.spun-phrase", 7, 92, "fireplace department", "fire department"),
        ("mt-artefact.redundant-calque", 9, 30, "human rights of man", "human rights"),
        ("mt-artefact.redundant-calque", 9, 70, "the day of yesterday", "yesterday"),
        ("mt-artefact.literal-translation", 9, 149, "since three years", "for three years"),
        ("mt-artefact.spun-name", 11, 21, "White Residence", "White House"),
        ("mt-artefact.redundant-calque", 11, 70, "state of unexpected emergency", "state of emergency"),
    ]
    # Nothing here is a safe fix: a spun phrase means the story needs checking against its source.
    assert all(f.fix is None for f in result.findings)


def test_clean_story_with_near_misses_is_not_flagged(linter: Linter) -> None:
    """Global heating, media conference, senior management, in keeping with, this past Sunday: real English."""
    result = _lint(linter, (FIXTURES / "mt-artefact-clean-harbour.txt").read_text(encoding="utf-8"))
    assert _found(result) == []


def test_spun_story_with_default_rules_keeps_positions(linter: Linter) -> None:
    result = _lint(linter, (FIXTURES / "mt-artefact-spun-harbour.txt").read_text(encoding="utf-8"))
    assert len(_found(result)) == 12


def test_seed_calque_is_flagged_and_nothing_else(linter: Linter) -> None:
    result = _lint(linter, (FIXTURES / "seed-article.txt").read_text(encoding="utf-8"))
    assert _found(result) == [("mt-artefact.redundant-calque", 19, 192, "human rights of man", "human rights")]


@pytest.mark.parametrize(
    ("text", "match", "suggestion"),
    [
        ("SHARES SLID ON THE INVENTORY MARKET", "INVENTORY MARKET", "STOCK MARKET"),
        ("She has lived there since\nthree years.", "since\nthree years", "for three years"),
        ("Shoppers queued for encounter masks.", "encounter masks", "face masks"),
        ("The Brand new York office opened.", "Brand new York", "New York"),
    ],
)
def test_case_and_line_breaks(mt: Linter, text: str, match: str, suggestion: str) -> None:
    result = _lint(mt, text)
    assert [(f.match, f.suggestions[0]) for f in result.findings] == [(match, suggestion)]


@pytest.mark.parametrize(
    "text",
    [
        "The couple bought a white residence on the hill.",  # names are case-sensitive
        "This past Sunday the club won again.",
        "He has run the shop since three years ago.",
        "The stock exchange opened late.",
        "The chief minister of the state met farmers.",
        "Senior management will review the plan.",
    ],
)
def test_real_english_is_left_alone(mt: Linter, text: str) -> None:
    assert _found(_lint(mt, text)) == []


@pytest.mark.parametrize(
    ("text", "match", "suggestion"),
    [
        ("The envoy returned back to Kabul on Monday.", "returned back", "returned"),
        ("Turnout is now at present below 40%.", "now at present", "now"),
        ("There was no consensus of opinion on rates.", "consensus of opinion", "consensus"),
        ("The firm Returned Back to its old name.", "Returned Back", "Returned"),
        ("He was jailed for ten a long time in 2019.", "ten a long time", "ten years"),
        ("It is the initial time since 1990 that the party has lost.", "the initial time since", "the first time since"),
        ("Profits were higher than final year.", "than final year", "than last year"),
    ],
)
def test_redundant_and_spun_forms(mt: Linter, text: str, match: str, suggestion: str) -> None:
    result = _lint(mt, text)
    assert [(f.match, f.suggestions[0]) for f in result.findings] == [(match, suggestion)]


@pytest.mark.parametrize(
    "text",
    [
        '"We have merged together two great teams," she said.',  # speech is not checked for padding
        "The board will set out its future plans in May.",
        "The end result was a draw, and the final outcome of the appeal is unclear.",
        "The two villages were joined together by a bridge.",
        "The bill was referred back to committee.",
        "She was in the final year of her degree.",
        "It was a long time ago.",
    ],
)
def test_native_redundancy_is_left_alone(mt: Linter, text: str) -> None:
    assert _found(_lint(mt, text)) == []


def test_no_suggestion_is_itself_flagged(mt: Linter, mt_rules: list[Rule]) -> None:
    """A suggestion that another mt-artefact rule flags would send the editor in circles."""
    suggestions = [g for r in mt_rules if r.kind == "substitution" for g in r.options["swap"].values()]
    flagged = [(f.match, f.rule) for f in _lint(mt, ".\n\n".join(suggestions) + ".").findings]
    assert flagged == []


# -- the general detector -------------------------------------------------------


@pytest.fixture(scope="module")
def collocation(mt_rules: list[Rule]) -> Linter:
    return Linter(rules=[r for r in mt_rules if r.id == "mt-artefact.spun-collocation"])


def test_detector_finds_spins_that_no_list_names(collocation: Linter, mt_rules: list[Rule]) -> None:
    listed = {k.lower() for r in mt_rules if r.kind == "substitution" for k in r.options["swap"]}
    text = "The firms set up a mutual venture. Terminal year sales fell, and the cardinal bank acted."
    result = _lint(collocation, text)
    assert [(f.match, f.suggestions[0]) for f in result.findings] == [
        ("mutual venture", "joint venture"),
        ("Terminal year", "Last year"),
        ("cardinal bank", "central bank"),
    ]
    assert not {f.match.lower() for f in result.findings} & listed


def test_detector_skips_names_and_words_split_by_punctuation(collocation: Linter) -> None:
    text = "Cardinal Bank and the Mutual Venture fund grew. He is cardinal. Bank staff were told."
    assert _lint(collocation, text).findings == []


def test_packaged_table_has_no_ordinary_phrases() -> None:
    table = load_table()
    assert "atmosphere change" in table and table["atmosphere change"].original == "climate change"
    for phrase in ("senior management", "senior leadership", "final year", "stock exchange", "media conference"):
        assert phrase not in table
    assert "climate change" in originals()


def test_packaged_table_takes_fixed_expressions_of_english_at_large() -> None:
    table = load_table()
    # Too rare in the news corpus to prove anything; the Web pair counts do.
    assert table["traveling phone"].original == "mobile phone"
    assert table["chase engine"].original == "search engine"
    # A commoner synonym has fixed partners of its own; a swapped head makes
    # another ordinary phrase; Web jargon counts ("weight loss") are capped.
    for phrase in ("bath water", "poll tax", "small offices", "mortgage advances", "real persons", "productivity loss"):
        assert phrase not in table


def _custom(tmp_path: Path, mt_rules: list[Rule], **params: object) -> Linter:
    table = tmp_path / "table.tsv"
    table.write_text("# test table\npoor stock\tcommon stock\t50\ninventory market\tstock market\t8\n", encoding="utf-8")
    linter = Linter(rules=[r for r in mt_rules if r.id == "mt-artefact.spun-collocation"])
    linter.rules[0].matcher.p.update(table=str(table), **params)  # type: ignore[attr-defined]
    return linter


def test_pair_inside_a_longer_fixed_expression_is_skipped(tmp_path: Path, mt_rules: list[Rule]) -> None:
    linter = _custom(tmp_path, mt_rules, min_expected=1.0)
    # "poor [stock market] performance": the pair's second word starts a known expression.
    assert _lint(linter, "Axa blamed poor stock market returns.").findings == []
    assert [f.match for f in _lint(linter, "Axa blamed poor stock returns.").findings] == ["poor stock"]


def test_min_expected_and_allow_tune_the_detector(tmp_path: Path, mt_rules: list[Rule]) -> None:
    text = "Shares fell on the inventory market and on poor stock."
    assert len(_lint(_custom(tmp_path, mt_rules, min_expected=1.0), text).findings) == 2
    assert [f.match for f in _lint(_custom(tmp_path, mt_rules, min_expected=10.0), text).findings] == ["poor stock"]
    assert _lint(_custom(tmp_path, mt_rules, min_expected=1.0, allow=["poor stock", "inventory  market"]), text).findings == []


@pytest.mark.parametrize(
    ("text", "match", "suggestion"),
    [
        ("The club has done a mistake in the transfer window.", "done a mistake", "made a mistake"),
        ("Ministers say they do efforts to reach every village.", "do efforts", "make efforts"),
        ("The final had place in Lyon.", "had place", "took place"),
        ("By then the vote had had place in every region.", "had place", "taken place"),
        ("The singer rested for a month after making birth to twins.", "making birth", "giving birth"),
        ("Soon after making birth she was back on tour.", "making birth", "giving birth"),
        ("Is it true? Staff said the council did a decision on Friday.", "did a decision", "made a decision"),
        ("Officials hope the board does a quick decision on Monday.", "does a quick decision", "makes a quick decision"),
        ("Gales have made damage to the sea wall.", "made damage", "done damage"),
        ("Visitors were making photos of the harbour.", "making photos", "taking photos"),
        ("Drivers must make attention, the police said.", "make attention", "pay attention"),
    ],
)
def test_light_verb_calques_take_the_english_verb_in_the_same_form(mt: Linter, text: str, match: str, suggestion: str) -> None:
    found = [(m, s) for rule, _, _, m, s in _found(_lint(mt, text)) if rule == "mt-artefact.light-verb"]
    assert found == [(match, suggestion)]


@pytest.mark.parametrize(
    "text",
    [
        "How did the decision affect the budget?",
        "Only later did the statement reach the press.",
        "Sales fell, as did an announcement of job cuts.",
        "He did attempt to call the station.",
        "The agency did an error analysis after the crash.",
        "The school had place cards on every table.",
        "“We did a mistake,” the coach said.",
        "Did the proposal pass the vote on Friday?",
        "She had a place on the board until May.",
        "The board made a photo call for the launch.",
        "Critics made damage limitation their aim.",
    ],
)
def test_light_verb_leaves_auxiliaries_compounds_and_quotes_alone(mt: Linter, text: str) -> None:
    assert [f for f in _lint(mt, text).findings if f.rule == "mt-artefact.light-verb"] == []
