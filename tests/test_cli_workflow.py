"""The CI side of the command line: report formats end to end, --output, -j and the progress bar."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from lint.cli import main
from tests.conftest import SHARED

ROOT = Path(__file__).resolve().parent.parent
SARIF_SCHEMA = SHARED / "data" / "sarif" / "sarif-schema-2.1.0.json"

STORY = "Council votes\n\nThe council approved the the budget on Monday.\n\nLeave a Reply\n"
CLEAN = "Council votes\n\nThe council approved the budget on Monday after a long debate.\n"


def run(*argv: str, stderr: io.StringIO | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), stderr or io.StringIO()
    code = main(["--no-color", "--no-languagetool", *argv], stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path / ".cache"))


def test_compact_and_github_formats_from_the_command_line(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    code, out, _ = run("--format", "compact", "story.txt")
    assert code == 1
    assert "story.txt:3:22: error duplication.doubled-word Doubled word 'the the'." in out.splitlines()
    code, out, _ = run("--format", "github", "story.txt")
    assert code == 1
    assert any(line.startswith("::error file=story.txt,line=3,col=22,endColumn=29,title=duplication.doubled-word::") for line in out.splitlines())
    (tmp_path / "clean.txt").write_text(CLEAN, encoding="utf-8")
    assert run("--format", "github", "clean.txt") == (0, "", "")


@pytest.mark.parametrize("fixture", ["seed-article.txt", "markup-bridge-story.md", "markup-harbour-story.html"])
def test_sarif_of_a_fixture_is_valid_and_regions_match_the_file(tmp_path: Path, fixture: str) -> None:
    shutil.copy(ROOT / "fixtures" / fixture, tmp_path / fixture)
    code, out, _ = run("--format", "sarif", fixture)
    assert code == 1
    log = json.loads(out)
    if SARIF_SCHEMA.is_file():
        import jsonschema

        jsonschema.Draft4Validator(json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))).validate(log)
    source = (tmp_path / fixture).read_text(encoding="utf-8-sig")
    lines = source.splitlines(keepends=True)
    results = log["runs"][0]["results"]
    assert results, "the fixture has findings"
    for result in results:
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uri"] == fixture
        region = location["region"]
        start = sum(len(line) for line in lines[: region["startLine"] - 1]) + region["startColumn"] - 1
        assert start == region["charOffset"]
        end = sum(len(line) for line in lines[: region["endLine"] - 1]) + region["endColumn"] - 1
        assert end - start == region["charLength"]
    known = {r["id"] for r in log["runs"][0]["tool"]["driver"]["rules"]}
    assert {r["ruleId"] for r in results} <= known


def test_output_writes_the_format_to_a_file_and_text_to_the_screen(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    code, out, _ = run("--format", "sarif", "--output", "report.sarif", "story.txt")
    assert code == 1
    assert "duplication.doubled-word" in out and "2 findings in 1 file" in out  # the terminal report
    log = json.loads((tmp_path / "report.sarif").read_text(encoding="utf-8"))
    assert sorted(r["ruleId"] for r in log["runs"][0]["results"]) == ["duplication.doubled-word", "web-residue.comment-form"]
    code, _, err = run("--format", "json", "--output", str(tmp_path / "no" / "such" / "dir.json"), "story.txt")
    assert code == 2 and "cannot write report" in err


def _stories(folder: Path, count: int) -> list[str]:
    folder.mkdir()
    names = []
    for i in range(count):
        path = folder / f"story{i:02}.txt"
        body = STORY if i % 3 == 0 else CLEAN if i % 3 == 1 else STORY.replace("the the", f"the {i} {i} votes")
        path.write_text(body, encoding="utf-8")
        names.append(str(path))
    return names


def test_parallel_output_is_identical_to_serial(tmp_path: Path) -> None:
    files = _stories(tmp_path / "copy", 25)
    files.insert(7, str(tmp_path / "missing.txt"))
    serial = run("--format", "json", "-j", "1", *files)
    parallel = run("--format", "json", "-j", "2", *files)
    assert serial == parallel
    assert serial[0] == 2  # the missing file is an error; the others were linted
    paths = [f["path"] for f in json.loads(serial[1])["files"]]
    assert paths == files
    assert run("-j", "3", str(tmp_path / "copy"))[1] == run("-j", "1", str(tmp_path / "copy"))[1]


def test_parallel_fix_writes_every_file(tmp_path: Path) -> None:
    files = _stories(tmp_path / "copy", 6)
    code, _, err = run("-j", "2", "--select", "duplication.doubled-word", "--fix", *files)
    assert code == 0, err
    assert all("the the" not in Path(f).read_text(encoding="utf-8") for f in files)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal_with_many_files(tmp_path: Path) -> None:
    files = _stories(tmp_path / "copy", 24)
    _, _, err = run("--quiet", "-j", "2", *files)
    assert err == ""
    terminal = _Terminal()
    run("--quiet", "-j", "2", *files, stderr=terminal)
    assert "linting" in terminal.getvalue()
    few = _Terminal()
    run("--quiet", *files[:3], stderr=few)
    assert few.getvalue() == ""


@pytest.mark.parametrize("jobs", ["0", "-1", "many"])
def test_bad_jobs_is_a_usage_error(jobs: str, tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    assert run("-j", jobs, "story.txt")[0] == 2
