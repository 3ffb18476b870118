"""LanguageTool backend: protocol tests against tests/lt_server.py, CLI modes, and real-LanguageTool tests.

The protocol tests talk real HTTP to a stand-in server that answers in
LanguageTool's documented /v2 JSON; tests marked `languagetool` need a real
LanguageTool (a local install, or NEWSLINT_TEST_LANGUAGETOOL_URL) and skip,
saying so, without one.
"""

from __future__ import annotations

import io
import json
import os
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from lint.cli import main
from lint.config import Config
from lint.engine import FileResult, Linter
from lint.errors import BackendError
from lint.findings import Severity
from lint.grammar import client as client_module
from lint.grammar.offsets import Utf16Map, utf16_length
from lint.rules.loader import builtin_rules_dir, load_rules
from tests.conftest import check_positions, lint_example
from tests.lt_server import FakeLanguageTool, serve


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A fresh cache folder and no installed LanguageTool, whatever this machine has."""
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "no-languagetool"))
    monkeypatch.delenv("LTP_JAR_DIR_PATH", raising=False)
    monkeypatch.setattr(client_module, "_pause", _WAITS.append)
    _WAITS.clear()


_WAITS: list[float] = []


@pytest.fixture
def lt() -> Iterator[FakeLanguageTool]:
    with serve() as state:
        yield state


def _linter(lt: FakeLanguageTool, **settings: object) -> Linter:
    return Linter(Config(languagetool={"url": lt.url, **settings}, select=("grammar.languagetool",)))


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# -- offsets -------------------------------------------------------------------


def test_utf16_offsets_convert_around_astral_characters() -> None:
    text = "a😀b🎉c"
    m = Utf16Map(text)
    assert utf16_length(text) == 7
    # UTF-16: a=0, 😀=1-2, b=3, 🎉=4-5, c=6, end=7
    assert [m.to_codepoint(i) for i in (0, 1, 3, 4, 6, 7)] == [0, 1, 2, 3, 4, 5]


# -- protocol: mapping ------------------------------------------------------------


def test_matches_become_findings_with_mapped_categories(lt: FakeLanguageTool) -> None:
    text = "Council plan\n\nThe budjet was set in order to win.\n\nThey had fewer then ten seats."
    result = _linter(lt).lint_text(text, "text")
    check_positions(result)
    got = {(f.rule, f.category, f.match) for f in result.findings}
    assert got == {
        ("languagetool.MORFOLOGIK_RULE_EN_US", "spelling", "budjet"),
        ("languagetool.IN_ORDER_TO_PREMIUM", "style", "in order to"),
        ("languagetool.THAN_THEN", "grammar", "fewer then"),
    }
    typo = next(f for f in result.findings if f.match == "budjet")
    assert typo.severity == Severity.WARNING
    assert typo.suggestions == ("budget",)
    assert typo.message == "Possible spelling mistake found."
    assert typo.extra == {"short_message": "Spelling mistake", "url": "https://example.org/rules/MORFOLOGIK_RULE_EN_US"}
    wordy = next(f for f in result.findings if f.match == "in order to")
    assert wordy.severity == Severity.INFO
    assert typo.to_dict()["url"].endswith("MORFOLOGIK_RULE_EN_US")


def test_emoji_before_a_match_keeps_exact_positions(lt: FakeLanguageTool) -> None:
    text = "Party time\n\n🎉🎉 Fans 😀 cheered the budjet.\n\n👍 Then teh mayor spoke."
    result = _linter(lt).lint_text(text, "text")
    check_positions(result)
    assert [f.match for f in result.findings] == ["budjet", "teh"]


def test_markdown_positions_map_back_to_the_source(lt: FakeLanguageTool) -> None:
    source = "# Budget day\n\nThe **council** 🎉 passed the [budjet](https://example.org/x) at last.\n"
    result = _linter(lt).lint_text(source, "markdown")
    check_positions(result)
    (finding,) = result.findings
    assert finding.match == "budjet"
    assert source[finding.offset:finding.end_offset] == "budjet"
    assert "**" not in "".join(lt.checked_texts())


def test_names_vocab_and_ignored_rules_are_filtered(lt: FakeLanguageTool) -> None:
    text = "Harbour news\n\nOkonkwo said teh budjet was fine in order to win."
    config = Config(
        languagetool={"url": lt.url},
        select=("grammar.languagetool",),
        vocab=("budjet",),
        ignore=("languagetool.IN_ORDER_TO_PREMIUM",),
    )
    result = Linter(config).lint_text(text, "text")
    assert [f.match for f in result.findings] == ["teh"]  # the capitalised name is not a typo


def test_disabled_rules_and_categories_are_sent(lt: FakeLanguageTool) -> None:
    _linter(lt).lint_text("Title\n\nHello , budjet.", "text")
    params = next(p for path, p in lt.requests if path == "/v2/check" and p["text"] != "OK.")
    assert "WHITESPACE_RULE" in params["disabledRules"].split(",")
    assert "TYPOGRAPHY" in params["disabledCategories"].split(",")
    assert params["language"] == "en-US"


def test_language_is_sent_and_checked(lt: FakeLanguageTool) -> None:
    config = Config(languagetool={"url": lt.url}, language="en-GB", select=("grammar.languagetool",))
    Linter(config).lint_text("Title\n\nThe budjet.", "text")
    assert {p["language"] for path, p in lt.requests if path == "/v2/check"} == {"en-GB"}
    with pytest.raises(BackendError, match="does not support language 'xx-YY'"):
        Linter(config.with_(language="xx-YY"))


def test_own_findings_win_over_languagetool_at_the_same_place(lt: FakeLanguageTool) -> None:
    config = Config(languagetool={"url": lt.url}, select=("grammar.languagetool", "grammar.modal-of"))
    result = Linter(config).lint_text("Title\n\nThey should of known.", "text")
    assert [f.rule for f in result.findings] == ["grammar.modal-of"]


# -- protocol: batching and caching ----------------------------------------------


def test_paragraphs_go_in_batches(lt: FakeLanguageTool) -> None:
    paragraphs = [f"Paragraph {i} mentions the budjet once, " + "and then goes on about the harbour. " * 4 for i in range(60)]
    result = _linter(lt, workers=3).lint_text("Title\n\n" + "\n\n".join(paragraphs), "text")
    assert len(result.findings) == 60
    check_positions(result)
    sent = lt.checked_texts()
    assert 1 < len(sent) < 10
    assert all(utf16_length(t) <= 4000 for t in sent)


def test_second_run_sends_nothing_for_unchanged_text(lt: FakeLanguageTool) -> None:
    text = "Title\n\nThe budjet passed.\n\nNothing else happened."
    first = _linter(lt).lint_text(text, "text")
    assert lt.checked_texts()
    lt.requests.clear()
    second = _linter(lt).lint_text(text, "text")
    assert lt.checked_texts() == []
    assert [f.to_dict() for f in second.findings] == [f.to_dict() for f in first.findings]
    # Only the changed paragraph is sent again.
    _linter(lt).lint_text(text.replace("Nothing else", "Nothing more"), "text")
    assert lt.checked_texts() == ["Nothing more happened."]


def test_no_cache_sends_again(lt: FakeLanguageTool) -> None:
    text = "Title\n\nThe budjet passed."
    _linter(lt).lint_text(text, "text")
    lt.requests.clear()
    _linter(lt, cache=False).lint_text(text, "text")
    assert lt.checked_texts()


def test_corrupt_cache_files_are_ignored_and_rewritten(lt: FakeLanguageTool) -> None:
    text = "Title\n\nThe budjet passed."
    _linter(lt).lint_text(text, "text")
    files = list(Path(os.environ["NEWSLINT_CACHE_DIR"]).rglob("*.json"))
    assert files
    for f in files:
        f.write_bytes(b"{not json")
    lt.requests.clear()
    result = _linter(lt).lint_text(text, "text")
    assert [f.match for f in result.findings] == ["budjet"]
    assert lt.checked_texts()
    assert all(json.loads(f.read_bytes()) for f in files)


# -- protocol: failures -----------------------------------------------------------


def test_unreachable_server_fails_fast() -> None:
    started = time.monotonic()
    with pytest.raises(BackendError, match="unreachable"):
        Linter(Config(languagetool={"url": f"http://127.0.0.1:{_closed_port()}"}))
    assert time.monotonic() - started < 10


def test_http_500_is_retried_once_then_reported(lt: FakeLanguageTool) -> None:
    lt.statuses = [500]
    result = _linter(lt).lint_text("Title\n\nThe budjet passed.", "text")
    assert result.error is None and [f.match for f in result.findings] == ["budjet"]
    lt.always = 500
    result = _linter(lt).lint_text("Title\n\nThe budjet failed.", "text")
    assert result.error and "HTTP 500" in result.error and "internal error" not in result.error


@pytest.mark.parametrize("status", [426, 429])
def test_rate_limits_are_waited_out(lt: FakeLanguageTool, status: int) -> None:
    lt.statuses = [status, status]
    result = _linter(lt).lint_text("Title\n\nThe budjet passed.", "text")
    assert result.error is None and [f.match for f in result.findings] == ["budjet"]
    assert _WAITS == [0.0, 0.0]  # the server's Retry-After: 0
    lt.always = status
    result = _linter(lt).lint_text("Title\n\nAnother budjet passed.", "text")
    assert result.error and f"HTTP {status} rate limit" in result.error


def test_a_slow_server_times_out(lt: FakeLanguageTool) -> None:
    lt.delay = 1.5
    result = _linter(lt, timeout=0.3).lint_text("Title\n\nThe budjet passed.", "text")
    assert result.error and "did not answer within 0.3 s" in result.error


def test_server_going_down_mid_run_is_an_error(lt: FakeLanguageTool) -> None:
    with serve() as short_lived:
        linter = _linter(short_lived)
    result = linter.lint_text("Title\n\nThe budjet passed.", "text")
    assert result.error and "unreachable" in result.error


# -- modes and the command line ----------------------------------------------------


def _run(argv: list[str]) -> tuple[int, str, str, float]:
    out, err = io.StringIO(), io.StringIO()
    started = time.monotonic()
    code = main(argv, stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue(), time.monotonic() - started


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text("Harbour reopens\n\nThe harbour reopened on Monday after repairs.\n", encoding="utf-8")
    return path


def test_cli_explicit_unreachable_url_is_one_line_and_exit_2(story: Path) -> None:
    code, out, err, seconds = _run(["--languagetool-url", f"http://127.0.0.1:{_closed_port()}", str(story)])
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1 and "unreachable" in err
    assert seconds < 10


def test_cli_required_mode_without_install_is_exit_2(story: Path) -> None:
    code, _, err, _ = _run(["--languagetool-mode", "required", str(story)])
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and "LanguageTool is required" in err


def test_cli_auto_mode_without_install_prints_one_notice(story: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("Second story\n\nThe ferry ran late on Tuesday.\n", encoding="utf-8")
    code, out, err, _ = _run(["--format", "json", str(story), str(other)])
    assert code == 0
    notices = [line for line in err.splitlines() if "LanguageTool" in line]
    assert len(notices) == 1 and "newslint languagetool install" in notices[0]
    assert "LanguageTool" not in out
    json.loads(out)


def test_cli_no_languagetool_is_silent(story: Path) -> None:
    code, _, err, _ = _run(["--no-languagetool", str(story)])
    assert code == 0 and "LanguageTool" not in err


def test_cli_url_runs_languagetool(story: Path, lt: FakeLanguageTool) -> None:
    story.write_text("Harbour reopens\n\nThe harbour budjet was spent on Monday.\n", encoding="utf-8")
    # spelling.likely-typo also reports "budjet", and LanguageTool's finding at the same place would be dropped.
    code, out, err, _ = _run(["--format", "json", "--languagetool-url", lt.url, "--no-cache",
                              "--ignore", "spelling.likely-typo", str(story)])
    assert code == 1, err
    rules = [f["rule"] for f in json.loads(out)["files"][0]["findings"]]
    assert "languagetool.MORFOLOGIK_RULE_EN_US" in rules


def test_cli_languagetool_status_without_install() -> None:
    code, _, err, _ = _run(["languagetool", "status"])
    assert code == 1 and "not installed" in err


def test_config_rejects_unknown_languagetool_keys() -> None:
    from lint.errors import ConfigError

    with pytest.raises(ConfigError, match="unknown key 'urll'"):
        Linter(Config(languagetool={"urll": "x"}))


# -- a real LanguageTool --------------------------------------------------------------


def _real_config() -> Config | None:
    url = os.environ.get("NEWSLINT_TEST_LANGUAGETOOL_URL")
    if url:
        return Config(languagetool={"url": url})
    from lint.grammar.local import find_install

    install, _ = find_install()
    return Config(languagetool={"mode": "required"}) if install else None


@pytest.fixture(scope="module")
def real_config() -> Config:
    # Read before the autouse fixture hides the machine's install.
    config = _REAL
    if config is None:
        pytest.skip("no real LanguageTool: install one with `newslint languagetool install` or set NEWSLINT_TEST_LANGUAGETOOL_URL")
    return config


_REAL = _real_config()
_LT_RULES = [r for r in load_rules([builtin_rules_dir()]) if r.kind == "languagetool"]


@pytest.mark.languagetool
@pytest.mark.parametrize("rule", _LT_RULES, ids=lambda r: r.id)
def test_real_languagetool_rule_examples(rule: object, real_config: Config) -> None:
    from lint.rules.model import Rule
    from tests.conftest import unmark

    assert isinstance(rule, Rule)
    linter = Linter(real_config, rules=[rule])
    for example in rule.bad:
        text, spans = unmark(example.text)
        result: FileResult = linter.lint_text(text, example.format)
        assert result.error is None, result.error
        check_positions(result)
        assert [(f.offset, f.end_offset) for f in result.findings] == spans, text
    for example in rule.good:
        result = linter.lint_text(example.text, example.format)
        assert not result.findings, example.text


@pytest.mark.languagetool
def test_real_languagetool_finds_grammar(real_config: Config) -> None:
    result = Linter(real_config.with_(select=("grammar.languagetool",))).lint_text(
        "Council vote\n\nThe councillors has voted to close 😀 the libary on Friday.", "text"
    )
    assert result.error is None
    check_positions(result)
    assert any(f.match == "libary" and f.category == "spelling" for f in result.findings)


def test_languagetool_rule_examples_need_a_server() -> None:
    """The generic example test cannot run the languagetool rule offline; without a server it flags nothing."""
    (rule,) = _LT_RULES
    _, _, result = lint_example(rule, rule.bad[0])
    assert result.findings == [] and result.error is None
