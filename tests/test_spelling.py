"""Spelling: codespell's common misspellings on real-looking copy, names left alone, no network."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from lint.checks import spelling
from lint.config import Config
from lint.engine import FileResult, Linter
from tests.conftest import FIXTURES, check_positions

RULES = ("spelling.common-misspelling", "spelling.unknown-word")


def _spelling(result: FileResult) -> list[tuple[str, int, str, str | None]]:
    return [(f.rule, f.line, f.match, f.fix) for f in result.findings if f.category == "spelling"]


def _lint(text: str, config: Config | None = None) -> FileResult:
    return Linter(config or Config(select=("spelling",))).lint_text(text)


def test_fixture_flags_misspellings_not_names() -> None:
    result = Linter(Config(select=("spelling",))).lint_path(str(FIXTURES / "spelling-harbour-council.txt"))
    assert result.error is None
    check_positions(result)
    assert _spelling(result) == [
        ("spelling.common-misspelling", 3, "recieved", "received"),
        ("spelling.common-misspelling", 3, "untill", "until"),
        ("spelling.common-misspelling", 3, "seperate", "separate"),
        ("spelling.common-misspelling", 5, "Goverment", "Government"),
        # codespell offers "a lot" and "allot": a suggestion, not a fix.
        ("spelling.common-misspelling", 5, "alot", None),
        ("spelling.common-misspelling", 9, "Ukranian", "Ukrainian"),
    ]
    alot = next(f for f in result.findings if f.match == "alot")
    assert alot.suggestions == ("a lot", "allot")


def test_seed_article_has_no_spelling_or_encoding_finding(linter: Linter) -> None:
    result = linter.lint_path(str(FIXTURES / "seed-article.txt"))
    assert [f for f in result.findings if f.category in ("spelling", "encoding")] == []


@pytest.mark.parametrize(
    "text",
    [
        "The award went to the actor Sam Holliday on Friday.",  # a surname mid-sentence
        "Rosa Devine chairs the committee. Devine said it would meet in May.",  # a name repeated
        "Figures from the ONS showed a rise.",  # an acronym
        "The firm sells add-ons and pre-empted its rivals.",  # parts of compounds
        "He said the develop[ment] was years away.",  # an editor's insertion
        "The plaque says it \"occured [sic] in 1850\".",
        "\"We were just goin' home,\" he said.",  # a dropped g written on purpose
        "La sentencia no puede ser aplicada a partir del momento en que se publique.",
        "See www.example.com/recieved for the files.",
    ],
)
def test_no_false_alarm(text: str) -> None:
    assert _spelling(_lint(text)) == []


def test_capitalised_misspelling_at_sentence_start_is_flagged() -> None:
    assert _spelling(_lint("The vote was close. Tommorrow the count resumes.")) == [
        ("spelling.common-misspelling", 1, "Tommorrow", "Tomorrow"),
    ]


def test_sentence_start_before_a_capital_is_a_name_unless_the_word_is_rarer_than_names() -> None:
    # "Tre" is a first name wordfreq knows (Zipf ~3); "Athough" is a typo it has hardly seen
    assert _spelling(_lint("The match ended late. Tre Calloway rushed for 112 yards.")) == []
    assert [m for _, _, m, _ in _spelling(_lint("The talks ended. Athough Lopez spoke, nothing changed."))] == ["Athough"]


def test_unknown_capitalised_word_used_once_is_flagged_but_a_repeated_one_is_a_name() -> None:
    once = _lint("The hearing was chaired by the Senate Dirctor of Audits.")
    assert [m for _, _, m, _ in _spelling(once)] == ["Dirctor"]
    twice = _lint("Shares in Dirctor Ltd rose. Analysts at Dirctor said the outlook was good.")
    assert _spelling(twice) == []


def test_config_vocab_reaches_the_detectors() -> None:
    text = "The ward is named after the nurse Maud Dirctor, who ran it for 30 years; the plan was definately approved."
    assert [m for _, _, m, _ in _spelling(_lint(text))] == ["Dirctor", "definately"]
    accepted = _lint(text, Config(select=("spelling",), vocab=("Dirctor",)))
    assert [m for _, _, m, _ in _spelling(accepted)] == ["definately"]


def test_full_dictionary_check_is_off_by_default_and_respects_vocab() -> None:
    text = "The goverenor met the new pharmacovigilant team in Tbilisi."
    # By default only the typo "goverenor" is found (spelling.likely-typo), not the rare real word.
    assert [(r, m) for r, _, m, _ in _spelling(_lint(text))] == [("spelling.likely-typo", "goverenor")]
    selected = Config(select=("spelling.unknown-word",))
    assert [m for _, _, m, _ in _spelling(_lint(text, selected))] == ["goverenor", "pharmacovigilant"]
    with_vocab = Config(select=("spelling.unknown-word",), vocab=("pharmacovigilant",))
    found = _lint(text, with_vocab).findings
    assert [f.match for f in found] == ["goverenor"]
    assert "governor" in found[0].suggestions


def test_spelling_never_reaches_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("spelling tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    # Load every data file afresh, with the network refused.
    spelling.codespell_entries.cache_clear()
    spelling.common_english_words.cache_clear()
    spelling._dictionary.cache_clear()
    result = _lint("The goverenor had recieved the report.", Config(select=RULES))
    assert result.error is None
    assert [f.match for f in result.findings] == ["goverenor", "recieved"]


def test_codespell_data_comes_from_the_installed_package() -> None:
    entries = spelling.codespell_entries()
    assert entries["recieved"].corrections == ("received",) and not entries["recieved"].ambiguous
    assert entries["ukranian"].proper
    assert not any(Path(p).name.startswith("dictionary") for p in Path(spelling.__file__).parent.rglob("*.txt"))


@pytest.mark.parametrize(
    ("word", "flagged"),
    [
        # A slip near a word's end is not a derivation: "r", "rs", "d" follow only an "e",
        # a final "e" is not doubled before "er", nor kept-and-dropped before "ly".
        ("tendr", True), ("playerrs", True), ("placd", True), ("manageer", True), ("unlikly", True),
        ("minutees", True), ("atist", True),
        # Real derivations of known words pass.
        ("reusers", False), ("demerge", False), ("rueing", False), ("tieless", False),
    ],
)
def test_likely_typo_tells_slips_from_derived_words(word: str, flagged: bool) -> None:
    result = _lint(f"The report said the {word} were noted.", Config(select=("spelling.likely-typo",)))
    assert [f.match for f in result.findings] == ([word] if flagged else [])


def test_likely_typo_breaks_ties_between_corrections_the_same_in_every_run() -> None:
    """'yearh' is one keystroke from 'year' and from 'years', equally common: the deletion wins, whatever the
    interpreter's hash seed (it picked by a set's order, which changes with the seed, before)."""
    import os
    import subprocess
    import sys

    code = ("from lint.checks.typo import _correction; "
            "print(' '.join(str(_correction(w, 3.5, 2.5)) for w in ('yearh', 'gension', 'swism', 'attacsed')))")
    root = Path(__file__).resolve().parents[1]
    answers = {subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout for seed in (1, 2, 3, 4)}
    assert answers == {"year pension swim attached\n"}


def test_likely_typo_reads_a_word_split_by_an_invisible_mark_whole() -> None:
    """A soft hyphen or a zero-width mark inside a word ("Netan\u00adyahu") leaves one word, not two
    to judge apart; encoding.invisible-character reports the mark itself."""
    for mark in ("\u00ad", "\u200b", "\u200d"):
        text = f"Talks stalled\n\nEarnest added that Netan{mark}yahu said the talks would resume.\n\nObama and Netan{mark}yahu met."
        result = _lint(text, Config(select=("spelling.likely-typo", "encoding.invisible-character")))
        assert [f.rule for f in result.findings] == ["encoding.invisible-character"] * 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Letter pairs printed like one letter, two misreads in one word, digits and a capital I for letters.
        ("The rnodern pier reopened.", [("rnodern", 4, "modern")]),
        ("She said the ferry wouId sail whicli way the tide allowed.", [("wouId", 19, "would"), ("whicli", 30, "which")]),
        ("Fares rose for the thircl time, the c0uncil said.", [("thircl", 19, "third"), ("c0uncil", 36, "council")]),
        ("The 1atest figures show the harbour is current1y full.", [("1atest", 4, "latest"), ("current1y", 39, "currently")]),
        ("Both governrnent and opposition backed the clecision.", [("governrnent", 5, "government"), ("clecision", 43, "decision")]),
        # Written so on purpose, names, codes, and one-keystroke typos (spelling.likely-typo's) are not misreads.
        ("The 10am ferry carried 100m of cable and an h1n1 sample.", []),
        ("McIlroy met the iPhone team and Sarah MacIntosh at 5pm.", []),
        ("The harbour report was folllowing the vote.", []),
        ("Dozens of rnodern-style flats and a www.rnodern.com page.", []),
    ],
)
def test_ocr_confusion_reads_misread_shapes_back(text: str, expected: list[tuple[str, int, str]]) -> None:
    result = _lint(text, Config(select=("spelling.ocr-confusion",)))
    assert [(f.match, f.offset, f.suggestions[0]) for f in result.findings] == expected


def test_ocr_confusion_reads_a_capitalised_word_only_where_it_opens_a_sentence() -> None:
    text = "The pier shut in May. Rnany residents left, and Clrris Stening said Stening would stay. Tlien rain came."
    result = _lint(text, Config(select=("spelling.ocr-confusion",)))
    assert [(f.match, f.offset, f.suggestions[0]) for f in result.findings] == [("Rnany", 22, "Many"), ("Tlien", 88, "Then")]
