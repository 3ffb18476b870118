"""Baselines: old findings stay quiet when text moves; new defects are reported."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from lint.baseline import fingerprint
from lint.cli import main
from lint.findings import Finding, Severity

SELECT = "duplication.doubled-word,web-residue.comment-form"

STORY = (
    "Council votes\n"
    "\n"
    "The council approved the the budget on Monday.\n"
    "\n"
    "Leave a Reply\n"
)


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--no-color", "--no-languagetool", "--select", SELECT, *argv], stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path / ".cache"))


def _rules(out: str) -> list[tuple[str, str]]:
    return [(f["rule"], f["match"]) for file in json.loads(out)["files"] for f in file["findings"]]


def test_update_baseline_records_findings_and_exits_0(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    code, out, err = run("--update-baseline", "baseline.json", "story.txt")
    assert code == 0
    assert out == ""
    assert "2 findings recorded" in err
    data = json.loads((tmp_path / "baseline.json").read_text(encoding="utf-8"))
    assert data["version"] == 1
    assert sorted((e["path"], e["rule"], e["match"]) for e in data["findings"]) == [
        ("story.txt", "duplication.doubled-word", "the the"),
        ("story.txt", "web-residue.comment-form", "Leave a Reply"),
    ]
    assert "line" not in json.dumps(data)


def test_moving_text_keeps_the_baseline_valid_and_new_defects_are_reported(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    run("--update-baseline", "baseline.json", "story.txt")
    assert run("--baseline", "baseline.json", "story.txt")[0] == 0

    # Paragraphs added above move every old finding down; a new defect appears too.
    moved = STORY.replace(
        "Council votes\n\n",
        "Council votes\n\nA new first paragraph, added by the desk.\n\nAnd a second one in which the mayor mayor spoke.\n\n",
    )
    story.write_text(moved, encoding="utf-8")
    code, out, _ = run("--baseline", "baseline.json", "--format", "json", "story.txt")
    assert _rules(out) == [("duplication.doubled-word", "mayor mayor")]
    assert code == 1
    # Without the baseline, everything is there.
    assert len(_rules(run("--format", "json", "story.txt")[1])) == 3


def test_a_second_copy_of_a_baselined_defect_is_new(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    run("--update-baseline", "baseline.json", "story.txt")
    story.write_text(STORY + "\nLeave a Reply\n", encoding="utf-8")
    code, out, _ = run("--baseline", "baseline.json", "--format", "json", "story.txt")
    found = json.loads(out)["files"][0]["findings"]
    assert [(f["rule"], f["line"]) for f in found] == [("web-residue.comment-form", 7)]
    assert code == 1


def test_baseline_paths_are_relative_to_the_baseline_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "copy").mkdir()
    (tmp_path / "copy" / "story.txt").write_text(STORY, encoding="utf-8")
    run("--update-baseline", "baseline.json", "copy/story.txt")
    monkeypatch.chdir(tmp_path / "copy")
    assert run("--baseline", "../baseline.json", "story.txt")[0] == 0
    assert run("--baseline", str(tmp_path / "baseline.json"), str(tmp_path / "copy" / "story.txt"))[0] == 0


def test_same_defect_in_another_file_is_new(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(STORY, encoding="utf-8")
    run("--update-baseline", "baseline.json", "a.txt")
    code, out, _ = run("--baseline", "baseline.json", "--format", "json", "a.txt", "b.txt")
    assert [len(f["findings"]) for f in json.loads(out)["files"]] == [0, 2]
    assert code == 1


def test_malformed_or_missing_baseline_is_exit_2(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    code, _, err = run("--baseline", "missing.json", "story.txt")
    assert code == 2 and "cannot read baseline" in err
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    code, _, err = run("--baseline", "bad.json", "story.txt")
    assert code == 2 and "malformed baseline" in err
    (tmp_path / "other.json").write_text('{"version": 1, "files": []}', encoding="utf-8")
    code, _, err = run("--baseline", "other.json", "story.txt")
    assert code == 2 and "not a newslint baseline" in err


def _at(source: str, needle: str, rule: str = "duplication.doubled-word") -> Finding:
    start = source.index(needle)
    return Finding(rule, "duplication", Severity.ERROR, "m", needle, start, start + len(needle), 1, 1, 1, 1)


def test_fingerprint_ignores_position_whitespace_and_case_but_not_context() -> None:
    a = "Intro.\n\nThe council approved the the budget on Monday."
    b = "Intro.\n\nMore.\n\nThe council  approved THE the budget on   Monday."
    assert fingerprint(_at(a, "the the"), a) == fingerprint(_at(b, "THE the"), b)
    c = "Intro.\n\nThe mayor rejected the the budget on Monday."
    assert fingerprint(_at(a, "the the"), a) != fingerprint(_at(c, "the the"), c)
    assert fingerprint(_at(a, "the the"), a) != fingerprint(_at(a, "the the", "other.rule"), a)
