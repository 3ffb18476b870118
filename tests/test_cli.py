"""The command line: exit codes, bad input, selection, config, JSON shape."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from lint.cli import main

STORY = "Council approves budget\n\nThe council approved the the budget on Monday.\n\nLeave a Reply\n"
CLEAN = "Council approves budget\n\nThe council approved the budget on Monday after a long debate.\n"


def run(*argv: str, cwd: Path | None = None, monkeypatch: pytest.MonkeyPatch | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--no-color", *argv], stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run in an empty folder so no config file of the checkout applies."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path / ".cache"))


def write(path: Path, text: str | bytes) -> str:
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return str(path)


def test_findings_exit_1_and_report_names_rule(tmp_path: Path) -> None:
    code, out, _ = run(write(tmp_path / "story.txt", STORY))
    assert code == 1
    assert "duplication.doubled-word" in out
    assert "web-residue.comment-form" in out
    assert "the the" in out


def test_group_by_category_puts_each_category_under_its_heading(tmp_path: Path) -> None:
    code, out, _ = run("--group-by", "category", "-q", write(tmp_path / "story.txt", STORY))
    assert code == 1
    headings = [m.group(1) for m in re.finditer(r"^  ([a-z-]+) · \d+$", out, re.MULTILINE)]
    assert {"duplication", "web-residue"} <= set(headings)
    assert len(headings) == len(set(headings))


def test_clean_file_exits_0(tmp_path: Path) -> None:
    code, out, _ = run(write(tmp_path / "clean.txt", CLEAN))
    assert code == 0, out
    assert "No findings" in out


def test_fail_on_error_ignores_lower_severities(tmp_path: Path) -> None:
    path = write(tmp_path / "story.txt", STORY)
    code, out, _ = run("--format", "json", path)
    severities = {f["severity"] for f in json.loads(out)["files"][0]["findings"]}
    assert "error" in severities
    assert run("--fail-on", "never", path)[0] == 0


def test_json_document_shape_and_positions(tmp_path: Path) -> None:
    path = write(tmp_path / "story.txt", STORY)
    code, out, _ = run("--format", "json", path)
    data = json.loads(out)
    assert data["version"] == 1
    assert data["tool"]["name"] == "newslint"
    entry = data["files"][0]
    assert entry["path"] == path and entry["error"] is None
    for f in entry["findings"]:
        assert STORY[f["offset"]:f["end_offset"]] == f["match"]
        assert set(f) >= {"rule", "category", "severity", "message", "match", "line", "column", "end_line", "end_column", "offset", "end_offset", "suggestions"}
    summary = data["summary"]
    assert summary["files"] == 1
    assert summary["findings"] == len(entry["findings"])
    assert summary["error"] + summary["warning"] + summary["info"] == summary["findings"]


def test_select_and_ignore_by_glob_category_and_id(tmp_path: Path) -> None:
    path = write(tmp_path / "story.txt", STORY)

    def rules(*args: str) -> set[str]:
        return {f["rule"] for f in json.loads(run("--format", "json", *args, path)[1])["files"][0]["findings"]}

    assert rules("--select", "duplication") == {"duplication.doubled-word"}
    assert rules("--select", "web-residue.*") == {"web-residue.comment-form"}
    assert "duplication.doubled-word" not in rules("--ignore", "duplication.doubled-word")


def test_bad_inputs_each_reported_and_others_still_linted(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", STORY)
    binary = write(tmp_path / "binary.txt", b"\x00\x01\x02PNG")
    empty = write(tmp_path / "empty.txt", "")
    (tmp_path / "nothing").mkdir()
    (tmp_path / "nothing" / "image.png").write_bytes(b"x")
    missing = str(tmp_path / "missing.txt")
    code, out, err = run("--format", "json", binary, missing, str(tmp_path / "nothing"), empty, good)
    assert code == 2
    files = {f["path"]: f for f in json.loads(out)["files"]}
    assert "binary" in files[binary]["error"]
    assert "no such file" in files[missing]["error"]
    assert "no files to lint" in files[str(tmp_path / "nothing")]["error"]
    assert files[empty]["error"] is None and files[empty]["findings"] == []
    assert files[good]["findings"], "the good file is still linted"
    for line in err.strip().splitlines():
        assert line.startswith("newslint: "), line
    assert "Traceback" not in err


def test_undecodable_utf8_is_detected_with_a_notice(tmp_path: Path) -> None:
    path = write(tmp_path / "latin1.txt", "The caf\u00e9 said the the soup was cold.\n".encode("cp1252"))
    code, out, err = run("--format", "json", path)
    entry = json.loads(out)["files"][0]
    assert entry["error"] is None
    assert "not UTF-8" in err
    assert [f["match"] for f in entry["findings"] if f["rule"] == "duplication.doubled-word"] == ["the the"]


def test_too_large_file_is_an_input_error(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"word " * (11 * 1024 * 1024 // 5))
    other = write(tmp_path / "other.txt", STORY)
    code, out, err = run("--format", "json", str(big), other)
    assert code == 2
    files = json.loads(out)["files"]
    assert "too large" in files[0]["error"]
    assert files[1]["findings"]


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(STORY.encode())))
    code, out, _ = run("--format", "json", "-")
    assert code == 1
    assert json.loads(out)["files"][0]["path"] == "-"


def test_directory_walk_honours_exclude(tmp_path: Path) -> None:
    (tmp_path / "copy").mkdir()
    (tmp_path / "copy" / "archive").mkdir()
    write(tmp_path / "copy" / "a.md", STORY)
    write(tmp_path / "copy" / "archive" / "old.txt", STORY)
    write(tmp_path / "copy" / "notes.csv", STORY)
    write(tmp_path / ".newslint.toml", 'exclude = ["archive"]\n')
    code, out, _ = run("--format", "json", "copy")
    assert [f["path"] for f in json.loads(out)["files"]] == [str(Path("copy") / "a.md")]


def test_config_file_is_found_and_overridden_by_cli(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.newslint]\nignore = ["web-residue"]\nfail-on = "never"\n')
    path = write(tmp_path / "story.txt", STORY)
    code, out, _ = run("--format", "json", path)
    assert code == 0
    assert {f["rule"] for f in json.loads(out)["files"][0]["findings"]} == {"duplication.doubled-word"}
    assert run("--fail-on", "error", path)[0] == 1


def test_per_rule_severity_override(tmp_path: Path) -> None:
    write(tmp_path / ".newslint.toml", '[overrides."duplication.doubled-word"]\nseverity = "info"\n')
    path = write(tmp_path / "story.txt", "The council approved the the budget.\n")
    code, out, _ = run("--format", "json", "--select", "duplication.doubled-word", path)
    assert [f["severity"] for f in json.loads(out)["files"][0]["findings"]] == ["info"]
    assert code == 0


def test_malformed_config_is_one_line_exit_2(tmp_path: Path) -> None:
    write(tmp_path / ".newslint.toml", "select = [unclosed\n")
    code, out, err = run(write(tmp_path / "story.txt", STORY))
    assert code == 2
    assert err.count("\n") == 1 and ".newslint.toml" in err and "Traceback" not in err


def test_unknown_config_key_is_reported(tmp_path: Path) -> None:
    write(tmp_path / ".newslint.toml", "sellect = []\n")
    code, _, err = run(write(tmp_path / "story.txt", STORY))
    assert code == 2 and "sellect" in err


def test_malformed_rule_names_file_and_line(tmp_path: Path) -> None:
    rules = tmp_path / "house"
    rules.mkdir()
    write(rules / "bad.yml", "id: style.bad\nkind: existence\ncategory: style\nseverity: warning\nmessage: m\ndescription: d\npatterns: ['(unclosed']\nexamples: {bad: [x], good: []}\n")
    code, _, err = run("--rules", str(rules), write(tmp_path / "story.txt", STORY))
    assert code == 2
    assert f"{rules / 'bad.yml'}:7:" in err
    assert "Traceback" not in err


def test_no_paths_is_a_usage_error() -> None:
    code, _, err = run()
    assert code == 2 and "no PATH" in err


def test_list_rules_and_explain() -> None:
    code, out, _ = run("--list-rules")
    assert code == 0 and "duplication.doubled-word" in out
    code, out, _ = run("--explain", "duplication.doubled-word")
    assert code == 0 and "the the" in out
    code, _, err = run("--explain", "no.such-rule")
    assert code == 2 and "unknown rule" in err


def test_version() -> None:
    from lint import __version__

    out = io.StringIO()
    with pytest.raises(SystemExit):
        import contextlib

        with contextlib.redirect_stdout(out):
            from lint.cli import build_parser

            build_parser().parse_args(["--version"])
    assert __version__ in out.getvalue()


def test_python_m_lint_runs(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = write(tmp_path / "story.txt", STORY)
    root = Path(__file__).resolve().parent.parent
    proc = subprocess.run([sys.executable, "-m", "lint", "--format", "json", path], capture_output=True, text=True, cwd=root)
    assert proc.returncode == 1, proc.stderr
    assert json.loads(proc.stdout)["summary"]["findings"] >= 2
