"""The Python API: check_text and check_paths, as documented in the README."""

from __future__ import annotations

from pathlib import Path

from lint import check_paths, check_text
from lint.config import Config
from lint.findings import Severity

ONLY_OFFLINE = Config(languagetool={"mode": "off"})


def test_check_text_positions_are_in_the_given_text() -> None:
    text = "The vote was close.\n\nLeave a Reply\n"
    findings = check_text(text, config=ONLY_OFFLINE)
    comment = [f for f in findings if f.rule == "web-residue.comment-form"]
    assert comment and text[comment[0].offset:comment[0].end_offset] == "Leave a Reply"
    assert (comment[0].line, comment[0].column) == (3, 1)
    assert comment[0].severity is Severity.ERROR


def test_check_text_with_selection() -> None:
    findings = check_text("He said the the vote was close.", config=Config(select=("duplication",), languagetool={"mode": "off"}))
    assert [(f.rule, f.match) for f in findings] == [("duplication.doubled-word", "the the")]


def test_check_paths_reports_errors_per_file(tmp_path: Path) -> None:
    good = tmp_path / "a.txt"
    good.write_text("The the vote.\n", encoding="utf-8")
    results = check_paths([str(good), str(tmp_path / "missing.txt")], config=ONLY_OFFLINE)
    assert results[0].error is None and results[0].findings
    assert results[1].error and "no such file" in results[1].error


def test_configured_severity_overrides_a_detector_graded_hit() -> None:
    text = "The bridge reopened on Friday.\n\nDownload Our App"
    only = ("web-residue.ui-control-line",)
    graded = check_text(text, config=Config(select=only, languagetool={"mode": "off"}))
    assert [f.severity for f in graded] == [Severity.WARNING]
    overridden = check_text(
        text,
        config=Config(select=only, languagetool={"mode": "off"}, overrides={"web-residue.ui-control-line": {"severity": "error"}}),
    )
    assert [f.severity for f in overridden] == [Severity.ERROR]
